import MuniPlan

/// `set KPI VALUE|none`: the planned value of a KPI that does not count bodies, in the current year.
struct SetCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("set", group: .editing,
                                  summary: Message.Help.summarySet,
                                  details: Message.Help.detailsSet,
                                  examples: ["set seminar 4", "set online-rate 61.0", "set e-application 11000", "set mynumber 100", "set seminar none"],
                                  positionals: [PositionalSpec("KPI", .kpi), PositionalSpec("VALUE", .number(.plannedValue), shape: "VALUE|none")],
                                  keywords: Message.Help.keywordsSet, runs: SetCommand.self)

    let kpi: String
    /// nil (`none`) removes the planned value.
    let value: Double?

    init(kpi: String, value: Double?) {
        self.kpi = kpi
        self.value = value
    }

    init(_ arguments: Arguments) throws(ShellError) {
        kpi = arguments.positionals[0].text
        let word = arguments.positionals[1].text
        value = if word == "none" { nil } else { try arguments.decimal(word, .plannedValue) }
    }

    /// What `save` writes for each planned value of a year.
    var line: String { "set \(Lexer.quote(kpi)) \(value.map(NumberText.shortest) ?? "none")" }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let plan: Plan
        let kpi: KPI
        do {
            let planned = try Plan.plannedKPI(self.kpi, dataset: session.dataset)
            kpi = session.plan.kpis(in: session.dataset).first { $0.id == planned.id } ?? planned
            plan = try session.plan.settingValue(value, kpi: self.kpi, year: session.year, dataset: session.dataset)
        } catch { throw .plan(error) }
        interpreter.session.commit(plan)
        let shown = value.map { interpreter.text(KPIFormat.amount($0, kpi: kpi)) } ?? interpreter.text(Message.Edit.plannedNone)
        emit(.text(interpreter.text(Message.Edit.planned(kpi: kpi.id, year: session.dataset.yearLabel(session.year), value: shown,
                                                         target: KPIFormat.target(kpi)))))
    }
}
