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

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let (measure, bodies) = (arguments.measure, arguments.bodies)
        _ = try session.measure(measure)
        let codes = try session.resolve(bodies).codes
        let before = session.plan.covered(measure, in: session.year)
        let plan: Plan
        do { plan = try session.plan.unassigning(codes, measure: measure, year: session.year, dataset: session.dataset) } catch { throw .plan(error) }
        interpreter.session.commit(plan)
        let after = plan.covered(measure, in: session.year)
        emit(.text(interpreter.changeSummary(measure, added: [], removed: before.subtracting(after), total: after.count)))
    }
}
