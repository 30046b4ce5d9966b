import Foundation
import MuniPlan
import Synchronization
import TestSupport
import Testing
@testable import MuniPlanShell

/// `allocate` at the prompt: what issue 4's "done when" asks, and the error paths a
/// planner meets.
@Suite("allocate")
struct AllocateTests {
    @Test("the words parse into the options the engine is asked for")
    func parsing() throws {
        var options = AllocateOptions(measure: "advisor")
        options.count = 19
        options.policy = .apportion(.hamilton, .bodies)
        options.minPerDistrict = 1
        options.exclude = ["福島市", "郡山市"]
        options.newOnly = true
        #expect(try parsed("allocate advisor 19 apportion hamilton --by bodies --min-per-district 1 --exclude 福島市 郡山市 --new-only", as: AllocateCommand.self)
                == AllocateCommand(options: options))
        #expect(try parsed("allocate advisor", as: AllocateCommand.self) == AllocateCommand(options: AllocateOptions(measure: "advisor")))
        let shell = try makeInterpreter()
        #expect(shell.failure("allocate advisor 19 spread --by bodies").hasPrefix("allocate: --by applies to apportion"))
        #expect(shell.failure("allocate advisor 19 by spread").hasPrefix("allocate: expected 'by need'"))
    }

    @Test("a measure without a capacity needs N")
    func needsCount() throws {
        let shell = try makeInterpreter()
        let message = shell.failure("allocate seminar")
        #expect(message.contains("needs N: the measure has no capacity"), "\(message)")
    }

    @Test("19 advisors by need, at least one per district: optimal, KPI met, undo restores")
    func advisorsByNeed() throws {
        let shell = try makeInterpreter()
        try shell.run("assign advisor 福島市")
        let before = shell.session.plan
        let printed = try shell.run("allocate advisor 19 by need --min-per-district 1")
        #expect(printed.texts.joined().contains("optimal"))
        let chosen = shell.session.plan.covered("advisor", in: FiscalYear(2022))
        #expect(chosen.count == 19)
        let districts = Set(chosen.compactMap { shell.session.dataset.body(code: $0)?.district })
        #expect(districts.count == 7)
        let kpi = try shell.run("kpi").tables[0]
        let advisorRow = try #require(kpi.rows.first { $0.cells.first == .text("advisor") })
        let status = try #require(kpi.columns.firstIndex { $0.id == "status" })
        #expect(advisorRow.cells[status] == .text("met"))
        try shell.run("undo")
        #expect(shell.session.plan == before)
    }

    @Test("with format csv, bodies covered:advisor lists exactly the chosen bodies")
    func coveredSelectorListsChoice() throws {
        let shell = try makeInterpreter()
        try shell.run("allocate advisor 19 --min-per-district 1")
        let chosen = shell.session.plan.covered("advisor", in: FiscalYear(2022))
        var printed = Printed()
        try shell.execute(line: "format csv; bodies covered:advisor") { printed.outputs.append($0) }
        let csv = printed.rendered(.csv)
        let rows = csv.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(Set(rows) == chosen)
        #expect(rows.count == 19)
    }

    @Test("an infeasible request says why and changes nothing",
          arguments: [
            ("allocate advisor 5 --min-per-district 1", "min 1 per district needs 7 bodies but N is 5"),
            ("allocate ict-grant 3 --budget 100 --cost population --require 福島市", "required bodies cost 282802 > budget 100"),
            ("allocate advisor 60", "only 59 bodies are eligible"),
            ("allocate advisor 3 --require assoc-1", "advisor cannot cover"),
            ("allocate advisor 3 --budget 10", "--budget and --cost go together"),
          ])
    func infeasible(line: String, reason: String) throws {
        let shell = try makeInterpreter()
        try shell.run("assign advisor 檜枝岐村")
        let before = shell.session.plan
        let message = shell.failure(line)
        #expect(message.contains(reason), "\(message)")
        #expect(shell.session.plan == before)
    }

    @Test("--new-only leaves out bodies covered in an earlier year")
    func newOnly() throws {
        let shell = try makeInterpreter()
        try shell.run("allocate advisor 19")
        let first = shell.session.plan.covered("advisor", in: FiscalYear(2022))
        try shell.run("fy R5")
        try shell.run("allocate advisor 19 --new-only")
        let second = shell.session.plan.covered("advisor", in: FiscalYear(2023))
        #expect(second.count == 19)
        #expect(first.isDisjoint(with: second))
    }

    @Test("apportion shows quotas and seats by district")
    func apportion() throws {
        let shell = try makeInterpreter()
        try shell.run("allocate advisor 19 apportion hamilton --by bodies")
        let counts = Dictionary(grouping: shell.session.plan.covered("advisor", in: FiscalYear(2022)).compactMap {
            shell.session.dataset.body(code: $0)?.district
        }, by: { $0 }).mapValues(\.count)
        // 59 municipalities, 19 seats by bodies: 県中 12 → quota 3.86 → 4 seats; いわき 1 → 0.32 → 0.
        #expect(counts["県中"] == 4)
        #expect(counts["いわき"] == nil)
        let explained = try shell.run("explain advisor").tables
        #expect(explained.contains { $0.name == "apportionment" })
    }

    @Test("every apportionment method is in help, in the error for a wrong one, and runs by name")
    func apportionMethods() throws {
        let shell = try makeInterpreter()
        let help = try shell.run("help allocate").texts.joined()
        let unknown = shell.failure("allocate advisor 19 apportion sainte-lague")
        #expect(unknown.contains("apportion needs a method: hamilton, dhondt, webster, huntington-hill"))
        for method in ApportionMethod.allCases {
            #expect(help.contains(method.rawValue), "\(method)")
            #expect(unknown.contains(method.rawValue), "\(method)")
            for basis in ApportionBasis.allCases {
                try shell.run("allocate advisor 19 apportion \(method.rawValue) --by \(basis.rawValue)")
                let table = try #require(try shell.run("explain advisor").tables.first { $0.name == "apportionment" })
                #expect(table.title == "\(method.rawValue) by \(basis.rawValue): 19 seats")
            }
        }
        let basis = shell.failure("allocate advisor 19 apportion dhondt --by area")
        #expect(basis.contains("--by takes population or bodies"))
    }

    @Test("Ctrl-C during a budget search stops it and leaves the plan as it was")
    func interrupted() throws {
        let calls = Mutex(0)
        let shell = try makeInterpreter()
        try shell.run("assign ict-grant 福島市")
        let before = shell.session.plan
        // The first check (before the command starts) passes; the engine's next one sees Ctrl-C.
        shell.settings.isInterrupted = { calls.withLock { n in n += 1; return n > 1 } }
        let message = shell.failure("allocate ict-grant 42 --budget 230660 --cost population")
        #expect(message == "interrupted")
        #expect(shell.session.plan == before)
    }
}
