/// Escaping for text placed in HTML (element content and quoted attribute values).
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as character references; control characters other than
    /// tab and line breaks dropped (they are not allowed in HTML).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaped, with each line break (LF, CR or CRLF) as `<br>`.
    public static func escapeLines(_ text: String) -> String {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                lines.append(current); current = ""; previousWasCR = true
            case "\n":
                if !previousWasCR { lines.append(current); current = "" }
                previousWasCR = false
            default:
                current.unicodeScalars.append(scalar); previousWasCR = false
            }
        }
        lines.append(current)
        return lines.map(escape).joined(separator: "<br>")
    }
}
