import MuniPlan

/// `kpi [--fy FY]`: every KPI held against the plan.
struct KPICommand: ShellCommand, Equatable {
    static let spec = CommandSpec("kpi", group: .lookup,
                                  summary: "every KPI: target, the plan's value, gap and status; conflicts marked",
                                  details: """
                                  Each KPI is held against the plan in its own fiscal year (or the year given with
                                  --fy). Cumulative KPIs count the baseline and every year through that year. The
                                  source's own contradictions (ict-grant: 41 and 42) are both shown, marked as conflicts (※).
                                  """,
                                  examples: ["kpi", "kpi --fy R5"],
                                  options: [OptionSpec("--fy", .fiscalYear, help: "evaluate in this fiscal year")],
                                  runs: KPICommand.self)

    /// As typed; nil: each KPI in its own year.
    let fy: String?

    init(fy: String?) { self.fy = fy }

    init(_ arguments: Arguments) { fy = arguments.value("--fy") }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        emit(.table(try interpreter.kpiTable(fy: fy)))
    }
}
