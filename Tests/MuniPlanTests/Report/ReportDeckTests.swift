import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// The report as a page for a meeting: district outlines and names, labels that do not
/// overlap, scale and north arrow, a header with scenario and dates, unbroken legends,
/// headings in the reader's language, the plan cited.
@Suite("Report as a deck page")
struct ReportDeckTests {
    static func input(_ language: Language, measure: String? = nil, scenario: String? = "案A",
                      date: ReportDate? = ReportDate(year: 2025, month: 4, day: 1)) throws -> ReportInput {
        let dataset = try bundledDataset()
        let options = ReportOptions(measure: measure.flatMap(dataset.measure(id:)), currentYear: FiscalYear(2022),
                                    scenario: scenario, date: date)
        return ReportInput(plan: try ReportInputTests.plan(), dataset: dataset, boundaries: try reportBundledBoundaries(),
                           options: options, language: language)
    }

    /// The texts of every `<tag …>text</tag>` in `html`; `tag` may carry attributes
    /// (`text class="district-label"`).
    static func texts(of tag: String, in html: String) -> [String] {
        let name = tag.split(separator: " ").first.map(String.init) ?? tag
        return html.components(separatedBy: "<\(tag)").dropFirst().compactMap { part in
            guard let open = part.firstIndex(of: ">"), let close = part.range(of: "</\(name)>") else { return nil }
            return String(part[part.index(after: open)..<close.lowerBound])
        }
    }

    @Test func districtsAreOutlinedAndNamedOnTheMap() throws {
        let input = try Self.input(.japanese)
        let html = HTMLReport.render(input)
        let districts = try bundledDataset().districts.map(\.name)
        #expect(Self.texts(of: "text class=\"district-label\"", in: html).sorted() == districts.sorted())
        let geometry = MapGeometry(boundaries: input.boundaries, bodies: input.bodies)
        #expect(geometry.districts.map(\.name).sorted() == districts.sorted())
        for district in geometry.districts {
            #expect(district.anchor.x > 0 && district.anchor.x < 600 && district.anchor.y > 0 && district.anchor.y < 480, "\(district.name)")
            #expect(district.path.hasPrefix("M"))
        }
        // An outline leaves out the edges its municipalities share: far shorter than all their edges.
        let all = geometry.shapes.map(\.path.count).reduce(0, +)
        #expect(geometry.districts.map(\.path.count).reduce(0, +) < all)
        // Drawn on the main map and on each measure's small map.
        #expect(occurrences(of: "class=\"district\"", in: html) == 7 * (input.measureMaps.count + 1))
        #expect(html.contains("svg.map use.district { fill: none; stroke: #243b53; stroke-width: 1.8;"))
    }

    @Test func scaleBarAndNorthArrow() throws {
        let html = HTMLReport.render(try Self.input(.japanese))
        // Fukushima is about 170 km wide on a 600-unit map: 30 km is the longest round bar under 120 units.
        #expect(html.contains("<g class=\"scale-bar\" data-km=\"30\">"))
        #expect(html.contains("<text x=\"12.0\" y=\"459.0\">30 km</text>"))
        #expect(html.contains("<g class=\"north-arrow\">"))
        #expect(html.contains("<text x=\"578.0\" y=\"46.0\">北</text></g>"))
        #expect(HTMLReport.render(try Self.input(.english)).contains("<text x=\"578.0\" y=\"46.0\">N</text></g>"))
    }

