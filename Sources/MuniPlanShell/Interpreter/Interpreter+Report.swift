import MuniPlan

/// `report`: the HTML page with the map, the district chart and the tables.
extension Interpreter {
    func report(_ request: ReportRequest) throws(ShellError) -> String {
        let dataset = session.dataset
        guard let directory = dataset.directory else { throw .invalid("this data set has no boundaries to draw") }
        let tables = try coverageTables(measures: request.measure.map { [$0] } ?? [], fy: request.fy, cumulative: request.cumulative)
        // Boundaries are read only when a map is drawn.
        let boundaries: Boundaries
        do { boundaries = try Boundaries.load(directory: directory) } catch { throw .invalid(error.description) }
        let year = tables.year
        let municipalities = dataset.bodies.filter { $0.kind.isMunicipality }
        let covered = Dictionary(uniqueKeysWithValues: tables.measures.map { ($0.id, tables.covered($0.id)) })
        var values: [String: Int] = [:]
        var details: [String: String] = [:]
        for body in municipalities {
            let ids = tables.measures.map(\.id).filter { covered[$0]!.contains(body.code) }
            values[body.code] = ids.count
            details[body.code] = ids.isEmpty ? "—" : ids.joined(separator: " ")
        }
        let legend: [ReportInput.LegendEntry]
        let caption: String
        if let id = request.measure {
            legend = [.init(value: 0, label: "対象外 (not covered)"), .init(value: 1, label: "対象 (covered)")]
            caption = "\(id)（\(session.describe(year))）"
        } else {
            let most = max(1, values.values.max() ?? 0)
            legend = (0...most).map { .init(value: $0, label: "\($0) 事業") }
            caption = "事業数 — measures covering each municipality（\(session.describe(year))）"
        }
        let bars = dataset.districts.map { d -> ReportInput.DistrictBar in
            let members = municipalities.filter { $0.district == d.name }
            return .init(district: d.name, covered: members.filter { (values[$0.code] ?? 0) > 0 }.count, total: members.count)
        }
        let input = ReportInput(
            title: "\(dataset.name) — coverage", subtitle: tables.title + (request.measure.map { ", \($0)" } ?? ""),
            bodies: dataset.bodies, boundaries: boundaries,
            map: .init(caption: caption, values: values, legend: legend, details: details),
            barCaption: "振興局別カバー率 — share of municipalities covered" + (request.measure.map { "（\($0)）" } ?? ""),
            districtBars: bars, kpiTable: try kpiTable(fy: request.fy), coverageTable: tables.bodyTable())
        let bytes = HTMLReport.bytes(input)
        try write(bytes, to: request.path, force: request.force)
        return "wrote \(request.path) (\(boundaries.shapes.count) municipalities on the map, \(bytes.count) bytes)"
    }
}
