import MuniPlan

/// `kpi [--fy FY]`: every KPI held against the plan.
struct KPICommand: ShellCommand, Equatable {
    static let spec = CommandSpec("kpi", group: .lookup,
                                  summary: Message.Help.summaryKpi,
                                  details: Message.Help.detailsKpi,
                                  examples: ["kpi", "kpi --fy R5"],
                                  options: [OptionSpec("--fy", .fiscalYear, help: Message.Help.optionKpiFy)],
                                  keywords: Message.Help.keywordsKpi, runs: KPICommand.self)

    /// As typed; nil: each KPI in its own year.
    let fy: String?

    init(fy: String?) { self.fy = fy }

    init(_ arguments: Arguments) { fy = arguments.value("--fy") }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(try interpreter.kpiTable(fy: fy, language: interpreter.session.tableLanguage)))
    }
}
