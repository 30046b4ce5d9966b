import MuniPlan
import TestSupport
import Testing

/// How a KPI's actual is counted from results: each kind its own way, and nothing where
/// the results say nothing.
@Suite("actual: a KPI's actual from the results")
struct ActualKPITests {
    private let fy2022 = FiscalYear(2022)

    private func kpi(_ id: String, _ dataset: Dataset) throws -> KPI { try #require(dataset.kpis.first { $0.id == id }) }

    private func actuals(_ rows: [(String, FiscalYear, String?, Actuals.Result)]) -> Actuals {
        Actuals(Dictionary(uniqueKeysWithValues: rows.map { (Actuals.Key(measure: $0.0, year: $0.1, body: $0.2), $0.3) }))
    }

    @Test("bodies count the yes rows of the year; no rows of the measure is no actual")
    func bodies() throws {
        let dataset = try bundledDataset()
        let results = actuals([("advisor", fy2022, "072010", .covered(true)), ("advisor", fy2022, "072028", .covered(false)),
                               ("advisor", FiscalYear(2023), "072036", .covered(true))])
        let advisor = try kpi("advisor", dataset)
        #expect(ActualKPI.value(of: advisor, actuals: results, plan: Plan(), dataset: dataset, year: fy2022) == 1)
        #expect(ActualKPI.value(of: advisor, actuals: Actuals(), plan: Plan(), dataset: dataset, year: fy2022) == nil)
        #expect(ActualKPI.achievement(1, kpi: advisor).map { ($0 * 10).rounded() / 10 } == 5.3)
    }

    @Test("cumulative bodies count every yes through the year, with the plan's baseline")
    func cumulative() throws {
        let dataset = try bundledDataset()
        var plan = Plan()
        plan.setCovered(["072044"], measure: "ict-grant", year: FiscalYear(2021))
        let results = actuals([("ict-grant", FiscalYear(2022), "072010", .covered(true)), ("ict-grant", FiscalYear(2023), "072028", .covered(true)),
                               ("ict-grant", FiscalYear(2022), "072044", .covered(true))])
        let grant = try kpi("ict-grant-41", dataset)
        #expect(ActualKPI.value(of: grant, actuals: results, plan: plan, dataset: dataset, year: fy2022) == 2)
        #expect(ActualKPI.value(of: grant, actuals: results, plan: plan, dataset: dataset, year: FiscalYear(2023)) == 3)
    }

    @Test("a rate weights bodies by population; the whole's own row wins; events and volumes add up")
    func values() throws {
        let dataset = try bundledDataset()
        let fukushima = try #require(dataset.body(code: "072010")?.population), hinoemata = try #require(dataset.body(code: "073644")?.population)
        let rates = actuals([("mynumber", fy2022, "072010", .value(50)), ("mynumber", fy2022, "073644", .value(70))])
        let mynumber = try kpi("mynumber", dataset)
        let expected = (50 * Double(fukushima) + 70 * Double(hinoemata)) / Double(fukushima + hinoemata)
        #expect(ActualKPI.value(of: mynumber, actuals: rates, plan: Plan(), dataset: dataset, year: fy2022) == expected)
        var whole = rates
        whole.set(.value(43.9), for: Actuals.Key(measure: "mynumber", year: fy2022, body: nil))
        #expect(ActualKPI.value(of: mynumber, actuals: whole, plan: Plan(), dataset: dataset, year: fy2022) == 43.9)
        let uses = actuals([("e-application", fy2022, "072010", .value(100)), ("e-application", fy2022, "073644", .value(5))])
        #expect(ActualKPI.value(of: try kpi("e-application", dataset), actuals: uses, plan: Plan(), dataset: dataset, year: fy2022) == 105)
    }

    @Test("the KPI table is the same table when nothing is loaded")
    func unchanged() throws {
        let dataset = try bundledDataset()
        let table = KPITable.make(Plan(), dataset: dataset, year: nil)
        #expect(!table.columns.contains { $0.id == "actual" })
        var plan = Plan()
        plan.actuals = actuals([("advisor", fy2022, "072010", .covered(true))])
        #expect(KPITable.make(plan, dataset: dataset, year: nil).columns.map(\.id).suffix(5) == ["actual", "achievement", "gap", "status", "conflict"])
    }
}
