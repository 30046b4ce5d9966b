import Foundation
import Testing
@testable import MuniPlan

// Shared helpers for MuniPlanTests: where the checkout's Data/ and the shared reference
// folder are, the bundled data set loaded once, and temporary copies of Data/ with one
// file changed, for the validation tests.

/// …/Tests/MuniPlanTests/TestSupport.swift → the checkout's root.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // MuniPlanTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // root

/// The bundled data directory, `Data/` in the checkout.
let bundledDataDirectory: URL = repositoryRoot.appendingPathComponent("Data")

/// `../shared/reference` beside the checkout (only on machines that have it).
let referenceDirectory: URL = repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared").appendingPathComponent("reference")

/// Whether the reference folder exists, for `.enabled(if:)`.
let referenceAvailable: Bool = {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: referenceDirectory.path, isDirectory: &isDirectory)
        && isDirectory.boolValue
}()

/// The bundled data set, loaded once for every test that only reads it.
private let bundledLoad: Result<Dataset, DataError> = Result { () throws(DataError) -> Dataset in
    try DataLoader.load(directory: bundledDataDirectory.path)
}

/// The bundled data set, or the loader's error (which names every problem) as a failure.
func bundledDataset() throws -> Dataset {
    try bundledLoad.get()
}

/// A resolver over the bundled data set.
func bundledResolver() throws -> BodyResolver {
    BodyResolver(dataset: try bundledDataset())
}

/// The text of a bundled data file.
func bundledText(_ file: String) throws -> String {
    try String(contentsOf: bundledDataDirectory.appendingPathComponent(file), encoding: .utf8)
}

/// LF or CRLF ("\r\n" is a single Character in Swift).
func isLineBreak(_ c: Character) -> Bool { c == "\n" || c == "\r\n" }

/// The 1-based line number of the first line of `text` that contains `needle`.
func lineNumber(of needle: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
    let index = lines.firstIndex { $0.contains(needle) }
    #expect(index != nil, "'\(needle)' is not in the file", sourceLocation: sourceLocation)
    return index.map { $0 + 1 }
}

/// Replaces the first occurrence of `old` (after the first occurrence of `marker`, when
/// given) and returns the new text with the 1-based line the replacement is on.
func replacingFirst(_ old: String, with new: String, in text: String, after marker: String? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> (text: String, line: Int) {
    var searchStart = text.startIndex
    if let marker {
        let found = try #require(text.range(of: marker), "marker '\(marker)' not found", sourceLocation: sourceLocation)
        searchStart = found.lowerBound
    }
    let range = try #require(text.range(of: old, range: searchStart..<text.endIndex),
                             "'\(old)' not found", sourceLocation: sourceLocation)
    let line = text[..<range.lowerBound].reduce(1) { isLineBreak($1) ? $0 + 1 : $0 }
    return (text.replacingCharacters(in: range, with: new), line)
}

/// A temporary copy of the bundled data files that the loader reads, removed by `remove()`.
struct TemporaryData {
    static let files = [DataLoader.bodiesFile, DataLoader.districtsFile, DataLoader.measuresFile]

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("muniplan-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in Self.files {
            try FileManager.default.copyItem(at: bundledDataDirectory.appendingPathComponent(file),
                                             to: directory.appendingPathComponent(file))
        }
    }

    func text(_ file: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
    }

    func write(_ file: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(file))
    }

    func write(_ file: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: directory.appendingPathComponent(file))
    }

    /// Replaces the first `old` (after `marker`) in `file`; returns the line it is on.
    @discardableResult
    func replace(_ old: String, with new: String, in file: String, after marker: String? = nil,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let result = try replacingFirst(old, with: new, in: try text(file), after: marker, sourceLocation: sourceLocation)
        try write(file, result.text)
        return result.line
    }

    /// Loads the copy, expecting it to be refused; returns every issue reported.
    func loadFailure(sourceLocation: SourceLocation = #_sourceLocation) -> [DataIssue] {
        do {
            let dataset = try DataLoader.load(directory: directory.path)
            Issue.record("the data loaded (\(dataset.bodies.count) bodies) but should have been refused",
                         sourceLocation: sourceLocation)
            return []
        } catch {
            return error.issues
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Runs `body` with a fresh temporary copy of Data/ and removes it afterwards.
func withTemporaryData<T>(_ body: (TemporaryData) throws -> T) throws -> T {
    let data = try TemporaryData()
    defer { data.remove() }
    return try body(data)
}

/// Expects exactly one issue, in `file` on `line`, whose message contains every fragment.
func expectSingleIssue(_ issues: [DataIssue], file: String, line: Int, containing fragments: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(issues.count == 1, "expected one issue, got: \(issues.map(\.description))", sourceLocation: sourceLocation)
    guard let issue = issues.first else { return }
    expectIssue(issue, file: file, line: line, containing: fragments, sourceLocation: sourceLocation)
}

/// Expects `issue` to be in `file` on `line`, its message containing every fragment.
func expectIssue(_ issue: DataIssue, file: String, line: Int, containing fragments: [String],
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(issue.file == file, "\(issue)", sourceLocation: sourceLocation)
    #expect(issue.line == line, "\(issue)", sourceLocation: sourceLocation)
    #expect(issue.description.hasPrefix("\(file):\(line): "), "\(issue)", sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(issue.message.contains(fragment), "'\(fragment)' missing from: \(issue)", sourceLocation: sourceLocation)
    }
}

/// A body for in-memory data sets (resolver tests), with a valid code built from 5 digits.
func makeBody(_ fiveDigits: String, _ name: String, kana: String, romaji: String, kind: BodyKind,
              district: String, population: Int = 1000, groups: [String] = []) -> Body {
    Body(code: BodyCode.withCheckDigit(fiveDigits)!, name: name, kana: kana, romaji: romaji, kind: kind,
         district: district, population: population, latitude: nil, longitude: nil, groups: groups)
}

/// An in-memory data set holding only `bodies`, the districts they name, and any measures and KPIs given.
func makeDataset(_ bodies: [Body], measures: [Measure] = [], kpis: [KPI] = []) -> Dataset {
    let districts = Array(Set(bodies.compactMap(\.district))).sorted().enumerated().map {
        District(name: $1, romaji: "district" + String(repeating: "a", count: $0 + 1), bureau: $1)
    }
    return Dataset(name: "test", prefecture: "test", source: "test", firstFiscalYear: FiscalYear(2022), centre: nil,
                   bodies: bodies, districts: districts, items: [], measures: measures, kpis: kpis, directory: nil)
}
