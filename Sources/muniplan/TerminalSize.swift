#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How big the terminal standard output goes to is: what tables and help fit and when the
/// pager is needed. Only a terminal has a size: a file or a pipe gets nil, so what goes
/// there is never wrapped or paged, whatever COLUMNS says. On a terminal `COLUMNS`
/// (`LINES`) wins when it is a positive number (readline keeps them current as the window
/// changes), else the terminal's own size (TIOCGWINSZ).
enum TerminalSize {
    static func columns() -> Int? { size(variable: "COLUMNS") { Int($0.ws_col) } }

    static func rows() -> Int? { size(variable: "LINES") { Int($0.ws_row) } }

    static func size(variable: String, _ part: (winsize) -> Int) -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let value = getenv(variable).flatMap({ Int(String(cString: $0)) }), (1...10_000).contains(value) { return value }
        var size = winsize()
        let status = withUnsafeMutablePointer(to: &size) { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }
        guard status == 0, part(size) > 0 else { return nil }
        return part(size)
    }
}