    @Test func coveredBodiesAreLabelledWithoutOverlap() throws {
        var input = try Self.input(.japanese, measure: "advisor")
        // Ask for every municipality: only those that fit are written, none over another.
        input.map.labels = input.boundaries.codes
        let html = HTMLReport.render(input)
        let names = Self.texts(of: "text class=\"body-label\"", in: html)
        #expect(names.count > 10 && names.count < 59, "\(names.count) labels")
        let placed = html.components(separatedBy: "<text class=\"body-label\" x=\"").dropFirst().map { part -> MapDecorations.Box in
            let fields = part.split(separator: "\"")
            let name = Self.texts(of: "text", in: "<text" + part.drop { $0 != ">" }).first ?? ""
            let x = Double(fields[0]) ?? 0, y = Double(fields[2]) ?? 0
            return MapDecorations.box(name, at: .init(x: x, y: y), font: MapDecorations.bodyFont)
        }
        for (i, a) in placed.enumerated() {
            for b in placed[(i + 1)...] { #expect(!a.overlaps(b)) }
        }
        // Without --measure there are no body labels; the advisor's three are named.
        #expect(!HTMLReport.render(try Self.input(.japanese)).contains("body-label\" x"))
        let advisor = HTMLReport.render(try Self.input(.japanese, measure: "advisor"))
        #expect(Self.texts(of: "text class=\"body-label\"", in: advisor).count == 3)
    }

    @Test func legendsNeverBreakInsideAWord() throws {
        let html = HTMLReport.render(try Self.input(.japanese, measure: "advisor"))
        #expect(html.contains("ul.legend li { display: flex; align-items: center; gap: 6px; white-space: nowrap; }"))
        #expect(html.contains("<span class=\"label\">実施</span><span class=\"count\">3団体</span>"))
        #expect(html.contains("<span class=\"label\">未実施</span><span class=\"count\">56団体</span>"))
        #expect(!html.contains("::after { content: \" 団体\""))
    }

    @Test func headingsAreFullyJapaneseUnderJapanese() throws {
        let html = HTMLReport.render(try Self.input(.japanese))
        let headings = Self.texts(of: "h1", in: html) + Self.texts(of: "h2", in: html) + Self.texts(of: "dt", in: html)
        #expect(headings.count > 8)
        for heading in headings {
            #expect(!heading.unicodeScalars.contains { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }, "\(heading)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(HTMLReport.render(try Self.input(.english)).hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }

    @Test func headerNamesScenarioYearDataAndDate() throws {
        let ja = HTMLReport.render(try Self.input(.japanese))
        #expect(ja.contains("<dt>計画・シナリオ</dt><dd>案A</dd>"))
        #expect(ja.contains("<dt>年度</dt><dd>令和4年度</dd>"))
        #expect(ja.contains("<dt>データ時点</dt><dd>人口 令和２年国勢調査、計画 令和4年度</dd>"))
        #expect(ja.contains("<dt>作成日</dt><dd>2025年4月1日</dd>"))
        let en = HTMLReport.render(try Self.input(.english))
        #expect(en.contains("<dt>Report date</dt><dd>2025-04-01</dd>"))
        let plain = HTMLReport.render(try Self.input(.english, scenario: nil, date: nil))
        #expect(!plain.contains("<dt>Plan</dt>") && !plain.contains("<dt>Report date</dt>"))
    }

    @Test func thePlanIsCitedFirst() throws {
        let html = HTMLReport.render(try Self.input(.japanese))
        let sources = try #require(html.components(separatedBy: "<ul class=\"sources\">").last)
        let first = try #require(sources.components(separatedBy: "<li>").dropFirst().first)
        #expect(first.contains("<span class=\"subject\">事業・項目・指標</span>"))
        #expect(first.contains("福島県 デジタル変革（ＤＸ）推進基本方針及びデジタル化推進計画 令和４年度関連事業・取組一覧"))
        #expect(first.contains("（福島県 第４-１ 市町村支援・連携）"))
        #expect(occurrences(of: "令和４年度関連事業・取組一覧", in: sources) == 1)
        #expect(HTMLReport.render(try Self.input(.english)).contains("<span class=\"subject\">measures, items and KPIs</span>"))
    }

    @Test func everyMeasureHasItsMapAndDistrictRow() throws {
        let html = HTMLReport.render(try Self.input(.japanese))
        let count = try bundledDataset().measures.count
        #expect(occurrences(of: "<figure class=\"small-map\">", in: html) == count)
        #expect(Self.texts(of: "figcaption", in: html).contains("アドバイザー派遣 3/59"))
        #expect(html.contains("<table class=\"matrix\">"))
        #expect(!html.contains("svg class=\"bars\""))
        // Geometry is written once however many maps draw it.
        #expect(occurrences(of: "<path id=\"muni-", in: html) == 59)
        #expect(occurrences(of: "class=\"muni\"", in: html) == 59 * (count + 1))
        // Hover text on the main map only.
        #expect(occurrences(of: "<title>福島市（県北）", in: html) == 1)
    }

    @Test func sameInputAndDateSameBytes() throws {
        #expect(HTMLReport.bytes(try Self.input(.japanese)) == HTMLReport.bytes(try Self.input(.japanese)))
        #expect(HTMLReport.bytes(try Self.input(.japanese)) != HTMLReport.bytes(try Self.input(.japanese, date: ReportDate(year: 2025, month: 4, day: 2))))
    }

    @Test func reportDates() {
        #expect(ReportDate(parsing: "2025-04-01") == ReportDate(year: 2025, month: 4, day: 1))
        #expect(ReportDate(parsing: "2024-02-29")?.iso == "2024-02-29")
        for bad in ["2025-4-1", "2025-02-30", "2023-02-29", "25-04-01", "2025-13-01", "today", "", "２０２５-04-01"] {
            #expect(ReportDate(parsing: bad) == nil, "\(bad)")
        }
        #expect(ReportDate(epochSeconds: "0")?.iso == "1970-01-01")
        #expect(ReportDate(epochSeconds: "1743465600")?.iso == "2025-04-01")
        #expect(ReportDate(epochSeconds: "951868799")?.iso == "2000-02-29")
        #expect(ReportDate(epochSeconds: "-1") == nil && ReportDate(epochSeconds: "soon") == nil)
        #expect(ReportDate(year: 2025, month: 4, day: 1)?.text(in: .japanese) == "2025年4月1日")
    }
}
