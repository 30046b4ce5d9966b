/// The physical lines of a scenario's text. Split on the scalar LF, not on Characters: in
/// Swift "\r\n" is one Character, so a file saved by Notepad (CRLF) would otherwise be one
/// line. `LineAssembler` drops the CR that ends each line.
public enum ScriptLines {
    public static func split(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }
}
