/// Paths as the kernel sees them: bytes, split on `/` (0x2F) and on nothing else.
///
/// Swift's `String` compares by canonical equivalence (a composed デ equals テ + U+3099) and
/// a `Character` fuses a combining mark, ZWJ or variation selector with the `/` before it,
/// so `"../\u{301}d"` has no `..` component to Swift. The kernel sees neither: it compares
/// bytes and splits on the byte 0x2F. Nothing that decides what a path names may use
/// String or Character operations; these helpers work on the UTF-8 bytes, which are
/// exactly what a String hands to the kernel.
public enum PathBytes {
    static let slash: UInt8 = 0x2F
    static let dot: [UInt8] = [0x2E]
    static let dotDot: [UInt8] = [0x2E, 0x2E]

    /// The components between slashes, empty ones (from `//` or a leading `/`) left out.
    static func components(_ path: [UInt8]) -> [[UInt8]] {
        path.split(separator: slash, omittingEmptySubsequences: true).map { Array($0) }
    }

    static func isAbsolute(_ path: [UInt8]) -> Bool { path.first == slash }

    static func join(_ directory: [UInt8], _ name: [UInt8]) -> [UInt8] {
        directory == [slash] ? [slash] + name : directory + [slash] + name
    }

    /// The parent of a physical absolute path (no `.`, `..` or links in it).
    static func parent(_ path: [UInt8]) -> [UInt8] {
        guard let last = path.lastIndex(of: slash), last > 0 else { return [slash] }
        return Array(path[..<last])
    }

    /// For messages only: bytes that are not UTF-8 show as U+FFFD.
    static func display(_ path: [UInt8]) -> String { String(decoding: path, as: UTF8.self) }

    /// Calls `body` with `bytes` as a NUL-terminated C string. `bytes` holds no NUL
    /// (`FileLocation` refuses such paths), so the kernel sees all of them.
    static func withCString<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    /// Everything before the last `/` of `path` (`/` for `/x`, `.` for `x`), split by bytes.
    public static func directoryPart(_ path: String) -> String {
        let bytes = Array(path.utf8)
        guard let last = bytes.lastIndex(of: slash) else { return "." }
        // Cut at an ASCII byte: both halves stay valid UTF-8, so decoding loses nothing.
        return last == 0 ? "/" : String(decoding: bytes[..<last], as: UTF8.self)
    }

    /// The last non-empty component of `path`, split by bytes.
    public static func lastComponent(_ path: String) -> String {
        components(Array(path.utf8)).last.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// `base/path`, or `path` when it is absolute; nothing normalised.
    public static func absolute(_ path: String, from base: String) -> String {
        path.utf8.first == slash ? path : (base.utf8.last == slash ? base + path : base + "/" + path)
    }
}
