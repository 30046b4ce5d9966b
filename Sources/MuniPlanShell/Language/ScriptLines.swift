/// The physical lines of a scenario's text. Split on the scalar LF, not on Characters: in
/// Swift "\r\n" is one Character, so a file saved by Notepad (CRLF) would otherwise be one
/// line. `LineAssembler` drops the CR that ends each line.
public enum ScriptLines {
    public static func split(_ text: String) -> [String] {
        // By UTF-8 bytes (the LF byte is only ever that scalar), each line copied once.
        text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
