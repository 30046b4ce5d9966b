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

    /// It commits last, after everything that can fail (`Session.editCoverage`).
    var changesOnlyOnSuccess: Bool { true }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.text(try interpreter.session.editCoverage(arguments, adding: false)))
    }
}
