import Foundation
import MuniPlan
import Testing

/// A temporary copy of bundled data files (by default those the loader reads), removed by
/// `remove()`: the validation tests change one file and load the copy.
public struct TemporaryData {
    public static let files = [DataLoader.bodiesFile, DataLoader.districtsFile, DataLoader.measuresFile]

    private let folder: TemporaryFolder
    public var directory: URL { folder.url }

    public init(files: [String] = TemporaryData.files) throws {
        folder = try TemporaryFolder()
        for file in files {
            try FileManager.default.copyItem(at: bundledDataDirectory.appendingPathComponent(file),
                                             to: folder.url.appendingPathComponent(file))
        }
    }

    public func text(_ file: String) throws -> String {
        try folder.read(file)
    }

    public func write(_ file: String, _ text: String) throws {
        try folder.write(file, text)
    }

    public func write(_ file: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: directory.appendingPathComponent(file))
    }

    /// Replaces the first `old` (after `marker`) in `file`; returns the line it is on.
    @discardableResult
    public func replace(_ old: String, with new: String, in file: String, after marker: String? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let result = try replacingFirst(old, with: new, in: try text(file), after: marker, sourceLocation: sourceLocation)
        try write(file, result.text)
        return result.line
    }

    /// Loads the copy, expecting it to be refused; returns every issue reported.
    public func loadFailure(sourceLocation: SourceLocation = #_sourceLocation) -> [DataIssue] {
        do {
            let dataset = try DataLoader.load(directory: directory.path)
            Issue.record("the data loaded (\(dataset.bodies.count) bodies) but should have been refused",
                         sourceLocation: sourceLocation)
            return []
        } catch {
            return error.issues
        }
    }

    public func remove() { folder.remove() }
}

/// Runs `body` with a fresh temporary copy of Data/ and removes it afterwards.
public func withTemporaryData<T>(files: [String] = TemporaryData.files, _ body: (TemporaryData) throws -> T) throws -> T {
    let data = try TemporaryData(files: files)
    defer { data.remove() }
    return try body(data)
}
