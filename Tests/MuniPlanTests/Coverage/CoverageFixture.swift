import TestSupport
@testable import MuniPlan

/// A small prefecture for the coverage tests. 北 has a city of 100,000 and a village of
/// 1,000; 南 a town of 9,000; 西 a village of 500 that nothing covers; an association has
/// no district and no population. `advisor` serves municipalities only, `cloud` every body.
enum CoverageFixture {
    static let city = makeBody("07201", "北市", kana: "きたし", romaji: "kita", kind: .city, district: "北", population: 100_000)
    static let village = makeBody("07202", "北村", kana: "きたむら", romaji: "kitamura", kind: .village, district: "北", population: 1_000)
    static let town = makeBody("07203", "南町", kana: "みなみまち", romaji: "minami", kind: .town, district: "南", population: 9_000)
    static let remote = makeBody("07204", "西村", kana: "にしむら", romaji: "nishi", kind: .village, district: "西", population: 500)
    static let association = Body(code: "assoc", name: "北南組合", kana: "きたみなみくみあい", romaji: "kitaminami",
                                  kind: .association, district: nil, population: nil, latitude: nil, longitude: nil, groups: [])

    static let advisor = measure("advisor", eligible: [.city, .town, .village])
    static let cloud = measure("cloud", eligible: Set(BodyKind.allCases))

    static func measure(_ id: String, eligible: Set<BodyKind>) -> Measure {
        Measure(id: id, name: id, project: id, division: "", summary: "", items: [], eligibleKinds: eligible, defaultCapacity: nil)
    }

    /// advisor: three bodies (累計) by FY2023; cloud: two bodies in FY2022.
    static let kpis = [
        KPI(id: "advisor-total", measure: "advisor", kind: .cumulativeBodies, target: 3, unit: "団体", fiscalYear: FiscalYear(2023),
            items: [], text: "", note: nil, conflict: nil),
        KPI(id: "cloud", measure: "cloud", kind: .bodies, target: 2, unit: "団体", fiscalYear: FiscalYear(2022),
            items: [], text: "", note: nil, conflict: nil),
    ]

    static let dataset = makeDataset([city, village, town, remote, association], measures: [advisor, cloud], kpis: kpis)

    /// advisor: 北市 in the baseline year (FY2021), 北村 in FY2022, 南町 in FY2023;
    /// cloud: 北市 and the association in FY2022.
    static let plan = makePlan([
        (2021, "advisor", [city.code]), (2022, "advisor", [village.code]), (2023, "advisor", [town.code]),
        (2022, "cloud", [city.code, association.code]),
    ])

    static func coverage(_ measures: [Measure] = [advisor, cloud], year: Int, cumulative: Bool = false) -> Coverage {
        Coverage(plan, dataset: dataset, query: CoverageQuery(measures: measures, year: FiscalYear(year), cumulative: cumulative))
    }
}
