/// JSON for a `Table`, schema `muniplan.<name>/1` (see `ExportDocument` and
/// docs/export-formats.md). Written by hand so the bytes are fixed: keys in a documented
/// order (object keys of a row in column order), two-space indentation, LF line ends,
/// non-ASCII text as UTF-8, numbers as JSON numbers with the cell's fixed decimals, text
/// (codes included) as strings, empty cells and non-finite numbers as `null`.
/// Subtotal and total rows are left out.
public enum JSONTableEncoder {
    /// `sources` (schema 2): where the data came from, each `{id, subject, attribution,
    /// detail, licence_text}`; `[]` where the caller has none (a table printed with
    /// `format json`).
    public static func text(_ table: Table, sources: [Attribution] = []) throws(ExportError) -> String {
        var seen: Set<String> = []
        for column in table.columns where !seen.insert(column.id).inserted {
            throw ExportError.duplicateColumnID(column.id)
        }
        var out = "{\n"
        out += "  \"schema\": " + quoted(ExportDocument.schema(for: table.name)) + ",\n"
        out += "  \"title\": " + (table.title.map(quoted) ?? "null") + ",\n"
        out += "  \"columns\": " + array(table.columns.map { column in
            "{\n      \"id\": \(quoted(column.id)),\n      \"label\": \(quoted(column.label))\n    }"
        }) + ",\n"
        out += "  \"rows\": " + array(table.records.map { row in
            let cells = CSVTableEncoder.cells(of: row, count: table.columns.count)
            let members = zip(table.columns, cells).map { column, cell in
                "      \(quoted(column.id)): \(value(cell))"
            }
            return members.isEmpty ? "{}" : "{\n" + members.joined(separator: ",\n") + "\n    }"
        }) + ",\n"
        out += "  \"notes\": " + array(table.footer.map(quoted)) + ",\n"
        out += "  \"sources\": " + sourcesArray(sources) + "\n"
        out += "}\n"
        return out
    }

    /// `sources` as the value of a document's `sources` key, its elements at the second level.
    static func sourcesArray(_ sources: [Attribution]) -> String {
        array(sources.map { source in
            "{\n      \"id\": \(quoted(source.part.rawValue)),\n      \"subject\": \(quoted(source.subject.text(in: .english))),\n"
                + "      \"attribution\": \(quoted(source.attribution)),\n      \"detail\": \(source.detail.map(quoted) ?? "null"),\n"
                + "      \"licence_text\": \(source.licenceText.map(quoted) ?? "null")\n    }"
        })
    }

    /// Elements already indented for the second level.
    private static func array(_ elements: [String]) -> String {
        guard !elements.isEmpty else { return "[]" }
        return "[\n" + elements.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
    }

    static func value(_ cell: Table.Cell) -> String {
        switch cell {
        case let .text(s): return quoted(s)
        case let .integer(n): return String(n)
        case let .decimal(d, _): return d.isFinite ? cell.plain : "null"
        case .empty: return "null"
        }
    }

    /// A JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t`, … or
    /// `\u00XX`, the other characters a terminal would act on (C1 controls, bidirectional
    /// overrides: `VisibleText.isHidden`) as `\uXXXX` too, so the file can be shown safely;
    /// everything else as it is.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if VisibleText.isHidden(scalar) {
                    let digits = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
