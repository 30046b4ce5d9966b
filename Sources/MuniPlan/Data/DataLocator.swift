import Foundation

/// Finds the bundled data directory when `--data` is not given.
public enum DataLocator {
    /// The environment variable that names a data directory.
    public static let environmentVariable = "MUNIPLAN_DATA"

    /// The first directory that holds a measure catalogue: `$MUNIPLAN_DATA`, then `Data/`
    /// in the executable's directory or any parent (a checkout's `.build/debug/muniplan`
    /// finds the checkout's Data/), then in the working directory or any parent.
    /// Plain path arithmetic and `realpath`: Foundation's URL was a twentieth of a start-up.
    public static func locate(executablePath: String, workingDirectory: String,
                              environment: [String: String]) -> String? {
        if let dir = environment[environmentVariable], !dir.isEmpty { return dir }
        for start in [parent(of: resolved(executablePath)), workingDirectory] {
            var dir = standardized(start)
            while true {
                let candidate = joined(dir, "Data")
                if access(joined(candidate, DataLoader.measuresFile), F_OK) == 0 { return candidate }
                let up = parent(of: dir)
                if up == dir { break }
                dir = up
            }
        }
        return nil
    }

    /// The path with its symbolic links resolved, or as it is when it cannot be.
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// An absolute path (as the callers give) without `.`, `..` or repeated slashes.
    static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func parent(of path: String) -> String {
        let path = standardized(path)
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
