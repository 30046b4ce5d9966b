import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Every numeric argument of every command (the registry lists them) fed extreme values:
/// nothing crashes, every failure is one line, and a value that is no number in range is
/// refused by name with the argument's range. Help and docs/numbers.md list each range.
@Suite("numeric arguments: extreme values", .serialized)
struct NumberPropertyTests {
    /// Where each argument goes in a command line (`{}`). A number a command declares
    /// without a line here fails `everyArgumentHasALine`, so none is left untried.
    static let lines: [(NumberArgument, String)] = [
        (.allocateCount, "allocate advisor {}"),
        (.minPerDistrict, "allocate advisor --min-per-district {}"),
        (.maxPerDistrict, "allocate advisor 5 spread --max-per-district {}"),
        (.budget, "allocate ict-grant 5 --cost population --budget {}"),
        (.timeLimit, "allocate ict-grant 5 --cost population --budget 100000 --time-limit {}"),
        (.capacity, "capacity advisor {}"),
        (.plannedValue, "set seminar {}"),
        (.target, "target e-application {}"),
        (.indicatorValue, "indicators set aging 073644 {}"),
        (.weight, "weight village {}"),
        (.expectedValue, "expect kpi seminar >= {}"),
        (.expectedCount, "expect count covered:advisor >= {}"),
        (.probabilityTarget, "simulate smart-city --runs 10; expect probability smart-city {} >= 0.5"),
        (.probability, "simulate smart-city --runs 10; expect probability smart-city >= {}"),
        (.runs, "simulate smart-city --runs {}"),
        (.seed, "simulate smart-city --runs 10 --seed {}"),
        (.seed, "expect forecast mynumber >= 50 --probability 0.5 --seed {}"),
        (.threads, "simulate smart-city --runs 10 --threads {}"),
    ]

    /// No number in any argument's range.
    static let refusedEverywhere = [
        "nan", "NaN", "inf", "-inf", "1e308", "-1e308", "1e19", "-1e300", "0x10", "１e３０９", "1,0", "1e", "--",
        String(repeating: "9", count: 400), "-" + String(repeating: "9", count: 30), "1e99999", "18446744073709551616",
    ]

    /// Edge values that some arguments take and others refuse.
    static let edges = [
        "9223372036854775807", "-9223372036854775808", "-0", "0", "１９", "4.5", "50%", "1e15", "1e-320", "−1", "1000001",
        "100000001", "1,000,000", "18446744073709551615", "1e6", "",
    ]

    @Test("every numeric argument the registry declares has a line to try it in")
    func everyArgumentHasALine() {
        for spec in CommandRegistry.all {
            for argument in spec.numbers {
                #expect(Self.lines.contains { $0.0 == argument && $0.1.hasPrefix(spec.name) || $0.0 == argument && $0.1.contains("; \(spec.name) ") },
                        "\(spec.name) \(argument.name) has no line in NumberPropertyTests.lines")
            }
        }
    }

    @Test("extreme values in every numeric argument: no crash, one-line errors, out-of-range refused by name")
    func extremeValues() throws {
        var tried = 0
        for (argument, template) in Self.lines {
            for value in Self.refusedEverywhere + Self.edges {
                let shell = try makeInterpreter()
                let before = shell.session.plan
                let line = template.replacingOccurrences(of: "{}", with: Lexer.quote(value))
                tried += 1
                do {
                    try shell.execute(line: line) { _ in }
                    #expect(!Self.refusedEverywhere.contains(value), "\(line) succeeded")
                } catch {
                    let message = error.description
                    #expect(!message.isEmpty && !message.contains("\n"), "\(line) → \(message)")
                    if Self.refusedEverywhere.contains(value) {
                        // `allocate advisor nan`: "unexpected 'nan' (N is a whole number from 0 to 1,000,000; …)".
                        #expect(message.contains(argument.name) && message.contains(argument.expected), "\(line) → \(message)")
                        #expect(shell.session.plan == before, "\(line)")
                    }
                }
            }
        }
        #expect(tried == Self.lines.count * (Self.refusedEverywhere.count + Self.edges.count))
    }

    @Test("the KPI table prints the largest targets and values unmangled (not 'short by 1e+,300')")
    func largestFigures() throws {
        let bundled = try bundledDataset()
        let kpis = bundled.kpis.map { k in
            KPI(id: k.id, measure: k.measure, kind: k.kind, target: k.id == "e-application" ? 1e15 : k.target, unit: k.unit,
                fiscalYear: k.fiscalYear, items: k.items, text: k.text, note: k.note, conflict: k.conflict)
        }
        let dataset = Dataset(name: bundled.name, prefecture: bundled.prefecture, source: bundled.source,
                              firstFiscalYear: bundled.firstFiscalYear, centre: bundled.centre, bodies: bundled.bodies,
                              districts: bundled.districts, items: bundled.items, measures: bundled.measures, kpis: kpis,
                              directory: bundled.directory)
        let shell = try makeInterpreter(over: dataset)
        try shell.run("set e-application 0.5")
        let text = try shell.run("kpi").rendered()
        #expect(text.contains(" 1,000,000,000,000,000.0 "), "\(text)")
        #expect(text.contains("short by 999,999,999,999,999.50"), "\(text)")
        #expect(!text.contains(",+") && !text.contains("e,"), "\(text)")
        try shell.run("set e-application 999,999,999,999,999")
        #expect(try shell.run("kpi").rendered().contains("999,999,999,999,999"))
    }

    @Test("help COMMAND lists each of its numbers with the range", arguments: CommandRegistry.all.filter { !$0.numbers.isEmpty }.map(\.name))
    func helpListsRanges(name: String) throws {
        let spec = try #require(CommandRegistry.spec(name))
        let text = try HelpText.render(name)
        for argument in spec.numbers {
            #expect(text.contains("\n  \(DisplayWidth.pad(argument.name, to: 20))\(argument.expected): \(argument.meaning)"), "\(name) \(argument.name)")
        }
    }

    @Test("docs/numbers.md has a row for each numeric argument, with its range")
    func documented() throws {
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/numbers.md"), encoding: .utf8)
        let rows = doc.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for spec in CommandRegistry.all {
            for argument in spec.numbers {
                let range = argument.expected.replacingOccurrences(of: "a whole number from ", with: "whole, ")
                    .replacingOccurrences(of: "a number from ", with: "").replacingOccurrences(of: "a probability from ", with: "")
                #expect(rows.contains { $0.hasPrefix("| `\(spec.name)") && $0.contains("`\(argument.name)") && $0.contains("| \(range) |") },
                        "docs/numbers.md: no row for \(spec.name) \(argument.name) (\(range))")
            }
        }
    }
}
