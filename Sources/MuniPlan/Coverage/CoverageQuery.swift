/// What a coverage question asks: which measures, which fiscal year, and whether a body
/// counts when covered in that year only or in any year through it (累計).
public struct CoverageQuery: Sendable, Equatable {
    /// In the order asked for, each once.
    public var measures: [Measure]
    public var year: FiscalYear
    public var cumulative: Bool

    public init(measures: [Measure], year: FiscalYear, cumulative: Bool = false) {
        self.measures = measures
        self.year = year
        self.cumulative = cumulative
    }

    /// The measures named by `ids`, each once in the order named (`coverage advisor advisor`
    /// is one column); none named means every measure in catalogue order.
    public static func measures(_ ids: [String], in dataset: Dataset) throws(PlanError) -> [Measure] {
        var measures: [Measure] = []
        for id in ids where !measures.contains(where: { $0.id == id }) {
            guard let measure = dataset.measure(id: id) else {
                throw dataset.unknownMeasure(id)
            }
            measures.append(measure)
        }
        return measures.isEmpty ? dataset.measures : measures
    }
}
