import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `weights [clear|default]` prints the need formula, after clearing or restoring it.
@Suite struct WeightsTests {
    @Test("weights prints the formula in use with what each feature means")
    func shows() throws {
        let interpreter = try makeInterpreter()
        let lines = try interpreter.run("weights").texts.joined().split(separator: "\n")
        #expect(lines.first == "need = 1.00·small + 0.50·village + 0.25·town + 0.50·evac12 + 0.25·hamadori15 + 0.50·distance")
        #expect(lines.dropFirst().first == "  small                 1 − ln(pop+1)/ln(max pop+1): smaller → more need")
        #expect(lines.count == 7)
        #expect(interpreter.session.undoStack.count == 0)
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
