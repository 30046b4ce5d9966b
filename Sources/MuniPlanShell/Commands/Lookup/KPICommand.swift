import MuniPlan

/// `kpi [--fy FY]`: every KPI held against the plan; `kpi MEASURE [--by body|district]`: a
/// measure's observed rate.
struct KPICommand: ShellCommand, Equatable {
    static let spec = CommandSpec("kpi", group: .lookup,
                                  summary: Message.Help.summaryKpi,
                                  details: Message.Help.detailsKpi,
                                  examples: ["kpi", "kpi --fy R5", "kpi mynumber --by district"],
                                  positionals: [PositionalSpec("MEASURE", .measure, optional: true)],
                                  options: [OptionSpec("--fy", .fiscalYear, help: Message.Help.optionKpiFy),
                                            OptionSpec("--by", .keyword(["body", "district"]), help: Message.Series.optionKpiBy)],
                                  keywords: Message.Help.keywordsKpi, runs: KPICommand.self)

    /// As typed; nil: each KPI in its own year.
    let fy: String?

    /// A measure with an observed series: its observed rate instead of the plan's KPIs.
    var measure: String?
    var by: String?

    init(fy: String?) { self.fy = fy }

    init(_ arguments: Arguments) throws(ShellError) {
        fy = arguments.value("--fy")
        measure = arguments.positional(0)
        by = arguments.value("--by")
        if let by, !["body", "district"].contains(by) { throw arguments.usageError(Message.Series.kpiByWords) }
        if by != nil, measure == nil { throw arguments.usageError(Message.Series.kpiByNeedsMeasure) }
        // A measure's table is its observed rate, not the plan's KPIs of a year: --fy would be dropped.
        if fy != nil, measure != nil { throw arguments.usageError(Message.Series.kpiFyWithoutMeasure) }
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        if let measure {
            return emit(.table(try interpreter.observedKPITable(measure, by: by, language: interpreter.session.tableLanguage)))
        }
        emit(.table(try interpreter.kpiTable(fy: fy, language: interpreter.session.tableLanguage)))
    }
}
