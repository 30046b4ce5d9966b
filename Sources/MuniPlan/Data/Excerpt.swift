/// A short, escaped piece of untrusted text for a message. A line that is not valid
/// muniplan text may come from any file a script was pointed at, so a message quotes at
/// most a few characters of it: enough to find the line, too little to leak a file.
public enum Excerpt {
    public static let defaultLimit = 24

    /// At most `limit` Unicode scalars of `text` (then `…`), with the characters `VisibleText` hides
    /// written as its escapes, so the message stays one honest line.
    /// Scalars, not Characters: one Character can hold any number of combining marks.
    public static func of(_ text: some StringProtocol, limit: Int = defaultLimit) -> String {
        // Short and with nothing to escape (every command's undo name): the text itself.
        var scalars = 0
        if text.unicodeScalars.allSatisfy({ scalars += 1; return scalars <= limit && !VisibleText.isHidden($0) }) { return String(text) }
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
        VisibleText.isHidden(scalar) ? VisibleText.escape(scalar) : String(scalar)
    }
}
