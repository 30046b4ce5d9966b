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

    /// What `save` writes for each measure of a year: the codes, ten a line.
    var line: String { LineForm.wrapped("assign \(Lexer.quote(arguments.measure))", arguments.bodies.map(Lexer.quote)) }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let (measure, bodies) = (arguments.measure, arguments.bodies)
        _ = try session.measure(measure)
        let selection = try session.resolve(bodies)
        let before = session.plan.covered(measure, in: session.year)
        let plan: Plan
        do {
            plan = try session.plan.assigning(selection.codes, explicit: selection.named, measure: measure, year: session.year,
                                              dataset: session.dataset)
        } catch { throw .plan(error) }
        interpreter.session.commit(plan)
        let after = plan.covered(measure, in: session.year)
        emit(.text(interpreter.changeSummary(measure, added: after.subtracting(before), removed: [], total: after.count)))
    }
}
