import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `save FILE` writes a scenario that rebuilds the same plan in a fresh session.
@Suite struct SaveTests {

    /// One random command line: an edit (or a year change, undo, redo) a planner might type.
    static func randomEdit(_ rng: inout RandomSource, dataset: Dataset) -> String {
        func pick<T>(_ xs: [T]) -> T { xs.randomElement(using: &rng)! }
        func body() -> String {
            let b = pick(dataset.bodies)
            return pick([b.code, b.name, b.romaji, b.kana, b.shortName ?? b.name])
        }
        func bodies() -> String {
            if Int.random(in: 0..<5, using: &rng) == 0 {
                return pick(["all", "kind:village", "district:会津", "district:minamiaizu", "group:evac12", "kind:town district:相双"])
            }
            return (0..<Int.random(in: 1...6, using: &rng)).map { _ in Lexer.quote(body()) }.joined(separator: " ")
        }
        let measure = pick(dataset.measures).id
        let planned = dataset.kpis.filter { !$0.kind.countsBodies }
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<35: return "assign \(measure) \(bodies())"
        case 35..<50: return "unassign \(measure) \(bodies())"
        case 50..<58: return "fy " + pick(["R4", "R5", "2024", "FY2025", "baseline", "令和5年度", "FY2020"])
        case 58..<64: return "capacity \(measure) " + pick(["default", String(Int.random(in: 0...40, using: &rng))])
        case 64..<74:
            let kpi = pick(planned)
            let value = kpi.kind == .rate ? Double(Int.random(in: 0...1000, using: &rng)) / 10 : Double(Int.random(in: 0...20000, using: &rng))
            return "set \(kpi.id) " + (Int.random(in: 0..<6, using: &rng) == 0 ? "none" : String(value))
        case 74..<82:
            let feature = pick(["village", "town", "city", "small", "population", "distance", "evac12", "hamadori15",
                                "uncovered:advisor", "uncovered:ict-grant", "aging", "income"])
            return "weight \(feature) " + pick(["0", "1", "0.5", "-0.25", "2.75", "0.1", "1e-3"])
        case 82..<85: return "weights " + pick(["clear", "default"])
        case 85..<92:
            let name = pick(["aging", "income"])
            let pairs = (0..<Int.random(in: 1...5, using: &rng)).map { _ in
                "\(pick(dataset.bodies).code) \(Double(Int.random(in: -500...5000, using: &rng)) / 7)"
            }
            return "indicators set \(name) " + pairs.joined(separator: " ")
        case 92..<96: return "undo"
        case 96..<98: return "redo"
        default: return "reset"
        }
    }

    @Test("for random edit sequences, save then run in a fresh session gives the same plan",
          arguments: Array<UInt64>([1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597]))
    func roundTrip(seed: UInt64) throws {
        try withTemporaryFolder { folder in
            let dataset = try bundledDataset()
            var rng = RandomSource(seed: seed)
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            var applied = 0
            for _ in 0..<60 {
                let line = Self.randomEdit(&rng, dataset: dataset)
                if (try? interpreter.execute(line: line, emit: { _ in })) != nil { applied += 1 }
            }
            #expect(applied > 20, "most random edits should apply (seed \(seed))")
            try interpreter.run("save plan.plan")
            let fresh = try makeInterpreter(workingDirectory: folder.path)
            try fresh.run("run plan.plan")
            #expect(fresh.session.plan == interpreter.session.plan, "seed \(seed):\n\((try? folder.read("plan.plan")) ?? "")")
            #expect(fresh.session.year == interpreter.session.year, "seed \(seed)")
        }
    }

    @Test("years before the plan's first year survive a round trip")
    func earlierYears() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("fy 2020; assign advisor hinoemata; fy baseline; assign advisor tadami; fy H30; set seminar 2")
            try interpreter.run("save p.plan")
            let fresh = try makeInterpreter(workingDirectory: folder.path)
            try fresh.run("run p.plan")
            #expect(fresh.session.plan == interpreter.session.plan, "\((try? folder.read("p.plan")) ?? "")")
            #expect(fresh.session.year == interpreter.session.year)
        }
    }

    @Test("weights on imported indicators survive a round trip")
    func indicatorWeights() throws {
        try withTemporaryFolder { folder in
            try folder.write("aging.csv", "code,aging,empty\n073644,52.0,\n072010,28.1,\n")
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("indicators load aging.csv; weight aging 2; weight village 0")
            try interpreter.run("save p.plan")
            let fresh = try makeInterpreter(workingDirectory: folder.path)
            try fresh.run("run p.plan")
            #expect(fresh.session.plan == interpreter.session.plan, "\((try? folder.read("p.plan")) ?? "")")
        }
    }

    @Test("the saved file is headed by a comment naming the data set, the version and the date")
    func header() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("assign advisor hinoemata")
            #expect(try interpreter.run("save p.plan").texts == ["saved p.plan"])
            let lines = try folder.read("p.plan").split(separator: "\n")
            let comments = lines.prefix { $0.hasPrefix("#") }.joined(separator: "\n")
            #expect(comments.contains("muniplan \(MuniPlanVersion.current)"))
            #expect(comments.contains(try bundledDataset().name))
            let today = SaveCommand.today()
            #expect(comments.contains(today))
            #expect(lines.contains("assign advisor 073644"))
        }
    }

    @Test("save refuses to overwrite a file unless --force, and leaves it intact")
    func overwrite() throws {
        try withTemporaryFolder { folder in
            try folder.write("p.plan", "# precious\n")
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("assign advisor hinoemata")
            let message = interpreter.failure("save p.plan")
            #expect(message.contains("p.plan"), "\(message)")
            #expect(message.contains("--force"), "\(message)")
            #expect(try folder.read("p.plan") == "# precious\n")
            #expect(interpreter.prompt.contains("*"), "a failed save keeps the unsaved mark")
            try interpreter.run("save p.plan --force")
            #expect(try folder.read("p.plan").contains("assign advisor 073644"))
            #expect(!interpreter.prompt.contains("*"))
        }
    }

    @Test("an empty plan saves and runs back to an empty plan")
    func emptyPlan() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("save empty.plan")
            let fresh = try makeInterpreter(workingDirectory: folder.path)
            try fresh.run("assign advisor tadami; run empty.plan")
            #expect(fresh.session.plan == Plan(), "the saved scenario starts with reset")
        }
    }

    @Test("save parses its file and --force; without a file it is a usage error")
    func parsing() throws {
        #expect(try parsed("save 'my plan.plan' --force") as? SaveCommand == SaveCommand(file: "my plan.plan", force: true))
        #expect(try parsed("save p.plan") as? SaveCommand == SaveCommand(file: "p.plan", force: false))
        #expect(try makeInterpreter().failure("save") == "save: missing FILE — usage: save FILE [--force]")
    }

    @Test("the date in a saved file's header is the UTC date")
    func utcDate() {
        #expect(SaveCommand.today(Date(timeIntervalSince1970: 1_700_000_000)) == "2023-11-14")
        #expect(SaveCommand.today(Date(timeIntervalSince1970: 1_700_004_600)) == "2023-11-14", "23:30 UTC, the 15th in Japan")
    }
}
