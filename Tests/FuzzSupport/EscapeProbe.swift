import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folders outside a sandbox that a broken confinement would write to (`/`, the
/// temporary folder, the sandbox's parent, the real home, `/etc`, `/dev`), watched for the
/// names generated lines write: other processes write to these folders too, so only our
/// names count.
public struct EscapeProbe: Sendable {
    let found: [String]

    /// Basenames a generated write could end in, with or without an extension.
    static let names: Set<String> = {
        let stems = ["out", "r", "x", "y", "z", "w", "s", "abs", "evil", "新しい", "a b", "-rf", "existing", "it's", "semi;colon",
                     "new\nline", "tab\tname", "\u{202E}txt", "ｆｕｌｌ", ".hidden", "x\u{200D}", "filelink", "dangling", "new"]
        let extensions = ["", ".plan", ".csv", ".tsv", ".md", ".json", ".html", ".htm", ".xlsx", ".txt", ".CSV"]
        return Set(stems.flatMap { stem in extensions.map { stem + $0 } })
    }()

    public static func folders(besides sandbox: FuzzSandbox) -> [String] {
        var folders = ["/", "/etc", "/dev", FileManager.default.temporaryDirectory.path, (sandbox.root as NSString).deletingLastPathComponent]
        if let home = getpwuid(getuid())?.pointee.pw_dir { folders.append(String(cString: home)) }
        return Array(Set(folders)).sorted()
    }

    /// Takes the listing of `folders` now.
    public init(_ folders: [String]) {
        found = folders.flatMap { folder in Self.ours(in: folder).map { folder + "/" + $0 } }
    }

    /// Names of ours that appeared since `before` was taken.
    public func appeared(since before: EscapeProbe) -> [String] {
        Array(Set(found).subtracting(before.found)).sorted().map { "created outside the sandbox: " + $0 }
    }

    /// Entries of `folder` named as generated writes are (or as their temporaries).
    static func ours(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = String(decoding: DirectoryEntry.name(entry), as: UTF8.self)
            // `.NAME.tmp-PID-RANDOM`, AtomicFile's temporary, counts as NAME.
            let plain = name.hasPrefix(".") && name.contains(".tmp-") ? String(name.dropFirst()).components(separatedBy: ".tmp-")[0] : name
            if names.contains(plain) { out.append(name) }
        }
        return out
    }
}
