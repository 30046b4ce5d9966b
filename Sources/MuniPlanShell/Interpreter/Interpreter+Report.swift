import MuniPlan

/// `report`: the HTML page with the map, the district chart and the tables.
extension Interpreter {
    func report(_ request: ReportRequest) throws(ShellError) -> String {
        let dataset = session.dataset
        guard let directory = dataset.directory else { throw .invalid("this data set has no boundaries to draw") }
        let measure = try request.measure.map { (id: String) throws(ShellError) in try session.measure(id) }
        let year = try request.fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        // Boundaries are read only when a map is drawn, from the data directory.
        let boundaries: Boundaries
        do { boundaries = try Boundaries.load(directory: directory) } catch { throw .invalid(error.description) }
        let input = ReportInput(plan: session.plan, dataset: dataset, boundaries: boundaries,
                                options: ReportOptions(measure: measure, fiscalYear: year, currentYear: session.year,
                                                       cumulative: request.cumulative))
        let bytes = HTMLReport.bytes(input)
        try write(bytes, to: request.path, force: request.force)
        return "wrote \(request.path) (\(boundaries.shapes.count) municipalities on the map, \(bytes.count) bytes)"
    }
}
