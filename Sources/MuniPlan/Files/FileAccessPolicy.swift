#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where scripts may read and write: inside the working directory, the directories
/// allowed with `--allow-write DIR` (read and write) and `--allow-read DIR` (read only).
/// The shell applies it to scripts, `-c` and piped input; at the prompt the user's own
/// typing is trusted, and so is a file named on the command line.
///
/// The decision is made on what the kernel will use, never on text: the path is resolved
/// by bytes (`FileLocation`), then the directory it reached is held open and walked up
/// with `..`, comparing each directory's device and inode with the allowed ones'. An
/// allowed directory that does not exist yet counts by its nearest existing ancestor and
/// the names still missing below it, compared as bytes.
public struct FileAccessPolicy: Sendable, Equatable {
    /// Relative paths resolve from here (absolute).
    public let workingDirectory: String
    /// As given; relative ones from `workingDirectory`.
    public let writable: [String]
    public let readable: [String]

    public init(workingDirectory: String, allowWrite: [String] = [], allowRead: [String] = []) {
        self.workingDirectory = workingDirectory
        writable = [workingDirectory] + allowWrite
        readable = writable + allowRead
    }

    /// Where `path` may be written; otherwise an error naming the allowed directories.
    public func checkWrite(_ path: String, shownAs: String? = nil) throws(FileAccessError) -> FileLocation {
        try check(path, shownAs: shownAs, access: .write)
    }

    /// Where `path` may be read (read it with `FileLocation.read()`).
    public func checkRead(_ path: String, shownAs: String? = nil) throws(FileAccessError) -> FileLocation {
        try check(path, shownAs: shownAs, access: .read)
    }

    public func permits(_ path: String, _ access: FileAccessError.Access) -> Bool {
        (try? check(path, shownAs: nil, access: access)) != nil
    }

    /// The allowed directories for `access`, resolved, for messages.
    public func allowedDirectories(_ access: FileAccessError.Access) -> [String] {
        areas(access).map(\.shown)
    }

    private func check(_ path: String, shownAs: String?, access: FileAccessError.Access) throws(FileAccessError) -> FileLocation {
        let location = try FileLocation.resolve(path, relativeTo: workingDirectory, shownAs: shownAs)
        let areas = areas(access)
        let ancestors = Self.ancestors(of: location.directory)
        guard areas.contains(where: { $0.contains(location, ancestors: ancestors) }) else {
            throw .outsideAllowedArea(path: location.shownAs, resolved: location.path, allowed: areas.map(\.shown), access: access)
        }
        return location
    }

    /// Resolved now, not when the policy was made: a directory created since counts.
    private func areas(_ access: FileAccessError.Access) -> [Area] {
        var out: [Area] = []
        for dir in access == .read ? readable : writable {
            guard let area = try? Area(dir, base: workingDirectory), !out.contains(area) else { continue }
            out.append(area)
        }
        return out
    }

    /// `directory` and every directory above it, by `..`, up to the root.
    static func ancestors(of directory: DirectoryDescriptor) -> Set<FileIdentity> {
        var found = Set<FileIdentity>()
        var current = directory
        // Bounded: PATH_MAX allows at most 2048 levels; a cycle cannot go on for ever.
        for _ in 0..<4096 {
            guard let identity = current.identity, found.insert(identity).inserted else { break }
            guard case let .success(parent) = current.parent() else { break }
            current = parent
        }
        return found
    }

    /// One allowed directory: the nearest existing part and the names missing below it.
    private struct Area: Equatable {
        let identity: FileIdentity
        let missing: [[UInt8]]
        let shown: String

        init(_ path: String, base: String) throws(FileAccessError) {
            let resolved = try FileLocation.resolveDirectory(path, relativeTo: base)
            guard let identity = resolved.directory.identity else {
                throw .system(path: path, operation: .resolve, code: EIO)
            }
            self.identity = identity
            missing = resolved.missing
            shown = PathBytes.display(resolved.missing.reduce(resolved.physical, PathBytes.join))
        }

        static func == (a: Area, b: Area) -> Bool { a.identity == b.identity && a.missing == b.missing }

        func contains(_ location: FileLocation, ancestors: Set<FileIdentity>) -> Bool {
            if missing.isEmpty { return ancestors.contains(identity) }
            // Not there yet: only a path through the same existing directory and the same
            // missing names (as bytes) can end up inside it.
            return location.directory.identity == identity && location.missingDirectories.starts(with: missing)
        }
    }
}
