/// Where files may be written: inside the working directory and any directory allowed on
/// the command line (`--allow-write DIR`). Paths are compared after resolving `.`, `..`
/// and symbolic links of the part that exists, so `../x`, `/etc/x` and a link that leads
/// out are all refused. The shell applies this to scripts; at the prompt the user's own
/// typing is trusted.
public struct WritePolicy: Sendable, Equatable {
    /// The working directory, resolved.
    public let workingDirectory: String
    /// Every directory writes may go under, resolved: the working directory first, then
    /// the allowed ones in the order given.
    public let allowedDirectories: [String]

    /// `allowing` directories may be relative (to `workingDirectory`).
    public init(workingDirectory: String, allowing: [String] = []) {
        let base = workingDirectory.hasPrefix("/")
            ? workingDirectory : PhysicalPath.join(PhysicalPath.currentDirectory(), workingDirectory)
        func resolved(_ path: String) -> String {
            (try? PhysicalPath.resolve(path, relativeTo: base)) ?? PhysicalPath.lexical(path, relativeTo: base)
        }
        let wd = resolved(base)
        self.workingDirectory = wd
        var dirs = [wd]
        for dir in allowing.map(resolved) where !dirs.contains(dir) { dirs.append(dir) }
        self.allowedDirectories = dirs
    }

    /// The resolved absolute path when `path` may be written; otherwise an error naming
    /// the allowed directories. Relative paths are taken from the working directory.
    @discardableResult
    public func check(_ path: String) throws(FileWriteError) -> String {
        let resolved = try PhysicalPath.resolve(path, relativeTo: workingDirectory)
        guard allowedDirectories.contains(where: { Self.isInside(resolved, $0) }) else {
            throw FileWriteError.outsideAllowedArea(path: path, resolved: resolved, allowed: allowedDirectories)
        }
        return resolved
    }

    public func permits(_ path: String) -> Bool {
        (try? check(path)) != nil
    }

    /// `path` is `directory` itself or below it.
    static func isInside(_ path: String, _ directory: String) -> Bool {
        directory == "/" || path == directory || path.hasPrefix(directory + "/")
    }
}
