import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Property tests over random edit sequences (fixed seeds): undo walks back through every
/// plan exactly, redo walks forward again, and a plan's diff with itself is empty.
@Suite("undo and diff over random edits")
struct UndoPropertyTests {

    static func edit(_ g: inout RandomSource, dataset: Dataset) -> String {
        let body = dataset.bodies.filter { $0.kind.isMunicipality }.randomElement(using: &g)!.code
        let measure = ["advisor", "ict-grant", "smart-city", "security-cloud"].randomElement(using: &g)!
        switch Int.random(in: 0..<9, using: &g) {
        case 0, 1: return "assign \(measure) \(body)"
        case 2: return "unassign \(measure) \(body)"
        case 3: return "fy R\(Int.random(in: 3...6, using: &g))"
        case 4: return "set seminar \(Int.random(in: 0...6, using: &g))"
        case 5: return "weight village \(Int.random(in: 0...3, using: &g))"
        case 6: return "capacity advisor \(Int.random(in: 19...30, using: &g))"
        case 7: return "allocate advisor \(Int.random(in: 1...10, using: &g)) --min-per-district 1"
        default: return "assign \(measure) district:会津"
        }
    }

    @Test("undo after any sequence of edits restores each earlier plan exactly", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func undoRestores(seed: UInt64) throws {
        let shell = try makeInterpreter()
        var g = RandomSource(seed: seed)
        var history = [shell.session.plan]
        for _ in 0..<80 {
            let line = Self.edit(&g, dataset: shell.session.dataset)
            // Some edits are refused (capacity, eligibility); that is part of the sequence.
            _ = try? shell.execute(line: line) { _ in }
            if shell.session.plan != history.last { history.append(shell.session.plan) }
        }
        let final = shell.session.plan
        for expected in history.dropLast().reversed() {
            try shell.execute(line: "undo") { _ in }
            #expect(shell.session.plan == expected)
        }
        #expect(shell.failure("undo") == "nothing to undo")
        for expected in history.dropFirst() {
            try shell.execute(line: "redo") { _ in }
            #expect(shell.session.plan == expected)
        }
        #expect(shell.session.plan == final)
    }

    @Test("the diff of a plan with itself is empty", arguments: [11, 12, 13] as [UInt64])
    func diffWithItself(seed: UInt64) throws {
        let shell = try makeInterpreter()
        var g = RandomSource(seed: seed)
        for _ in 0..<40 { _ = try? shell.execute(line: Self.edit(&g, dataset: shell.session.dataset)) { _ in } }
        let plan = shell.session.plan
        #expect(PlanDiff(from: plan, to: plan, dataset: shell.session.dataset).isEmpty)
        try shell.execute(line: "snapshot same") { _ in }
        #expect(try shell.run("diff same").texts == ["same and now are the same plan"])
    }
}
