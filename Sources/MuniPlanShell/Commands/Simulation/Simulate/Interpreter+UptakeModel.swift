import Foundation
import MuniPlan

/// The uptake model `simulate` runs with.
extension Interpreter {
    /// The uptake model: `--model FILE` (read under the file policy, like every file a
    /// command names), else the data directory's uptake.toml. Read each time, so edits to
    /// the file count at the next `simulate`.
    func uptakeModel(_ file: String?) throws(ShellError) -> UptakeModel {
        let shown: String
        let bytes: [UInt8]
        func missing() -> ShellError { .refused(Message.Scenario.noUptakeModel(file: shown)) }
        func oneLine(_ error: DataError) -> ShellError { .data(error) }
        if let file {
            shown = file
            do { bytes = try readFile(file, limit: InputLimits.modelFile).bytes } catch {
                if case .notFound = error { throw missing() }
                throw .fileAccess(error)
            }
        } else {
            guard let directory = session.dataset.directory else {
                throw .refused(Message.Scenario.noModelFolder)
            }
            let path = (directory as NSString).appendingPathComponent(UptakeModel.fileName)
            shown = shortPath(path)
            guard FileManager.default.fileExists(atPath: path) else { throw missing() }
            do { bytes = try TextFile.bytes(atPath: path, shownAs: shown, limit: InputLimits.modelFile) } catch { throw oneLine(error) }
        }
        do {
            return try UptakeModel(text: try TextFile.text(bytes, file: shown), file: shown, dataset: session.dataset)
        } catch { throw oneLine(error) }
    }

    /// A path under the working directory relative to it (`Data/uptake.toml`), else as is.
    func shortPath(_ path: String) -> String {
        let standard = (path as NSString).standardizingPath
        let base = (settings.workingDirectory as NSString).standardizingPath
        return standard.hasPrefix(base + "/") ? String(standard.dropFirst(base.count + 1)) : standard
    }
}
