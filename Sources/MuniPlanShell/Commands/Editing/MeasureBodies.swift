import MuniPlan

/// The arguments of `assign` and `unassign`: a measure and at least one body, as typed
/// (codes, names, selectors; resolved when the command runs).
struct MeasureBodies: Sendable, Equatable {
    let measure: String
    let bodies: [String]

    static let positionals = [PositionalSpec("MEASURE", .measure), PositionalSpec("BODY", .body, repeating: true)]

    init(measure: String, bodies: [String]) {
        self.measure = measure
        self.bodies = bodies
    }

    init(_ arguments: Arguments) throws(ShellError) {
        guard arguments.positionals.count >= 2 else { throw arguments.usageError(Message.Shell.missingArgument(argument: "BODY")) }
        measure = arguments.positionals[0].text
        bodies = arguments.positionals.dropFirst().map(\.text)
    }
}
