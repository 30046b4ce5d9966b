#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a path leads, resolved component by component as the kernel would (bytes split
/// on `/`; `..` the physical parent; symbolic links followed, at most 40), and held open:
/// the deepest directory of the path that exists, the directories still to create under
/// it, and the file's name. Writes and reads go through the open directory, so what a
/// `FileAccessPolicy` checked is what is used.
///
/// A missing directory followed by `..` cancels out (`new/../x` is `x`), as `mkdir -p`
/// would make it; so the directories to create are plain names, never `.`, `..` or
/// empty, and each is created inside a directory already held open.
public final class FileLocation {
    /// The deepest directory of the path that exists.
    let directory: DirectoryDescriptor
    /// Its physical absolute path.
    public let directoryPath: [UInt8]
    /// Directories to create under `directory`, outermost first.
    public let missingDirectories: [[UInt8]]
    /// The file's name in the last of them: never empty, `.` or `..`, never a link that
    /// existed when resolved (links are followed to their target).
    public let name: [UInt8]
    /// The path as it was given, for messages.
    public let shownAs: String

    init(directory: DirectoryDescriptor, directoryPath: [UInt8], missingDirectories: [[UInt8]], name: [UInt8], shownAs: String) {
        self.directory = directory
        self.directoryPath = directoryPath
        self.missingDirectories = missingDirectories
        self.name = name
        self.shownAs = shownAs
    }

    /// The physical absolute path, as bytes.
    public var pathBytes: [UInt8] {
        (missingDirectories + [name]).reduce(directoryPath, PathBytes.join)
    }

    /// The physical absolute path, for messages.
    public var path: String { PathBytes.display(pathBytes) }

    /// `path` (relative ones from `base`, itself absolute; nil: the process's working
    /// directory) resolved to the file it names. A trailing `/`, `.` or `..` names a
    /// directory and is refused.
    public static func resolve(_ path: String, relativeTo base: String?, shownAs: String? = nil) throws(FileAccessError) -> FileLocation {
        let shown = shownAs ?? path
        var walker = try PathWalker(shownAs: shown, path: path, base: base)
        var components = PathBytes.components(walker.absolute)
        var namesDirectory = walker.absolute.last == PathBytes.slash
        while true {
            guard let last = components.popLast(), !namesDirectory, last != PathBytes.dot, last != PathBytes.dotDot else {
                throw .isDirectory(path: shown)
            }
            try walker.walk(components)
            // A link in the name's place is followed: its target is what gets written.
            guard walker.missing.isEmpty, let target = try walker.linkTarget(last) else {
                return FileLocation(directory: walker.directory, directoryPath: walker.physical,
                                    missingDirectories: walker.missing, name: last, shownAs: shown)
            }
            if PathBytes.isAbsolute(target) { try walker.restartAtRoot() }
            components = PathBytes.components(target)
            namesDirectory = target.last == PathBytes.slash
        }
    }

    /// A directory path resolved: what exists of it, open, and what does not yet.
    static func resolveDirectory(_ path: String, relativeTo base: String?) throws(FileAccessError)
        -> (directory: DirectoryDescriptor, physical: [UInt8], missing: [[UInt8]]) {
        var walker = try PathWalker(shownAs: path, path: path, base: base)
        try walker.walk(PathBytes.components(walker.absolute))
        return (walker.directory, walker.physical, walker.missing)
    }
}

/// The state of a resolution: the directory reached (open) and its physical path, the
/// names below it that do not exist, and the links followed so far.
struct PathWalker {
    let shownAs: String
    let absolute: [UInt8]
    private(set) var directory: DirectoryDescriptor
    private(set) var physical: [UInt8] = [PathBytes.slash]
    private(set) var missing: [[UInt8]] = []
    private var links = 0
    static let maxLinks = 40

    init(shownAs: String, path: String, base: String?) throws(FileAccessError) {
        self.shownAs = shownAs
        let given = Array(path.utf8)
        guard !given.isEmpty else { throw .invalidPath(path: shownAs, reason: .empty) }
        let from = base.map { Array($0.utf8) } ?? Self.currentDirectory()
        absolute = PathBytes.isAbsolute(given) ? given : from + [PathBytes.slash] + given
        // A NUL would end the C string early: the kernel would see another path than this one.
        guard !absolute.contains(0) else { throw .invalidPath(path: shownAs, reason: .holdsNUL) }
        guard PathBytes.isAbsolute(absolute) else { throw .invalidPath(path: shownAs, reason: .relativeToRelative) }
        switch DirectoryDescriptor.root() {
        case let .success(root): directory = root
        case let .failure(error): throw .system(path: shownAs, operation: .resolve, code: error.code)
        }
    }

    /// The process's working directory, as bytes (empty if it cannot be found).
    static func currentDirectory() -> [UInt8] {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return [] }
        return buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    }

    mutating func restartAtRoot() throws(FileAccessError) {
        directory = try result(DirectoryDescriptor.root())
        physical = [PathBytes.slash]
        missing = []
    }

    mutating func walk(_ components: [[UInt8]]) throws(FileAccessError) {
        for component in components { try enter(component) }
    }

    /// One step down (or up) as a directory.
    mutating func enter(_ name: [UInt8]) throws(FileAccessError) {
        if name == PathBytes.dot { return }
        if name == PathBytes.dotDot {
            if !missing.isEmpty {
                missing.removeLast()
            } else if physical != [PathBytes.slash] {
                directory = try result(directory.parent())
                physical = PathBytes.parent(physical)
            }
            return
        }
        guard missing.isEmpty else {
            missing.append(name)
            return
        }
        guard let info = try result(directory.status(of: name)) else {
            missing.append(name)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            directory = try result(directory.directory(name))
            physical = PathBytes.join(physical, name)
        case S_IFLNK:
            let target = try followLink(name)
            if PathBytes.isAbsolute(target) { try restartAtRoot() }
            try walk(PathBytes.components(target))
        default:
            throw .system(path: shownAs, operation: .resolve, code: ENOTDIR)
        }
    }

    /// The target of `name` when it is a symbolic link in the directory reached; nil when
    /// it is anything else or does not exist.
    mutating func linkTarget(_ name: [UInt8]) throws(FileAccessError) -> [UInt8]? {
        guard let info = try result(directory.status(of: name)), (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        return try followLink(name)
    }

    private mutating func followLink(_ name: [UInt8]) throws(FileAccessError) -> [UInt8] {
        links += 1
        guard links <= Self.maxLinks else { throw .system(path: shownAs, operation: .resolve, code: ELOOP) }
        let target = try result(directory.linkTarget(name))
        guard !target.isEmpty else { throw .system(path: shownAs, operation: .resolve, code: ENOENT) }
        return target
    }

    private func result<T>(_ result: Result<T, Errno>) throws(FileAccessError) -> T {
        switch result {
        case let .success(value): value
        case let .failure(error): throw .system(path: shownAs, operation: .resolve, code: error.code)
        }
    }
}
