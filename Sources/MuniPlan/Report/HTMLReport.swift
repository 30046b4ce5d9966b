/// The whole picture as one self-contained HTML page: no network (inline CSS and SVG),
/// UTF-8, `lang` of the reader's language. A header (title, scenario, year, the date of the
/// data and of the report); a choropleth map with district outlines and names, a scale and
/// a north arrow, its legend, and the district chart of the measure shown (or a district ×
/// measure table and a small map per measure); the KPI and coverage tables; the sources,
/// the Prefecture's plan first. Deterministic: the same input gives the same bytes (shapes
/// in file order, fixed number formatting, no clock).
public enum HTMLReport {
    /// A coverage table wider than this is split into parts that each keep the first
    /// `keptColumns` (code, name, district), so it prints on portrait A4.
    static let maxColumns = 9
    static let keptColumns = 3

    public static func render(_ input: ReportInput) -> String {
        typealias M = Message.Report
        let language = input.language
        let geometry = MapGeometry(boundaries: input.boundaries, bodies: input.bodies)
        let map = ChoroplethMap(geometry: geometry, bodies: input.bodies, layer: input.map, language: language)
        var out = head(title: input.title, language: language)
        out += header(title: input.title, subtitle: input.subtitle, facts: input.facts, generated: input.generated)
        out += "<main>\n" + geometry.definitions()
        out += "<section class=\"overview\">\n<figure class=\"map-panel\">\n"
        out += "<h2>\(HTMLText.escape(input.map.caption))</h2>\n"
        out += map.svg()
        out += "</figure>\n<div class=\"legend-block\">\n"
        out += "<h2>\(HTMLText.escape(M.headingLegend.text(in: language)))</h2>\n"
        out += map.legend()
        let offMap = map.offMapBodies()
        if !offMap.isEmpty {
            out += "<p class=\"off-map\">\(HTMLText.escape(M.offMapLead.text(in: language))): "
            out += "\(HTMLText.escape(offMap.joined(separator: "、")))</p>\n"
        }
        out += "</div>\n<div class=\"bars-block\">\n"
        if let matrix = input.districtMatrix {
            out += "<h2>\(HTMLText.escape(M.headingMatrix.text(in: language)))</h2>\n<div class=\"scroll\">\n"
            out += matrix.html(measureHeading: M.columnMeasure.text(in: language)) + "</div>\n"
        } else {
            let chart = DistrictBarChart(bars: input.districtBars, totalLabel: input.barTotalLabel)
            out += "<h2>\(HTMLText.escape(input.barCaption))</h2>\n"
            out += chart.svg(ariaLabel: input.barCaption)
        }
        out += "</div>\n</section>\n"
        if !input.measureMaps.isEmpty {
            out += smallMaps(input.measureMaps, geometry: geometry, bodies: input.bodies, language: language,
                             heading: M.headingByMeasure.text(in: language), className: "by-measure")
        }
        out += tableSection(input.kpiTable, className: "kpi", fallbackTitle: M.kpiHeading.text(in: language))
        for chart in input.trends { out += trendSection(chart) }
        for part in TableColumnSplit.parts(of: input.coverageTable, keeping: keptColumns, atMost: maxColumns, language: language) {
            out += tableSection(part, className: "coverage", fallbackTitle: M.headingCoverage.text(in: language))
        }
        out += sourcesSection(input.sources, language: language)
        out += foot()
        return out
    }

    /// The report as UTF-8 bytes, ready for `AtomicFile.write`.
    public static func bytes(_ input: ReportInput) -> [UInt8] {
        Array(render(input).utf8)
    }

    /// Maps sharing one legend (without counts), each with its caption: a map a measure,
    /// or a map a scenario.
    static func smallMaps(_ layers: [ReportInput.MapLayer], geometry: MapGeometry, bodies: [Body], language: Language,
                          heading: String, className: String) -> String {
        var out = "<section class=\"small-maps \(className)\">\n<h2>\(HTMLText.escape(heading))</h2>\n"
        if let first = layers.first {
            out += ChoroplethMap(geometry: geometry, bodies: bodies, layer: first, language: language).legend(counts: false)
        }
        out += "<div class=\"map-grid\">\n"
        for layer in layers {
            let map = ChoroplethMap(geometry: geometry, bodies: bodies, layer: layer, language: language, decorated: false)
            out += "<figure class=\"small-map\">\n<figcaption>\(HTMLText.escape(layer.caption))</figcaption>\n\(map.svg())</figure>\n"
        }
        out += "</div>\n</section>\n"
        return out
    }
}
