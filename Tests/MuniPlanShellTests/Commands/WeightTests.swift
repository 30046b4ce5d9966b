import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `weight FEATURE W` sets one term of the need score and prints the formula.
@Suite struct WeightTests {
    @Test("weight sets a feature's weight, 0 removes it, and the formula is printed")
    func sets() throws {
        let interpreter = try makeInterpreter()
        let text = try interpreter.run("weight city 2").texts.joined()
        #expect(text.hasPrefix("need = 1.00·small + 0.50·village"))
        #expect(text.contains(" + 2.00·city"))
        #expect(interpreter.session.plan.weights.weight(of: .kind(.city)) == 2)
        try interpreter.run("weight city 0")
        #expect(interpreter.session.plan.weights == .defaults)
        #expect(try interpreter.run("weight village -1").texts.joined().contains("− 1.00·village"))
    }

    @Test("in Japanese, weight's formula says what each feature measures in Japanese")
    func japaneseMeanings() throws {
        let interpreter = try makeInterpreter()
        try interpreter.run("lang ja")
        let text = try interpreter.run("weight city 2").texts.joined()
        #expect(text.contains("1 − ln(人口+1)/ln(最大人口+1)：小さい団体ほど必要度が高い"), "\(text)")
        #expect(!text.contains("smaller → more need"), "\(text)")
    }

    @Test("an unknown feature is refused with the list of features; the weights stay")
    func unknownFeature() throws {
        let interpreter = try makeInterpreter()
        let message = interpreter.failure("weight nosuch 1")
        #expect(message.hasPrefix("unknown feature 'nosuch' (features: city, town, village, small"))
        #expect(message.contains("uncovered:advisor"))
        #expect(interpreter.session.plan.weights == .defaults)
    }

    @Test("its line form (what save writes) quotes the feature and spells the weight shortest")
    func line() throws {
        let command = WeightCommand(feature: "uncovered:advisor", value: 0.5)
        #expect(command.line == "weight uncovered:advisor 0.5")
        #expect(try parsed(command.line) as? WeightCommand == command)
        #expect(WeightCommand(feature: "a b", value: 2).line == "weight 'a b' 2")
    }
}
