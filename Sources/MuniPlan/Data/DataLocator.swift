import Foundation

/// Finds the bundled data directory when `--data` is not given.
public enum DataLocator {
    /// The environment variable that names a data directory.
    public static let environmentVariable = "MUNIPLAN_DATA"

    /// The first directory that holds a measure catalogue: `$MUNIPLAN_DATA`, then `Data/`
    /// in the executable's directory or any parent (a checkout's `.build/debug/muniplan`
    /// finds the checkout's Data/), then in the working directory or any parent.
    public static func locate(executablePath: String, workingDirectory: String,
                              environment: [String: String]) -> String? {
        if let dir = environment[environmentVariable], !dir.isEmpty { return dir }
        let executableDir = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent().path
        for start in [executableDir, workingDirectory] {
            var dir = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                let candidate = dir.appendingPathComponent("Data")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(DataLoader.measuresFile).path) {
                    return candidate.path
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}
