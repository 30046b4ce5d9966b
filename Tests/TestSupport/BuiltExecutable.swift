import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Where the built `muniplan` is, and the environment every test runs it in.

public enum Executable {
    /// Where the built executable may be: beside the test bundle (`swift test` builds it
    /// into the same folder, whatever the scratch path), else the checkout's `.build/debug`.
    public static var candidates: [URL] {
        var dirs: [URL] = []
        if let env = ProcessInfo.processInfo.environment["MUNIPLAN_EXECUTABLE"], !env.isEmpty {
            return [URL(fileURLWithPath: env)]
        }
        dirs.append(Bundle.main.bundleURL)
        if let executable = Bundle.main.executableURL { dirs.append(executable.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dirs.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let argument = CommandLine.arguments.first {
            dirs.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        dirs.append(repositoryRoot.appendingPathComponent(".build/debug"))
        return dirs.map { $0.appendingPathComponent("muniplan") }
    }

    /// The executable, or a failure that says where it was looked for.
    public static func url() throws -> URL {
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        throw LocateError(message: "the muniplan executable was not found (build it with swift build); looked in:\n"
                          + candidates.map { "  " + $0.path }.joined(separator: "\n"))
    }

    public struct LocateError: Error, CustomStringConvertible { public let message: String; public var description: String { message } }
}

/// Writing to a child that has exited must not kill the test process with SIGPIPE.
public let ignoringBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

/// The environment the executable runs in: this one, without MUNIPLAN_DATA, without colour,
/// in English whatever the machine's locale (a test asks for Japanese with `extra`), with
/// its own home (no history of the user's), plus `extra`.
public func executableEnvironment(home: URL, _ extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["MUNIPLAN_DATA"] = nil
    environment["NO_COLOR"] = "1"
    environment["LC_ALL"] = nil
    environment["LC_MESSAGES"] = nil
    environment["LANG"] = "C.UTF-8"
    environment["XDG_STATE_HOME"] = home.path
    environment["HOME"] = home.path
    environment.merge(extra) { _, new in new }
    return environment
}

