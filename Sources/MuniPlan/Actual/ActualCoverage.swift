/// The coverage table's marks against the results loaded: a planned body the results do
/// not report done (`FY2022 (not done)` / `令和4年度（未実施）`), and a body reported done
/// that the plan does not cover (`done (unplanned)` / `実施（計画外）`). Only measures whose
/// results report coverage in the query's year (or through it) are judged.
public struct ActualCoverage: Sendable {
    private let done: [String: Set<String>]

    public init(_ coverage: Coverage) {
        let actuals = coverage.plan.actuals
        var done: [String: Set<String>] = [:]
        for measure in coverage.measures
        where actuals.reportsCoverage(measure.id, year: coverage.year, cumulative: coverage.query.cumulative) {
            done[measure.id] = actuals.done(measure.id, year: coverage.year, cumulative: coverage.query.cumulative)
        }
        self.done = done
    }

    /// Nothing to mark: the table stays as it was without results.
    public var isEmpty: Bool { done.isEmpty }

    /// The cell as the plan has it (`planned`: the year first covered, or empty), marked.
    public func cell(_ planned: Table.Cell, code: String, measure: String, language: Language) -> Table.Cell {
        guard let done = done[measure] else { return planned }
        switch (planned == .empty, done.contains(code)) {
        case (false, false): return .text(Message.Actual.markNotDone(year: planned.plain).text(in: language))
        case (true, true): return .text(Message.Actual.markUnplanned.text(in: language))
        default: return planned
        }
    }

    /// Whether the results report the measure: only then are its bodies marked.
    public func judges(_ measure: String) -> Bool { done[measure] != nil }

    /// Of `bodies`, under a measure the results judge: planned and reported done, planned and
    /// not, and done though not planned (`planned`: the plan's covered set); nil where the
    /// results do not report the measure.
    public func tally(_ measure: String, planned: Set<String>, bodies: [Body]) -> (done: Int, notDone: Int, unplanned: Int)? {
        guard let done = done[measure] else { return nil }
        var counts = (done: 0, notDone: 0, unplanned: 0)
        for body in bodies {
            switch (planned.contains(body.code), done.contains(body.code)) {
            case (true, true): counts.done += 1
            case (true, false): counts.notDone += 1
            case (false, true): counts.unplanned += 1
            case (false, false): break
            }
        }
        return counts
    }

    /// Under the table: what the marks mean, when there are any.
    public func legend(language: Language) -> [String] {
        isEmpty ? [] : [Message.Actual.coverageLegend.text(in: language)]
    }
}

extension ActualCoverage {
    /// A measure's result columns in `coverage --by district`: planned and done, planned and
    /// not done, done though unplanned.
    static func districtColumns(_ measure: String, language: Language) -> [Table.Column] {
        typealias M = Message.Results
        return [Table.Column("\(measure)_done", label: M.columnDone(measure: measure).text(in: language), alignment: .right),
                Table.Column("\(measure)_not_done", label: M.columnNotDone(measure: measure).text(in: language), alignment: .right),
                Table.Column("\(measure)_unplanned", label: M.columnUnplanned(measure: measure).text(in: language), alignment: .right)]
    }
}
