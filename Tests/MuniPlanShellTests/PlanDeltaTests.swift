import MuniPlan
import Testing
@testable import MuniPlanShell

/// An undo entry keeps a `PlanDelta`, not the earlier plan: it must turn every part of a
/// plan back, and know every part there is.
@Suite struct PlanDeltaTests {
    /// The parts PlanDelta records. A stored property added to Plan fails `knowsEveryPart`
    /// until PlanDelta records it (and it is added here and to `changing`).
    static let parts = ["actuals", "capacities", "coverage", "indicators", "plannedValues", "targets", "weights"]

    @Test("Plan has no stored part that PlanDelta does not record")
    func knowsEveryPart() {
        let stored = Mirror(reflecting: Plan()).children.compactMap(\.label)
        #expect(stored.sorted() == Self.parts, "PlanDelta must record each part of Plan, or undo loses it")
    }

    @Test("a coverage that gains and loses at once, grows, shrinks or keeps its size, is turned back exactly",
          arguments: [["073644"], ["073644", "073679"], ["073679", "074021", "074055"], [], ["072010", "073644", "073679"]])
    func gainsAndLosses(later: Set<String>) {
        var before = Plan(), after = Plan()
        before.setCovered(["072010", "073644"], measure: "advisor", year: FiscalYear(2022))
        after.setCovered(later, measure: "advisor", year: FiscalYear(2022))
        #expect(PlanDelta(from: before, to: after).reverting(after) == before, "\(later.sorted())")
        #expect(PlanDelta(from: after, to: before).reverting(before) == after, "\(later.sorted())")
    }

    /// A plan with something in every part.
    static var earlier: Plan {
        var plan = Plan()
        plan.setCovered(["072010", "073644"], measure: "advisor", year: FiscalYear(2022))
        plan.setPlannedValue(3, kpi: "seminar", year: FiscalYear(2022))
        plan.capacities = ["advisor": 25]
        plan.weights.set(.kind(.city), 2)
        plan.indicators.set("staff", values: ["072010": 4])
        plan.actuals = Actuals([Actuals.Key(measure: "advisor", year: FiscalYear(2022), body: "072010"): .covered(true)])
        plan.targets["advisor"] = PlanTargets.Setting(value: 25, year: nil)
        return plan
    }

    /// `plan` with `part` changed and nothing else.
    static func changing(_ part: String, of plan: Plan) -> Plan {
        var plan = plan
        switch part {
        case "actuals": plan.actuals = Actuals()
        case "capacities": plan.capacities["advisor"] = 30
        case "coverage":
            plan.setCovered(["073644", "073679"], measure: "advisor", year: FiscalYear(2022))
            plan.setCovered(["072010"], measure: "ict-grant", year: FiscalYear(2023))
        case "indicators": plan.indicators.set("staff", values: ["072010": 5, "073644": 1])
        case "plannedValues":
            plan.setPlannedValue(nil, kpi: "seminar", year: FiscalYear(2022))
            plan.setPlannedValue(6, kpi: "seminar", year: FiscalYear(2024))
        case "targets":
            plan.targets["advisor"] = nil
            plan.targets["smart-city"] = PlanTargets.Setting(value: 5, year: FiscalYear(2024))
        case "weights": plan.weights.set(.small, 0)
        default: Issue.record("no change written for \(part)")
        }
        return plan
    }

    @Test("undo restores each part of the plan, and all of them changed at once", arguments: parts + ["all"])
    func undoRestores(part: String) throws {
        let earlier = Self.earlier
        let later = part == "all" ? Self.parts.reduce(earlier) { Self.changing($1, of: $0) } : Self.changing(part, of: earlier)
        #expect(later != earlier)
        #expect(PlanDelta(from: earlier, to: later).reverting(later) == earlier)
        // As undo keeps them: each as the change back to it from the plan above, the session's
        // plan (here the empty one) above the top.
        var stack = PlanStack()
        stack.append(earlier, over: later)
        stack.append(later, over: Plan())
        #expect(stack.popLast(from: Plan()) == later)
        #expect(stack.popLast(from: later) == earlier)
        #expect(stack.popLast(from: earlier) == nil)
    }
}
