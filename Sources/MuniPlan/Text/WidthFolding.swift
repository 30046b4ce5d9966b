/// Full-width ASCII as an IME left in full-width mode types it (ＦＹ２０２２, ｙｅｓ, ＣＯＤＥ,
/// －－ｆｙ), read as ASCII: the one fold that fiscal years, the cells and headings of staff's
/// files, and the shell's command words, options, keywords and numbers share.
public enum WidthFolding {
    /// Full-width ASCII (U+FF01…U+FF5E) to ASCII, the ideographic space to a space, and −
    /// (U+2212, the minus some IMEs type) to -; nothing else changes.
    public static func ascii(_ text: String) -> String {
        // Most words have none of these: returned as they are, without building a copy.
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2212 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(UInt8(scalar.value - 0xFEE0)))
            case 0x3000: scalars.append(" ")
            case 0x2212: scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
