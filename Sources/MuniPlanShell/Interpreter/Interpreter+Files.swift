import Foundation
import MuniPlan

/// The files commands read and write, under one policy. Scripts (a `run` file, `-c`,
/// piped input) read and write only where `FileAccessPolicy` allows: the working
/// directory, `--allow-write` and `--allow-read` directories. At the prompt the user's
/// own typing is trusted, and so is a file named on the command line (ScriptMode reads it
/// before its frame is pushed); the paths are still resolved by bytes, as the kernel does.
extension Interpreter {
    /// The policy for the command running now; nil at the prompt.
    var filePolicy: FileAccessPolicy? {
        guard !runStack.isEmpty else { return nil }
        return FileAccessPolicy(workingDirectory: settings.workingDirectory, allowWrite: settings.allowWrite,
                                allowRead: settings.allowRead)
    }

    /// Where `file` may be written (AtomicFile writes through the location it returns).
    func writableLocation(_ file: String) throws(ShellError) -> FileLocation {
        let path = resolvePath(file)
        do {
            if let policy = filePolicy { return try policy.checkWrite(path, shownAs: file) }
            return try FileLocation.resolve(path, relativeTo: settings.workingDirectory, shownAs: file)
        } catch { throw .fileAccess(error) }
    }

    /// Writes atomically. At the prompt an export may replace a file; a script needs --force.
    func write(_ bytes: [UInt8], to file: String, force: Bool) throws(ShellError) {
        let location = try writableLocation(file)
        do { try AtomicFile.write(bytes, to: location, overwrite: force || runStack.isEmpty) } catch { throw .fileWrite(error) }
    }

    /// Refuses now what `write(_:to:force:)` would refuse later (the policy, a directory, an
    /// existing file without --force in a script), for a command with slow work first.
    func checkWritable(_ file: String, force: Bool) throws(ShellError) {
        let location = try writableLocation(file)
        do { try AtomicFile.checkTarget(location, overwrite: force || runStack.isEmpty) } catch { throw .fileWrite(error) }
    }

    /// The bundled data's sources with japancode's licence text, for every export that is not pure data.
    func dataSources() -> [Attribution] {
        Attribution.bundled(dataset: session.dataset, japancodeLicenceText: japancodeLicenceText())
    }

    /// japancode's MIT licence, which must accompany copies of its data, from the data
    /// folder (not a file the user named: no policy applies).
    func japancodeLicenceText() -> String? {
        guard let directory = session.dataset.directory,
              let file = try? FileLocation.resolve(directory + "/LICENSE-japancode.txt", relativeTo: nil).read() else { return nil }
        return String(decoding: file.bytes, as: UTF8.self)
    }

    /// The contents of `file`, read for a command, refused over `limit` bytes (its kind's
    /// `InputLimits`); callers word `notFound` themselves.
    func readFile(_ file: String, limit: Int) throws(FileAccessError) -> FileContents {
        let path = resolvePath(file)
        let location = if let policy = filePolicy {
            try policy.checkRead(path, shownAs: file)
        } else {
            try FileLocation.resolve(path, relativeTo: settings.workingDirectory, shownAs: file)
        }
        return try location.read(limit: limit)
    }

    /// A path as given, made absolute from the running scenario's folder or the working
    /// directory. Nothing is normalised here: `..` and links are resolved by bytes when
    /// the file is opened (a String would fuse `/` with a combining mark after it).
    func resolvePath(_ path: String) -> String {
        if path.utf8.starts(with: "~/".utf8), let home = ProcessInfo.processInfo.environment["HOME"] {
            return PathBytes.absolute(String(decoding: path.utf8.dropFirst(2), as: UTF8.self), from: home)
        }
        let base = runStack.last(where: { $0.path != nil })?.path.map(PathBytes.directoryPart) ?? settings.workingDirectory
        return PathBytes.absolute(path, from: base)
    }
}
