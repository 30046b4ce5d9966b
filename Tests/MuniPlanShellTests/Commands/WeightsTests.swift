import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `weights [clear|default]` prints the need formula, after clearing or restoring it.
@Suite struct WeightsTests {
    @Test("weights prints the formula in use as a table: a row a term with what it means")
    func shows() throws {
        let interpreter = try makeInterpreter()
        let table = try #require(try interpreter.run("weights").tables.first)
        #expect(table.title == "need = 1.00·small + 0.50·village + 0.25·town + 0.50·evac12 + 0.25·hamadori15 + 0.50·distance")
        #expect(table.columns.map(\.label) == ["feature", "weight", "meaning"])
        #expect(table.rows.first?.cells.map(\.display) == ["small", "1.00", "1 − ln(pop+1)/ln(max pop+1): smaller → more need"])
        #expect(table.rows.count == 6)
        #expect(interpreter.session.undoStack.count == 0)
    }

    @Test("format applies to weights: CSV a row a term; in Japanese the headings and meanings too")
    func formats() throws {
        let interpreter = try makeInterpreter()
        let csv = try interpreter.run("weights").rendered(.csv).split(separator: "\n")
        #expect(csv.first == "feature,weight,meaning")
        #expect(csv.dropFirst().first?.hasPrefix("small,1.00,") == true)
        try interpreter.run("lang ja")
        let table = try #require(try interpreter.run("weights").tables.first)
        #expect(table.title?.hasPrefix("必要度 = 1.00·small") == true)
        #expect(table.columns.map(\.label) == ["要素", "重み", "内容"])
        #expect(table.rows.first?.cells.last?.display != "1 − ln(pop+1)/ln(max pop+1): smaller → more need")
    }

    @Test("clear sets every weight to 0, default restores them; each is one undo step")
    func clearAndDefault() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("weights clear").texts
                == ["need = 0 (every weight is 0: allocation by need falls back to code order)"])
        #expect(interpreter.session.plan.weights.terms.isEmpty)
        try interpreter.run("weights defaults")
        #expect(interpreter.session.plan.weights == .defaults)
        try interpreter.run("undo")
        #expect(interpreter.session.plan.weights.terms.isEmpty)
    }

    @Test("an unknown action is a usage error")
    func unknownAction() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("weights bogus") == "weights: unknown action 'bogus' — usage: weights [clear|default]")
        #expect(interpreter.session.plan.weights == .defaults)
    }

    @Test("the actions parse into the command and their line forms back")
    func parsing() throws {
        for action in [WeightsCommand.Action.show, .clear, .defaults] {
            #expect(try parsed(WeightsCommand(action).line) as? WeightsCommand == WeightsCommand(action))
        }
        #expect(try parsed("weights default") as? WeightsCommand == WeightsCommand(.defaults))
    }
}
