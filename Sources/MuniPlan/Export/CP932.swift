import Foundation

/// Windows-31J (CP932) text, the encoding Japanese Excel reads without a BOM.
/// Foundation's `String.Encoding.shiftJIS` is CP932 but has no mapping for a few
/// characters Japanese text often holds; they are first replaced by the CP932 characters
/// that look the same (`mapped`). Anything that still cannot be encoded is reported —
/// never replaced by `?`.
public enum CP932 {
    /// Characters CP932 lacks, and what they become.
    public static let replacements: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{301C}": "\u{FF5E}", // 〜 WAVE DASH → ～ FULLWIDTH TILDE
        "\u{2212}": "\u{FF0D}", // − MINUS SIGN → － FULLWIDTH HYPHEN-MINUS
        "\u{2016}": "\u{2225}", // ‖ DOUBLE VERTICAL LINE → ∥ PARALLEL TO
        "\u{00A2}": "\u{FFE0}", // ¢ → ￠
        "\u{00A3}": "\u{FFE1}", // £ → ￡
        "\u{00AC}": "\u{FFE2}", // ¬ → ￢
    ]

    /// `text` with `replacements` applied.
    public static func mapped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            out.unicodeScalars.append(replacements[scalar] ?? scalar)
        }
        return out
    }

    /// The CP932 bytes of `text` (after mapping), or nil when some character has none.
    /// Foundation's converter drops invisible characters silently, or hangs on them
    /// (`InvisibleCharacters`), so those are refused before it runs; and it maps a few
    /// controls to others (U+001A → 0x7F), so the bytes are decoded again and must give
    /// back exactly the mapped text.
    public static func bytes(_ text: String) -> [UInt8]? {
        let target = mapped(text)
        guard !target.unicodeScalars.contains(where: InvisibleCharacters.contains),
              let data = target.data(using: .shiftJIS, allowLossyConversion: false),
              let back = String(data: data, encoding: .shiftJIS),
              back.unicodeScalars.elementsEqual(target.unicodeScalars) else { return nil }
        return [UInt8](data)
    }

    /// `table` with every text written as CP932 will hold it (`mapped`), so that the
    /// formula guard sees what is finally written.
    public static func mapped(_ table: Table) -> Table {
        func cell(_ c: Table.Cell) -> Table.Cell {
            if case let .text(s) = c { return .text(mapped(s)) }
            return c
        }
        return Table(name: table.name, title: table.title.map(mapped),
                     columns: table.columns.map { Table.Column($0.id, label: mapped($0.label), alignment: $0.alignment) },
                     rows: table.rows.map { Table.Row($0.cells.map(cell), kind: $0.kind) },
                     footer: table.footer.map(mapped))
    }

    /// The first character of `text` that cannot be written in CP932 even after mapping.
    public static func firstUnencodable(in text: String) -> Character? {
        guard bytes(text) == nil else { return nil }
        return text.first { bytes(String($0)) == nil }
            ?? text.unicodeScalars.first { bytes(String($0)) == nil }.map(Character.init)
    }

    /// UTF-8 text decoded from CP932 bytes (for checks and tests).
    public static func decode(_ bytes: [UInt8]) -> String? {
        String(data: Data(bytes), encoding: .shiftJIS)
    }
}
