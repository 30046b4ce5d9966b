import MuniPlan

/// `unassign MEASURE BODY…`: stop covering bodies by a measure in the current year.
struct UnassignCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("unassign", group: .editing,
                                  summary: Message.Help.summaryUnassign,
                                  examples: ["unassign advisor 福島市", "unassign advisor all"],
                                  positionals: MeasureBodies.positionals,
                                  keywords: Message.Help.keywordsUnassign, runs: UnassignCommand.self)

    let arguments: MeasureBodies

    init(measure: String, bodies: [String]) { arguments = MeasureBodies(measure: measure, bodies: bodies) }

    init(_ arguments: Arguments) throws(ShellError) { self.arguments = try MeasureBodies(arguments) }

    var isQuick: Bool { true }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        // The session read in place, not copied: a copy retains each of its parts, a script line's worth.
        let (measure, bodies) = (arguments.measure, arguments.bodies)
        _ = try interpreter.session.measure(measure)
        let codes = try interpreter.session.resolve(bodies).codes
        let year = interpreter.session.year
        let before = interpreter.session.plan.covered(measure, in: year)
        let plan: Plan
        do {
            plan = try interpreter.session.plan.unassigning(codes, measure: measure, year: year, dataset: interpreter.session.dataset)
        } catch { throw .plan(error) }
        interpreter.session.commit(plan)
        let after = plan.covered(measure, in: year)
        // What was removed is among the selected codes: looked up one by one, not by a pass over the coverage.
        let removed = Set(codes.lazy.filter { before.contains($0) && !after.contains($0) })
        emit(.text(interpreter.changeSummary(measure, added: [], removed: removed, total: after.count)))
    }
}
