/// Text from input (commands, data, files from others) as it may reach a terminal: every
/// character a terminal would act on instead of drawing, or that reorders what is drawn, is
/// shown as a visible escape. One definition for the whole program: the data loaders refuse
/// these characters, messages and tables escape them, the executable's output escapes them.
public enum VisibleText {
    /// C0 controls and DEL, C1 controls (ESC, CSI … start terminal sequences; CR and BS
    /// overwrite what was drawn), the bidirectional marks, embeddings, overrides and isolates
    /// (they reorder a line so it reads differently from what it holds), and the line and
    /// paragraph separators (a line break to some viewers).
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    /// The first hidden character of `text`, if any.
    public static func firstHidden(in text: String) -> Unicode.Scalar? {
        // By bytes first: every field of a data file is checked at load.
        hidesNothing(text, keepingLineBreaks: false) ? nil : text.unicodeScalars.first(where: isHidden)
    }

    /// `text` with each hidden character escaped, except those in `kept` (the line breaks
    /// of text made of lines, the tabs of TSV).
    public static func escaping(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        // Looked for in `kept` only when the text holds a control (most lines hold none).
        if hidesNothing(text, keepingLineBreaks: false) || !kept.isEmpty && hidesNothing(text, keepingLineBreaks: kept.contains("\n")) { return text }
        guard text.unicodeScalars.contains(where: { isHidden($0) && !kept.contains($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar), !kept.contains(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Whether text surely holds no hidden character, by its bytes (every line a script prints
    /// is read here): none below 0x20 but a kept LF, no DEL, and no scalar that may be hidden
    /// by its first bytes (C2: U+0080–U+009F; D8: U+061C; E2 80 and E2 81: U+200E–U+2069).
    /// Japanese text has none of those; text with any takes the scalar by scalar check.
    private static func hidesNothing(_ text: String, keepingLineBreaks: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            // Eight bytes at a time while none is below 0x20, 0x7F, C2, D8 or E2 (each test is
            // exact: a zero byte of x is found by (x − 0x01…) & ~x & 0x80…).
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
            let raw = UnsafeRawBufferPointer(bytes)
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if (word &- ones &* 0x20) & ~word & highs != 0 || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2))
                    || hasZero(word ^ (ones &* 0xD8)) || hasZero(word ^ (ones &* 0xE2)) { break }
                index += 8
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x0A || !keepingLineBreaks { return false }
                } else if byte == 0x7F || byte == 0xC2 || byte == 0xD8 {
                    return false
                } else if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
                    return false
                }
                index += 1
            }
            return true
        }
    }

    /// `\n`, `\r`, `\t`; `\x1b` for other controls; `\u{202E}` for the rest.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let hex = String(scalar.value, radix: 16)
            if scalar.value <= 0xFF { return "\\x" + (hex.count < 2 ? "0" : "") + hex }
            return "\\u{" + hex.uppercased() + "}"
        }
    }
}
