import MuniPlan

/// The results loaded as `save` writes them: one `actual set` a measure and year, bodies
/// by code in the data set's order, the whole first.
extension ScenarioWriter {
    func actualLines(_ actuals: Actuals, dataset: Dataset) -> [String] {
        actuals.groups.map { group in
            let results = actuals.results(group.measure, year: group.year)
            let codes: [String?] = [nil] + dataset.bodies.map(\.code)
            let pairs = codes.compactMap { code in
                results[code].map { ActualCommand.BodyResult(body: code ?? "total", result: Self.word($0)) }
            }
            return ActualCommand(.set(measure: group.measure, fy: Self.yearWord(group.year, session: session), results: pairs)).line
        }
    }

    private static func word(_ result: Actuals.Result) -> String {
        switch result {
        case let .covered(yes): yes ? "yes" : "no"
        case let .value(value): NumberText.shortest(value)
        }
    }
}
