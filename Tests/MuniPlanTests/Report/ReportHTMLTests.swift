import Foundation
import Testing
@testable import MuniPlan

/// The self-contained HTML report.
@Suite("Report HTML")
struct ReportHTMLTests {
    @Test func isASelfContainedJapanesePage() throws {
        let html = HTMLReport.render(try reportSampleInput())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.hasSuffix("</html>\n"))
        // No network: no scripts, links, images, imports or remote URLs.
        for forbidden in ["<script", "<link", "<img", "<iframe", "@import", "url(h", "url(/", "url(\"", "url('", "https://", "src="] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // The only references are to the page's own shapes.
        #expect(occurrences(of: "href=", in: html) == occurrences(of: "href=\"#", in: html))
        #expect(occurrences(of: "http://", in: html) == occurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", in: html))
        #expect(html.contains("@page { size: A4 portrait;"))
        #expect(html.contains("@media print"))
    }

    @Test func mapHasOneShapePerMunicipality() throws {
        let input = try reportSampleInput()
        let html = HTMLReport.render(input)
        // Each shape is defined once and drawn by reference; 7 district outlines besides.
        #expect(occurrences(of: "<path id=\"muni-", in: html) == 59)
        #expect(occurrences(of: "<path id=\"district-", in: html) == 7)
        let codes = html.components(separatedBy: "class=\"muni\" data-code=\"").dropFirst()
            .compactMap { $0.split(separator: "\"").first.map(String.init) }
        #expect(codes.count == 59)
        #expect(Set(codes).count == 59)
        #expect(codes == input.boundaries.codes)
        #expect(Set(codes) == Set(input.bodies.filter { $0.kind.isMunicipality }.map(\.code)))
        // Hover text: name, district and status.
        #expect(html.contains("<title>福島市（県北）: \(reportSampleValue("072010"))事業\n県庁所在地</title>"))
        // The association has no shape and is named under the map.
        #expect(html.contains("地図に表示されない団体: 要望のあった一部事務組合: 4事業"))
    }

    @Test func legendAndBarsAreThere() throws {
        let input = try reportSampleInput()
        let html = HTMLReport.render(input)
        for entry in input.map.legend { #expect(html.contains("<span class=\"label\">\(entry.label)</span>")) }
        let counted = (0...4).map { v in input.boundaries.codes.filter { reportSampleValue($0) == v }.count }
        #expect(counted.reduce(0, +) == 59)
        #expect(html.contains("<span class=\"label\">0事業</span><span class=\"count\">\(counted[0])団体</span>"))
        for bar in input.districtBars { #expect(html.contains("data-district=\"\(bar.district)\"")) }
        #expect(html.contains("data-district=\"県計\""))
        #expect(html.contains("svg class=\"bars\""))
    }

    @Test func tablesAndAttributionsAreThere() throws {
        let html = HTMLReport.render(try reportSampleInput())
        #expect(html.contains("KPI（指標）の状況 FY2022 (R4)"))
        #expect(html.contains("data-table=\"kpi\""))
        #expect(html.contains("data-table=\"coverage\""))
        #expect(html.contains("<tr class=\"total\">"))
        for text in ["令和２年国勢調査 速報集計 (総務省統計局)",
                     "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成", "CC BY 4.0", "デジタル庁",
                     "japancode", "MIT License", "Copyright (c) 2024 Kentaro Ozeki",
                     "Permission is hereby granted, free of charge"] {
            #expect(html.contains(text), "\(text)")
        }
    }

    @Test func sameInputSameBytes() throws {
        let input = try reportSampleInput()
        #expect(HTMLReport.bytes(input) == HTMLReport.bytes(input))
        #expect(HTMLReport.render(try reportSampleInput()) == HTMLReport.render(input))
    }

    @Test func textIsEscaped() throws {
        var input = try reportSampleInput(title: "<script>alert(1)</script> & 'x'", generated: "\"now\"")
        input.map.caption = "<b>map</b>"
        input.map.details = ["072010": "<i>detail</i>"]
        let html = HTMLReport.render(input)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;"))
        #expect(html.contains("&quot;now&quot;"))
        #expect(html.contains("&lt;b&gt;map&lt;/b&gt;"))
        #expect(html.contains("&lt;i&gt;detail&lt;/i&gt;"))
    }

    @Test func wideCoverageTablesSplitIntoPortraitParts() throws {
        var input = try reportSampleInput()
        #expect(occurrences(of: "<section class=\"coverage\">", in: HTMLReport.render(input)) == 1)
        let columns = ["code", "name", "district"].map { Table.Column($0) } + (1...10).map { Table.Column("m\($0)") }
        input.coverageTable = Table(name: "coverage", title: "T", columns: columns,
                                    rows: [.init((0..<13).map { .integer($0) })], footer: ["note"])
        let html = HTMLReport.render(input)
        #expect(occurrences(of: "<section class=\"coverage\">", in: html) == 2)
        #expect(html.contains("<h2>T（1/2）</h2>") && html.contains("<h2>T（2/2）</h2>"))
        // Each part keeps code, name and district; m1–m5, then m6–m10; the note once, at the end.
        #expect(occurrences(of: "data-col=\"code\"", in: html) == 2)
        #expect(occurrences(of: "data-col=\"m5\"", in: html) == 1 && occurrences(of: "data-col=\"m6\"", in: html) == 1)
        #expect(occurrences(of: "<p class=\"table-note\">note</p>", in: html) == 1)
        #expect(!html.contains("landscape"))
    }

    @Test func noDateUnlessPassedIn() throws {
        let html = HTMLReport.render(try reportSampleInput(generated: nil))
        #expect(!html.contains("class=\"generated\""))
    }

    @Test func bodiesWithoutValueAreNoData() throws {
        var input = try reportSampleInput()
        input.map.values["072010"] = nil
        let html = HTMLReport.render(input)
        #expect(html.contains("data-code=\"072010\" data-value=\"\" fill=\"url(#muniplan-nodata)\""))
        #expect(html.contains("<pattern id=\"muniplan-nodata\""))
        #expect(html.contains("福島市（県北）: データなし"))
        #expect(html.contains("<span class=\"label\">データなし</span><span class=\"count\">1団体</span>"))
    }

    @Test func colourScaleIsFixedAndOrdered() {
        #expect(ColorScale.colors(count: 2) == ["#e3e7eb", "#0c2c84"])
        #expect(ColorScale.colors(count: 5).count == 5)
        #expect(Set(ColorScale.colors(count: 11)).count == 11)
        #expect(ColorScale.textColor(on: "#0c2c84") == "#ffffff")
        #expect(ColorScale.textColor(on: "#e3e7eb") == "#1f2933")
    }

    @Test func layerBuilders() throws {
        let count = ReportInput.MapLayer.measureCount(caption: "c", values: ["072010": 3], maximum: 10)
        #expect(count.legend.count == 11)
        #expect(count.legend.last == .init(value: 10, label: "10事業"))
        let one = ReportInput.MapLayer.coverage(caption: "advisor", codes: ["072010", "072028"], covered: ["072028"])
        #expect(one.values == ["072010": 0, "072028": 1])
        #expect(one.legend.map(\.label) == ["対象外", "対象"])
        var input = try reportSampleInput()
        input.map = .coverage(caption: "advisor", codes: input.bodies.map(\.code), covered: ["072010"])
        let html = HTMLReport.render(input)
        #expect(html.contains("<title>福島市（県北）: 対象</title>"))
        #expect(occurrences(of: "data-value=\"1\" fill=\"#0c2c84\"", in: html) == 1)
        #expect(occurrences(of: "data-value=\"0\" fill=\"#e3e7eb\"", in: html) == 58)
    }

    @Test func barChartHandlesEmptyDistricts() {
        let chart = DistrictBarChart(bars: [.init(district: "A", covered: 0, total: 0), .init(district: "B", covered: 1, total: 4)],
                                     totalLabel: "計")
        let svg = chart.svg(ariaLabel: "x")
        #expect(svg.contains("0/0 (—)"))
        #expect(svg.contains("1/4 (25.0%)"))
        #expect(svg.contains("計: 1/4 (25.0%)"))
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }
}
