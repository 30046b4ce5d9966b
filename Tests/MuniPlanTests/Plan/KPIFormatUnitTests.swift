import Testing
@testable import MuniPlan

/// A KPI's target and unit read in the reader's language: the source's 団体, 回 and 件 as they
/// are in Japanese, their English words (with the singular) in English; a unit muniplan has no
/// word for is shown as the data gives it in both.
@Suite struct KPIFormatUnitTests {
    func kpi(_ kind: KPI.Kind, _ target: Double?, _ unit: String) -> KPI {
        KPI(id: "k", measure: "m", kind: kind, target: target, unit: unit, fiscalYear: FiscalYear(2022),
            items: [], text: "", note: nil, conflict: nil)
    }

    @Test("targets in both languages", arguments: [
        (KPI.Kind.bodies, 19.0, "団体", "19 bodies", "19団体"),
        (.bodies, 1, "団体", "1 body", "1団体"),
        (.cumulativeBodies, 42, "団体", "42 bodies (cumulative)", "42団体（累計）"),
        (.cumulativeBodies, 1, "団体", "1 body (cumulative)", "1団体（累計）"),
        (.events, 4, "回", "4 times", "4回"),
        (.volume, 11_000, "件", "11,000 cases", "11,000件"),
        (.rate, 61, "%", "61.0%", "61.0%"),
        (.volume, 5, "人", "5人", "5人"),
    ])
    func targets(kind: KPI.Kind, value: Double, unit: String, english: String, japanese: String) {
        let target = KPIFormat.target(kpi(kind, value, unit))
        #expect(target.text(in: .english) == english)
        #expect(target.text(in: .japanese) == japanese)
    }

    @Test("no target is a dash; the unit column in both languages")
    func unitsAndNone() {
        #expect(KPIFormat.target(kpi(.bodies, nil, "団体")).text(in: .english) == "—")
        #expect(KPIFormat.unit(kpi(.bodies, 19, "団体"), in: .english) == "bodies")
        #expect(KPIFormat.unit(kpi(.bodies, 19, "団体"), in: .japanese) == "団体")
        #expect(KPIFormat.unit(kpi(.events, 4, "回"), in: .english) == "times")
        #expect(KPIFormat.unit(kpi(.volume, 4, "件"), in: .english) == "cases")
        #expect(KPIFormat.unit(kpi(.volume, 4, "人"), in: .english) == "人")
    }
}
