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

    /// It commits last, after everything that can fail (`Session.editCoverage`).
    var changesOnlyOnSuccess: Bool { true }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.text(try interpreter.session.editCoverage(arguments, adding: true)))
    }
}
