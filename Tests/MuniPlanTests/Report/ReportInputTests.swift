import TestSupport
import Testing
@testable import MuniPlan

/// The report's input assembled from a plan: what the map shades, what the bars count,
/// which tables it carries.
@Suite("Report input")
struct ReportInputTests {
    /// Three municipalities with advisor and ict-grant in FY2022, two more with ict-grant in FY2023.
    static func plan() throws -> Plan {
        let codes = try municipalityCodes(5)
        return makePlan([
            (2022, "advisor", Array(codes.prefix(3))), (2022, "ict-grant", Array(codes.prefix(3))),
            (2023, "ict-grant", Array(codes.suffix(2))),
        ])
    }

    static func input(_ options: ReportOptions) throws -> ReportInput {
        ReportInput(plan: try plan(), dataset: try bundledDataset(), boundaries: try reportBundledBoundaries(), options: options)
    }

    @Test("every measure: the map counts the measures covering each municipality, the association left out")
    func measureCount() throws {
        let dataset = try bundledDataset()
        let codes = try municipalityCodes(5)
        let input = try Self.input(ReportOptions(currentYear: FiscalYear(2022)))
        #expect(input.title == "\(dataset.name) — coverage")
        #expect(input.subtitle == "coverage in FY2022 (R4)")
        #expect(input.map.caption == "Measures covering each municipality (FY2022 (R4))")
        #expect(input.map.values.count == 59)
        #expect(input.map.values[codes[0]] == 2)
        #expect(input.map.values[codes[4]] == 0)
        #expect(input.map.details[codes[0]] == "advisor ict-grant")
        #expect(input.map.details[codes[4]] == "—")
        #expect(input.map.legend.map(\.label) == ["0 measures", "1 measure", "2 measures"])
        #expect(input.barCaption == "Share of municipalities covered, by district")
    }

    @Test("one measure: covered or not, named in the caption, subtitle and bar caption")
    func oneMeasure() throws {
        let dataset = try bundledDataset()
        let advisor = try #require(dataset.measure(id: "advisor"))
        let input = try Self.input(ReportOptions(measure: advisor, currentYear: FiscalYear(2022)))
        #expect(input.map.legend == [.init(value: 0, label: "not covered"), .init(value: 1, label: "covered")])
        #expect(input.map.caption == "advisor（FY2022 (R4)）")
        #expect(input.subtitle == "coverage in FY2022 (R4), advisor")
        #expect(input.barCaption.hasSuffix("（advisor）"))
        #expect(input.map.values.values.reduce(0, +) == 3)
        #expect(input.coverageTable.columns.map(\.id) == ["code", "name", "district", "advisor"])
        // The covered municipalities are the map's labels, in code order; no small maps.
        #expect(input.map.labels == Array(try municipalityCodes(3)))
        #expect(input.measureMaps.isEmpty && input.districtMatrix == nil)
    }

    @Test("the year asked for, cumulative or not, drives the map and both tables")
    func yearAndCumulative() throws {
        let codes = try municipalityCodes(5)
        let single = try Self.input(ReportOptions(fiscalYear: FiscalYear(2023), currentYear: FiscalYear(2022)))
        #expect(single.map.values[codes[0]] == 0)
        #expect(single.map.values[codes[4]] == 1)
        let cumulative = try Self.input(ReportOptions(fiscalYear: FiscalYear(2023), currentYear: FiscalYear(2022), cumulative: true))
        #expect(cumulative.subtitle == "coverage through FY2023 (R5)")
        #expect(cumulative.map.values[codes[0]] == 2)
        #expect(cumulative.map.values[codes[4]] == 1)
        let dataset = try bundledDataset()
        let plan = try Self.plan()
        let query = CoverageQuery(measures: dataset.measures, year: FiscalYear(2023), cumulative: true)
        #expect(cumulative.coverageTable == Coverage(plan, dataset: dataset, query: query).bodyTable())
        #expect(cumulative.kpiTable == KPITable.make(plan, dataset: dataset, year: FiscalYear(2023)))
        // No year asked for: coverage in the current year, each KPI in its own.
        let current = try Self.input(ReportOptions(currentYear: FiscalYear(2023)))
        #expect(current.map.values == single.map.values)
        #expect(current.kpiTable == KPITable.make(plan, dataset: dataset, year: nil))
    }

    @Test("with one measure a bar a district counts its municipalities covered by it")
    func bars() throws {
        let dataset = try bundledDataset()
        let advisor = try #require(dataset.measure(id: "advisor"))
        let input = try Self.input(ReportOptions(measure: advisor, currentYear: FiscalYear(2022)))
        #expect(input.districtBars.map(\.district) == dataset.districts.map(\.name))
        #expect(input.districtBars.map(\.total).reduce(0, +) == 59)
        #expect(input.districtBars.map(\.covered).reduce(0, +) == 3)
        let first = try #require(try municipalityCodes(1).first.flatMap(dataset.body(code:)))
        #expect(input.districtBars.first { $0.district == first.district }?.covered ?? 0 >= 1)
    }

    @Test("with every measure: a small map and a district row per measure, so one measure covering all says only that")
    func measureByMeasure() throws {
        let dataset = try bundledDataset()
        let input = try Self.input(ReportOptions(currentYear: FiscalYear(2022)))
        #expect(input.districtBars.isEmpty)
        #expect(input.measureMaps.count == dataset.measures.count)
        let advisor = try #require(input.measureMaps.first { $0.caption.hasPrefix("advisor ") })
        #expect(advisor.caption == "advisor 3/59")
        #expect(advisor.values.values.reduce(0, +) == 3)
        let matrix = try #require(input.districtMatrix)
        #expect(matrix.districts == dataset.districts.map(\.name))
        let row = try #require(matrix.rows.first { $0.label == "advisor" })
        #expect(row.cells.map(\.covered).reduce(0, +) == 3)
        #expect(row.cells.map(\.total).reduce(0, +) == 59)
        #expect(matrix.rows.first { $0.label == "seminar" }?.cells.map(\.covered).reduce(0, +) == 0)
    }

    @Test("the same plan gives the same page")
    func deterministic() throws {
        let options = ReportOptions(currentYear: FiscalYear(2022))
        #expect(HTMLReport.bytes(try Self.input(options)) == HTMLReport.bytes(try Self.input(options)))
    }
}
