import Foundation
import MuniPlan
import Testing
@testable import MuniPlanShell

/// Random and mutated command lines through the interpreter: nothing crashes or hangs,
/// every failure is one located line, and a failing command leaves the plan as it was.
@Suite("fuzzing the command language", .serialized)
struct FuzzCommandTests {

    static let dataset: Dataset? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? DataLoader.load(directory: root.appendingPathComponent("Data").path)
    }()

    /// Commands that touch files or take long are left out: the generator must not write
    /// outside its folder, and 100,000 lines must run in well under two minutes.
    static let commands = CommandRegistry.names.filter { !["run", "save", "export", "report", "simulate", "help"].contains($0) }

    static func vocabulary(_ dataset: Dataset) -> [String] {
        var words = dataset.measures.map(\.id) + dataset.kpis.map(\.id)
        words += dataset.bodies.prefix(20).flatMap { [$0.code, $0.name, $0.romaji, $0.kana] }
        words += ["all", "district:会津", "district:", "kind:village", "kind:", "group:evac12", "group:nowhere", "covered:advisor",
                  "covered:", "R4", "R5", "FY2023", "baseline", "令和4年度", "H99", "0", "1", "19", "-1", "99999999999999999999",
                  "1e308", "nan", "3.5", "by", "need", "spread", "apportion", "hamilton", "dhondt", "huntington-hill",
                  "--min-per-district", "--max-per-district", "--require", "--exclude", "--new-only", "--budget", "--cost",
                  "--by", "population", "bodies", "--fy", "--cumulative", "met", "short", "over", ">=", "<=", "==", "kpi",
                  "covered", "not-covered", "count", "clear", "default", "small", "distance", "uncovered:advisor", "now",
                  "a", "b", "csv", "json", "table", "--refuse-ties", "--to"]
        return words
    }

    static let noise: [String] = ["'", "\"", "\\", ";", "#", "　", "\t", "ｶ", "ア", "檜", "—", "\u{0301}", "\u{FEFF}", "$", "`", "|", ":", "--", "=", "🙂", "\r"]

    static func line(_ g: inout RandomSource, words: [String]) -> String {
        var parts: [String] = []
        if Int.random(in: 0..<10, using: &g) > 0 { parts.append(commands.randomElement(using: &g)!) }
        for _ in 0..<Int.random(in: 0..<7, using: &g) {
            parts.append(Int.random(in: 0..<5, using: &g) == 0 ? noise.randomElement(using: &g)! : words.randomElement(using: &g)!)
        }
        var text = parts.joined(separator: Int.random(in: 0..<8, using: &g) == 0 ? "" : " ")
        // Mutations: drop, duplicate or insert a character.
        for _ in 0..<Int.random(in: 0..<3, using: &g) where !text.isEmpty {
            var chars = Array(text)
            let i = Int.random(in: 0..<chars.count, using: &g)
            switch Int.random(in: 0..<3, using: &g) {
            case 0: chars.remove(at: i)
            case 1: chars.insert(chars[i], at: i)
            default: chars.insert(contentsOf: Array(noise.randomElement(using: &g)!), at: i)
            }
            text = String(chars)
        }
        return text
    }

    @Test("100,000 random and mutated lines: no crash, one-line errors, failed commands change nothing")
    func randomLines() throws {
        let dataset = try #require(Self.dataset)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("muniplan-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var g = RandomSource(seed: 20261129)
        let words = Self.vocabulary(dataset)
        var interpreter = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: folder.path))
        var failures = 0
        let started = Date()
        for n in 0..<100_000 {
            // A fresh session now and then keeps plans from growing without bound.
            if n % 2_000 == 0 { interpreter = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: folder.path)) }
            let text = Self.line(&g, words: words)
            let segments: [Lexer.Segment]
            do { segments = try Lexer.segments(text) } catch {
                #expect(!error.description.contains("\n"))
                failures += 1
                continue
            }
            for segment in segments {
                let before = interpreter.session.plan
                let year = interpreter.session.year
                do {
                    let command = try CommandRegistry.parse(segment.words)
                    try interpreter.execute(command) { _ in }
                } catch {
                    failures += 1
                    let message = error.description
                    #expect(!message.isEmpty && !message.contains("\n"), "\(text) → \(message)")
                    #expect(interpreter.session.plan == before, "plan changed by failing line: \(text)")
                    #expect(interpreter.session.year == year)
                }
            }
        }
        #expect(failures > 10_000, "the generator should produce many failing lines (\(failures))")
        #expect(Date().timeIntervalSince(started) < 120)
    }

    @Test("errors in a script are located as NAME:LINE on one line")
    func locatedErrors() throws {
        let dataset = try #require(Self.dataset)
        var g = RandomSource(seed: 7)
        let words = Self.vocabulary(dataset)
        let interpreter = Interpreter(session: Session(dataset: dataset), settings: SessionSettings(workingDirectory: FileManager.default.temporaryDirectory.path))
        let lines = (0..<2_000).map { _ in Self.line(&g, words: words).replacingOccurrences(of: "\\", with: "") }
        let outcome = interpreter.runScript(lines, name: "fuzz.plan", path: nil, keepGoing: true, bail: false, emit: { _ in }, report: { _ in })
        #expect(!outcome.errors.isEmpty)
        for message in outcome.errors {
            #expect(message.hasPrefix("fuzz.plan:"), "\(message)")
            #expect(!message.contains("\n"), "\(message)")
            let number = message.dropFirst("fuzz.plan:".count).prefix { $0.isNumber }
            #expect(Int(number).map { (1...lines.count).contains($0) } == true, "\(message)")
        }
    }
}
