/// The line end written between records of a text export.
public enum LineEnding: String, Sendable, Hashable {
    case lf = "\n"
    /// What Windows tools (and Japanese Excel) expect.
    case crlf = "\r\n"
}
