import MuniPlan

/// `target [KPI [N|--clear] [--fy FY]]`: a KPI's target set in the plan, replacing the data's
/// (the nationwide data has none); alone, the targets in force and whose they are.
struct TargetCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("target", group: .editing,
                                  summary: Message.Target.summary,
                                  details: Message.Target.details,
                                  examples: ["target", "target advisor 19", "target ict-grant-42 45 --fy R6", "target online-rate 61.0",
                                             "target advisor", "target advisor --clear"],
                                  positionals: [PositionalSpec("KPI", .kpi, optional: true), PositionalSpec("N", .number(.target), optional: true)],
                                  options: [OptionSpec("--fy", .fiscalYear, help: Message.Target.optionFy),
                                            OptionSpec("--clear", help: Message.Target.optionClear)],
                                  keywords: Message.Target.keywords, runs: TargetCommand.self)

    enum Change: Sendable, Equatable {
        case set(Double)
        /// Back to the data's target, or none.
        case clear
    }

    /// As typed: a KPI id, or a measure with one KPI. nil lists every KPI.
    let kpi: String?
    /// nil only shows the KPI's target.
    let change: Change?
    /// As typed; nil keeps the KPI's own year.
    let fy: String?

    init(kpi: String?, change: Change?, fy: String?) {
        self.kpi = kpi
        self.change = change
        self.fy = fy
    }

    init(_ arguments: Arguments) throws(ShellError) {
        kpi = arguments.positional(0)
        fy = arguments.value("--fy")
        let clear = arguments.flag("--clear")
        if let word = arguments.positional(1) {
            if clear { throw arguments.usageError(Message.Target.clearWithValue) }
            change = .set(try arguments.decimal(word, .target))
        } else {
            change = clear ? .clear : nil
        }
        if clear, kpi == nil { throw arguments.usageError(Message.Target.clearNeedsKpi) }
        if fy != nil, change == nil { throw arguments.usageError(Message.Target.fyWithoutChange) }
    }

    /// What `save` writes for each target the plan sets.
    var line: String {
        var words = ["target"] + (kpi.map { [Lexer.quote($0)] } ?? [])
        switch change {
        case let .set(value)?: words.append(NumberText.shortest(value))
        case .clear?: words.append("--clear")
        case nil: break
        }
        if let fy { words += ["--fy", Lexer.quote(fy)] }
        return words.joined(separator: " ")
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let dataset = session.dataset
        guard let kpi else { return emit(.table(TargetTable.make(session.plan, dataset: dataset, language: session.tableLanguage))) }
        let year = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        let named: KPI
        do { named = try Plan.targetKPI(kpi, dataset: dataset) } catch { throw .plan(error) }
        guard let change else {
            return emit(.table(TargetTable.make(session.plan, dataset: dataset, only: [named.id], language: session.tableLanguage)))
        }
        let value: Double? = if case let .set(n) = change { n } else { nil }
        let plan: Plan
        do { plan = try session.plan.settingTarget(value, kpi: kpi, year: year, dataset: dataset) } catch { throw .plan(error) }
        let before = Self.held(named, plan: session.plan, dataset: dataset)
        let after = Self.held(named, plan: plan, dataset: dataset)
        interpreter.session.commit(plan)
        let was = before.target == nil ? interpreter.text(Message.Target.wasNone) : KPIFormat.target(before).text(in: interpreter.session.language)
        let message: Message = if value != nil {
            Message.Target.set(kpi: named.id, target: KPIFormat.target(after), year: after.fiscalYear, was: was)
        } else if after.target != nil {
            Message.Target.cleared(kpi: named.id, target: KPIFormat.target(after), year: after.fiscalYear)
        } else {
            Message.Target.clearedNone(kpi: named.id)
        }
        emit(.text(interpreter.text(message)))
    }

    /// The KPI as `plan` holds it (its target and year).
    private static func held(_ kpi: KPI, plan: Plan, dataset: Dataset) -> KPI {
        plan.kpis(in: dataset).first { $0.id == kpi.id } ?? kpi
    }
}
