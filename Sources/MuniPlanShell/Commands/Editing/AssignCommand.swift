import MuniPlan

/// `assign MEASURE BODY…`: cover bodies by a measure in the current year.
struct AssignCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("assign", group: .editing,
                                  summary: Message.Help.summaryAssign,
                                  details: Message.Help.detailsAssign,
                                  examples: ["assign advisor 檜枝岐村 hinoemata", "assign security-cloud all", "assign ict-grant district:会津"],
                                  positionals: MeasureBodies.positionals,
                                  keywords: Message.Help.keywordsAssign, runs: AssignCommand.self)

    let arguments: MeasureBodies

    init(measure: String, bodies: [String]) { arguments = MeasureBodies(measure: measure, bodies: bodies) }

    init(_ arguments: Arguments) throws(ShellError) { self.arguments = try MeasureBodies(arguments) }

    var isQuick: Bool { true }

    /// What `save` writes for each measure of a year: the codes, ten a line.
    var line: String { LineForm.wrapped("assign \(Lexer.quote(arguments.measure))", arguments.bodies.map(Lexer.quote)) }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        // The session read in place, not copied: a copy retains each of its parts, a script line's worth.
        let (measure, bodies) = (arguments.measure, arguments.bodies)
        _ = try interpreter.session.measure(measure)
        let selection = try interpreter.session.resolve(bodies)
        let year = interpreter.session.year
        let before = interpreter.session.plan.covered(measure, in: year)
        let plan: Plan
        do {
            plan = try interpreter.session.plan.assigning(selection.codes, explicit: selection.named, measure: measure, year: year,
                                                          dataset: interpreter.session.dataset)
        } catch { throw .plan(error) }
        interpreter.session.commit(plan)
        let after = plan.covered(measure, in: year)
        // What was added is among the selected codes: looked up one by one, not by a pass over the coverage.
        let added = Set(selection.codes.lazy.filter { after.contains($0) && !before.contains($0) })
        emit(.text(interpreter.changeSummary(measure, added: added, removed: [], total: after.count)))
    }
}
