import MuniPlan

/// A change in a count as it is read: `+19`, `−19` (a real minus sign, as in tables).
struct Signed: MessageArgument {
    let value: Int

    init(_ value: Int) { self.value = value }

    func text(in language: Language) -> String { value < 0 ? "−\(-value)" : "+\(value)" }
}
