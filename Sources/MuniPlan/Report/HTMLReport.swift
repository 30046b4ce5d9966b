/// The whole picture as one self-contained HTML page: no network (inline CSS and SVG),
/// UTF-8, `lang="ja"`. A title; a choropleth map of the bodies with a legend and hover
/// status; a bar chart of coverage by district; the KPI and coverage tables; the data
/// sources with their attribution texts. Deterministic: the same input gives the same
/// bytes (shapes in file order, fixed number formatting, no clock).
public enum HTMLReport {
    /// Fixed headings (the report is for Japanese-speaking staff).
    static let legendHeading = "凡例"
    static let sourcesHeading = "データの出典・帰属表示"
    static let offMapLead = "地図に表示されない団体"
    /// Tables with more columns than this print on landscape A4.
    static let landscapeColumns = 9

    public static func render(_ input: ReportInput) -> String {
        let map = ChoroplethMap(boundaries: input.boundaries, bodies: input.bodies, layer: input.map)
        let chart = DistrictBarChart(bars: input.districtBars, totalLabel: input.barTotalLabel)
        var out = """
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(input.title))</title>
        <style>
        \(ReportStylesheet.css)
        </style>
        </head>
        <body>
        <div class="page">
        <header class="report-header">
        <h1>\(HTMLText.escape(input.title))</h1>

        """
        if let subtitle = input.subtitle, !subtitle.isEmpty {
            out += "<p class=\"subtitle\">\(HTMLText.escapeLines(subtitle))</p>\n"
        }
        if let generated = input.generated, !generated.isEmpty {
            out += "<p class=\"generated\">\(HTMLText.escape(generated))</p>\n"
        }
        out += "</header>\n<main>\n"

        out += "<section class=\"overview\">\n<figure class=\"map-panel\">\n"
        out += "<h2>\(HTMLText.escape(input.map.caption))</h2>\n"
        out += map.svg()
        out += "</figure>\n<div class=\"legend-block\">\n"
        out += "<h2>\(legendHeading)</h2>\n"
        out += map.legend()
        let offMap = map.offMapBodies()
        if !offMap.isEmpty {
            out += "<p class=\"off-map\">\(offMapLead): \(HTMLText.escape(offMap.joined(separator: "、")))</p>\n"
        }
        out += "</div>\n<div class=\"bars-block\">\n"
        out += "<h2>\(HTMLText.escape(input.barCaption))</h2>\n"
        out += chart.svg(ariaLabel: input.barCaption)
        out += "</div>\n</section>\n"

        out += tableSection(input.kpiTable, className: "kpi", fallbackTitle: Message.Report.kpiHeading.text(in: input.language))
        // A wide coverage table prints on landscape pages.
        let coverageClass = input.coverageTable.columns.count > landscapeColumns ? "coverage wide" : "coverage"
        out += tableSection(input.coverageTable, className: coverageClass, fallbackTitle: "カバー状況")
        out += sourcesSection(input.sources)
        out += "</main>\n<footer class=\"report-footer\">muniplan</footer>\n</div>\n</body>\n</html>\n"
        return out
    }

    /// The report as UTF-8 bytes, ready for `AtomicFile.write`.
    public static func bytes(_ input: ReportInput) -> [UInt8] {
        Array(render(input).utf8)
    }

    static func tableSection(_ table: Table, className: String, fallbackTitle: String) -> String {
        let title = table.title.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackTitle
        var out = "<section class=\"\(className)\">\n<h2>\(HTMLText.escape(title))</h2>\n<div class=\"scroll\">\n"
        out += HTMLTableRenderer.fragment(table, caption: false)
        out += "</div>\n</section>\n"
        return out
    }

    static func trimmingTrailingNewlines(_ text: String) -> String {
        var s = text[...]
        while let last = s.last, last == "\n" || last == "\r" || last == "\r\n" { s = s.dropLast() }
        return String(s)
    }

    static func sourcesSection(_ sources: [ReportSource]) -> String {
        guard !sources.isEmpty else { return "" }
        var out = "<section class=\"sources\">\n<h2>\(sourcesHeading)</h2>\n<ul class=\"sources\">\n"
        for source in sources {
            out += "<li><span class=\"subject\">\(HTMLText.escape(source.subject))</span>: "
            out += "<span class=\"attribution\">\(HTMLText.escape(source.attribution))</span>"
            if let detail = source.detail, !detail.isEmpty {
                out += " <span class=\"licence\">（\(HTMLText.escape(detail))）</span>"
            }
            if let text = source.licenceText, !text.isEmpty {
                out += "\n<pre class=\"licence-text\">\(HTMLText.escape(trimmingTrailingNewlines(text)))</pre>"
            }
            out += "</li>\n"
        }
        out += "</ul>\n</section>\n"
        return out
    }
}
