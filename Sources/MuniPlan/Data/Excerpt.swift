/// A short, escaped piece of untrusted text for a message. A line that is not valid
/// muniplan text may come from any file a script was pointed at, so a message quotes at
/// most a few characters of it: enough to find the line, too little to leak a file.
public enum Excerpt {
    public static let defaultLimit = 24

    /// At most `limit` Unicode scalars of `text` (then `…`), with control characters and
    /// bidirectional controls written as escapes, so the message stays one honest line.
    /// Scalars, not Characters: one Character can hold any number of combining marks.
    public static func of(_ text: some StringProtocol, limit: Int = defaultLimit) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            guard count < limit else { return out + "…" }
            count += 1
            out += escaped(scalar)
        }
        return out
    }

    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        // C0, DEL, C1; Arabic letter mark, LRM/RLM, embeddings and overrides, isolates.
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: String(scalar)
        }
    }
}
