import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Commands at sizes untrusted input or a large data set reach (issue #11: no hang on any
/// input). Each checks what a user would see at that size; none times anything.
@Suite("large inputs")
struct LargeInputTests {
    static func interpreter(bodies: Int, workingDirectory: String = FileManager.default.temporaryDirectory.path) throws -> Interpreter {
        try makeInterpreter(over: try largeDataset(bodies: bodies), workingDirectory: workingDirectory)
    }

    @Test("allocate and explain over 20,000 bodies: every candidate listed, reasons naming bodies")
    func explainTwentyThousand() throws {
        let shell = try Self.interpreter(bodies: 20_000)
        // The minimum binds: some bodies are left out for a weaker one another district keeps.
        let allocated = try shell.run("allocate ict-grant 10000 --min-per-district 1400").tables
        let chosen = try #require(allocated.first { $0.name == "allocation" })
        #expect(chosen.records.count == 10_000)
        let why = try #require(chosen.columns.firstIndex { $0.id == "why" })
        #expect(chosen.records.allSatisfy { $0.cells[why] != .text("") })
        let explained = try #require(try shell.run("explain ict-grant").tables.first { $0.title?.hasPrefix("allocation of") == true })
        #expect(explained.records.count == 20_000)
        let reason = try #require(explained.columns.firstIndex { $0.id == "reason" })
        let reasons = explained.records.compactMap { if case let .text(t) = $0.cells[reason] { t } else { nil } }
        // Reasons name bodies by name, never by code.
        #expect(reasons.contains { $0.hasPrefix("min per district keeps 合成") })
        #expect(!reasons.contains { $0.contains(/[0-9]{6}/) })
    }

    @Test("engine messages name bodies: whole codes only, in one pass")
    func namesInMessages() throws {
        let shell = try makeInterpreter()
        #expect(shell.names(in: "min per district keeps 073644 in 南会津; tie with assoc-1, broken by code order")
                == "min per district keeps 檜枝岐村 in 南会津; tie with 要望のあった一部事務組合, broken by code order")
        // A longer run of digits, or an id with more after it, is not a code.
        #expect(shell.names(in: "0736441 assoc-10 budget 100") == "0736441 assoc-10 budget 100")
    }

    @Test("a line repeating selectors 100,000 times over 20,000 bodies selects what one of each does")
    func repeatedSelectors() throws {
        let shell = try Self.interpreter(bodies: 20_000)
        let district = shell.session.dataset.districts[2].name
        let once = try shell.session.resolve(["all", "kind:town", "district:\(district)"]).codes
        #expect(!once.isEmpty)
        #expect(once.count < 20_000 / 7)
        let spellings = ["all", "ALL", "kind:town", "Kind:town", "district:\(district)", "DISTRICT:\(district)"]
        let repeated = (0..<100_000).map { spellings[$0 % spellings.count] }
        #expect(try shell.session.resolve(repeated).codes == once)
        // Named bodies still add to the selection however often a selector repeats.
        let named = shell.session.dataset.bodies[0]
        #expect(try shell.session.resolve(repeated + [named.code]).codes == [named.code] + once)
        // A quoted ' all' is a name that selects everything: it adds, it does not narrow.
        #expect(try shell.session.resolve(repeated + [" all"]).codes.count == 20_000)
    }

    @Test("save of 20,000 bodies with full-precision indicators reads back, each command well within the limit")
    func saveTwentyThousand() throws {
        try withTemporaryFolder { folder in
            let shell = try Self.interpreter(bodies: 20_000, workingDirectory: folder.path)
            var plan = shell.session.plan
            for column in ["aging", "fiscal-strength", "it-staff"] {
                // Values whose shortest form has 17 significant digits: the longest `save` writes.
                let values = shell.session.dataset.bodies.enumerated().map { ($1.code, Double($0 + 1) / 7_000_003 + 1e-9) }
                plan.indicators.set(column, values: Dictionary(uniqueKeysWithValues: values))
            }
            shell.session.plan = plan
            try shell.run("assign ict-grant all; fy R5; assign seminar kind:town")
            try shell.run("save big.plan")
            let text = try folder.read("big.plan")
            let longest = ScenarioWriter.longestCommand(in: text)
            var assembler = LineAssembler()
            var assembled = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if let logical = try assembler.feed(String(line), number: 0) { assembled = max(assembled, logical.text.utf8.count) }
            }
            #expect(longest == assembled)
            #expect(longest > 20_000 * 25, "a code and a full-precision value are about 31 bytes")
            #expect(longest * 6 < InputLimits.commandLine, "the limit leaves room for six times as many bodies")
            let fresh = try Self.interpreter(bodies: 20_000, workingDirectory: folder.path)
            try fresh.run("run big.plan")
            #expect(fresh.session.plan == shell.session.plan)
        }
    }

    @Test("1,000 snapshots are kept in the order taken; a new name past that is refused, a name taken again is not")
    func manySnapshots() throws {
        let shell = try makeInterpreter()
        for i in 0..<SnapshotList.limit { try shell.run("snapshot s\(i)") }
        #expect(shell.failure("snapshot one-more")
                == "1000 snapshots are taken, the most a session keeps: replace one with snapshot NAME --force")
        try shell.run("assign advisor hinoemata")
        // 14,000 retakes: each replaces its snapshot and moves it to the end.
        var script = (0..<14_000).map { "snapshot s\($0 % 7) --force" }
        script.append("snapshot s3 --force")
        #expect(shell.script(script).outcome.succeeded)
        let names = try #require(try shell.run("snapshots").tables.first).rows.map { $0.cells[0] }
        #expect(names.count == SnapshotList.limit)
        #expect(names.prefix(2) == [.text("s7"), .text("s8")])
        #expect(names.suffix(7) == ["s0", "s1", "s2", "s4", "s5", "s6", "s3"].map { .text($0) })
        // `diff` alone compares the last one taken: s3, the plan as it is now.
        #expect(try shell.run("diff").texts == ["s3 and now are the same plan"])
        #expect(try shell.run("diff s8").tables.count == 1)
    }
}

/// The bundled catalogue (districts, measures, KPIs) over `count` generated bodies: cities,
/// towns and villages dealt round the districts, with distinct romaji, for tests of
/// behaviour at a size the bundled 60 bodies do not reach. Later districts have larger
/// populations (less need), so a per-district minimum binds.
private func largeDataset(bodies count: Int) throws -> Dataset {
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
