import MuniPlan

/// Running scenarios for `compare`: each in a fresh session over the same data, with this
/// session's file policy and folder (so paths in a scenario resolve as `run` resolves them).
extension Interpreter {
    /// The scenarios' outcomes in the order given. A scenario that fails is its located
    /// error, and this session is left as it was (nothing here touches it). Its notices
    /// (failed `expect`s, warnings) are passed on; what it prints otherwise is not.
    func runScenarios(_ files: [String], emit: (Output) -> Void) throws(ShellError) -> [ScenarioOutcome] {
        let names = files.map(ScenarioOutcome.name(ofFile:))
        for (i, name) in names.enumerated() {
            if let j = names[..<i].firstIndex(of: name) {
                throw .refused(Message.Compare.sameName(first: files[j], second: files[i], name: name))
            }
        }
        var outcomes: [ScenarioOutcome] = []
        var failed = 0
        for (file, name) in zip(files, names) {
            let fresh = Interpreter(session: Session(dataset: session.dataset, language: session.language), settings: settings)
            fresh.runStack = runStack
            fresh.simulationProgress = simulationProgress
            try fresh.runFile(file, keepGoing: false) { output in
                if case .notice = output { emit(output) }
            }
            failed += fresh.failedExpectations
            outcomes.append(fresh.outcome(named: name, file: file))
        }
        // Counted once every scenario ran: a script's exit status tells of them.
        failedExpectations += failed
        return outcomes
    }

    /// This session's plan as a compared scenario: its allocations, and its last simulation
    /// while that still describes the plan's coverage.
    func outcome(named name: String, file: String) -> ScenarioOutcome {
        let order = Dictionary(session.dataset.measures.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let allocations = session.allocations.keys.sorted().flatMap { year in
            (session.allocations[year] ?? [:]).sorted { (order[$0.key] ?? Int.max, $0.key) < (order[$1.key] ?? Int.max, $1.key) }
                .map { ScenarioAllocation(year: year, measure: $0.key, result: $0.value.result) }
        }
        let simulation = session.simulation.flatMap { $0.plan.coverage == session.plan.coverage ? $0.result : nil }
        return ScenarioOutcome(name: name, file: file, plan: session.plan, year: session.year, allocations: allocations,
                               simulation: simulation)
    }
}
