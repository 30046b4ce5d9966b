import Foundation

/// Where this executable is, for finding the bundled Data/ beside a checkout's build.
enum ExecutablePath {
    /// The kernel's link on Linux: Foundation's `Bundle` brings CoreFoundation's URL and string
    /// code into every start-up to say the same.
    static var current: String {
        #if os(Linux)
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = buffer.withUnsafeMutableBufferPointer { readlink("/proc/self/exe", $0.baseAddress!, $0.count - 1) }
        if count > 0 { return String(decoding: buffer[..<count], as: UTF8.self) }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
