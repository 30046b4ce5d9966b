import Foundation
import MuniPlan
import Testing
@testable import MuniPlanShell

// Shared helpers: the bundled data set loaded once, interpreters over it, a way to run
// command lines and collect what they print, and temporary folders.

/// …/Tests/MuniPlanShellTests/ShellTestSupport.swift → the checkout's root.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // MuniPlanShellTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // root

private let bundledLoad: Result<Dataset, DataError> = Result { () throws(DataError) -> Dataset in
    try DataLoader.load(directory: repositoryRoot.appendingPathComponent("Data").path)
}

/// The bundled data set (59 municipalities and one association).
func bundledDataset() throws -> Dataset { try bundledLoad.get() }

/// A fresh interpreter over the bundled data, relative paths resolving from `directory`.
func makeInterpreter(workingDirectory directory: String = FileManager.default.temporaryDirectory.path,
                     allowWrite: [String] = [], allowRead: [String] = [], interactive: Bool = false) throws -> Interpreter {
    Interpreter(session: Session(dataset: try bundledDataset()),
                settings: SessionSettings(workingDirectory: directory, allowWrite: allowWrite, allowRead: allowRead,
                                          interactive: interactive))
}

/// A fresh interpreter that has run the FY2022 plan (scenarios/fy2022-plan.plan).
func makePlannedInterpreter(workingDirectory directory: String = FileManager.default.temporaryDirectory.path) throws -> Interpreter {
    let interpreter = try makeInterpreter(workingDirectory: directory)
    try interpreter.run("run \(Lexer.quote(repositoryRoot.appendingPathComponent("scenarios/fy2022-plan.plan").path))")
    return interpreter
}

/// What one line printed, in order.
struct Printed {
    var outputs: [Output] = []

    var texts: [String] {
        outputs.compactMap { if case let .text(t) = $0 { t } else { nil } }
    }

    var tables: [Table] {
        outputs.compactMap { if case let .table(t) = $0 { t } else { nil } }
    }

    var notices: [String] {
        outputs.compactMap { if case let .notice(t) = $0 { t } else { nil } }
    }

    /// Everything rendered as a person would see it in `format`.
    func rendered(_ format: OutputFormat = .table) -> String {
        outputs.map { output in
            switch output {
            case let .text(t), let .notice(t): t
            case let .table(t): OutputRenderer(format: format, color: false).render(t)
            }
        }.joined(separator: "\n")
    }
}

extension Interpreter {
    /// Runs one line, which must succeed; returns what it printed.
    @discardableResult
    func run(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Printed {
        var printed = Printed()
        do {
            try execute(line: line) { printed.outputs.append($0) }
        } catch {
            Issue.record("'\(line)' failed: \(error)", sourceLocation: sourceLocation)
            throw error
        }
        return printed
    }

    /// Runs one line that must fail; returns the error's message.
    func failure(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            try execute(line: line) { _ in }
            Issue.record("'\(line)' succeeded but should have failed", sourceLocation: sourceLocation)
            return ""
        } catch {
            return error.description
        }
    }

    /// Runs script lines the way the executable does without a prompt.
    func script(_ lines: [String], name: String = "test", path: String? = nil, keepGoing: Bool = false,
                bail: Bool = false) -> (outcome: ScriptOutcome, reported: [String]) {
        var reported: [String] = []
        let outcome = runScript(lines, name: name, path: path, keepGoing: keepGoing, bail: bail,
                                emit: { _ in }, report: { reported.append($0) })
        return (outcome, reported)
    }
}

/// A temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("muniplan-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (folders created as needed); returns the absolute path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Runs `body` with a fresh temporary folder and removes it afterwards.
func withTemporaryFolder<T>(_ body: (TemporaryFolder) throws -> T) throws -> T {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    return try body(folder)
}

/// The words of a line as the lexer gives them (one command).
func words(_ line: String) throws -> [String] {
    try Lexer.segments(line).flatMap { $0.words.map(\.text) }
}

/// The command one line parses into (the line must hold one command).
func parsed(_ line: String) throws -> any ShellCommand {
    try CommandRegistry.parse(try #require(try Lexer.segments(line).first).words)
}

/// The command one line parses into, when it is a `T`.
func parsed<T>(_ line: String, as type: T.Type) throws -> T? {
    try parsed(line) as? T
}

/// The bundled catalogue (districts, measures, KPIs) over `count` generated bodies: cities,
/// towns and villages dealt round the districts, with distinct romaji, for tests of
/// behaviour at a size the bundled 60 bodies do not reach. Later districts have larger
/// populations (less need), so a per-district minimum binds.
func largeDataset(bodies count: Int) throws -> Dataset {
    let bundled = try bundledDataset()
    let syllables: [(kana: String, romaji: String)] = [("か", "ka"), ("き", "ki"), ("さ", "sa"), ("た", "ta"),
                                                       ("な", "na"), ("は", "ha"), ("ま", "ma"), ("ら", "ra")]
    let kinds: [(kind: BodyKind, name: String, kana: String)] = [(.city, "市", "し"), (.town, "町", "まち"), (.village, "村", "むら")]
    let bodies = (0..<count).map { n -> Body in
        var rest = n, parts: [(kana: String, romaji: String)] = []
        for _ in 0..<6 {
            parts.append(syllables[rest % syllables.count])
            rest /= syllables.count
        }
        let kind = kinds[n % kinds.count], district = n % bundled.districts.count
        return Body(code: BodyCode.withCheckDigit(String(10_000 + n))!, name: "合成\(n)\(kind.name)",
                    kana: parts.map(\.kana).joined() + kind.kana, romaji: parts.map(\.romaji).joined(), kind: kind.kind,
                    district: bundled.districts[district].name,
                    population: (1 + district * district) * (100 + (n * 7_919) % 30_000),
                    latitude: nil, longitude: nil, groups: [])
    }
    return Dataset(name: "large", prefecture: bundled.prefecture, source: bundled.source, firstFiscalYear: bundled.firstFiscalYear,
                   centre: nil, bodies: bodies, districts: bundled.districts, items: bundled.items, measures: bundled.measures,
                   kpis: bundled.kpis, directory: nil)
}
