/// A count in a sentence with thousands separators, as tables show counts (14,572 bytes,
/// 1,741 rows); both languages group the same way.
public struct Grouped: MessageArgument {
    public let value: Int

    public init(_ value: Int) { self.value = value }

    public func text(in language: Language) -> String { Table.Cell.grouped(String(value)) }
}
