/// The physical lines of a scenario's text. Split on the scalar LF, not on Characters: in
/// Swift "\r\n" is one Character, so a file saved by Notepad (CRLF) would otherwise be one
/// line. `LineAssembler` drops the CR that ends each line.
public enum ScriptLines {
    public static func split(_ text: String) -> [String] {
        // By UTF-8 bytes (the LF byte is only ever that scalar), each line copied once, from
        // the text's own buffer.
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == 10 {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
    }
}
