import TestSupport
import Testing
@testable import MuniPlan

@Suite("Plan errors in Japanese")
struct PlanJapaneseTests {
    @Test("an unknown measure suggests the nearest id")
    func unknownMeasure() throws {
        let dataset = try bundledDataset()
        do throws(PlanError) {
            _ = try Plan().withCapacity(3, measure: "advisr", dataset: dataset)
            Issue.record("advisr is a typo")
        } catch {
            #expect(error.message.text(in: .japanese) == "不明な事業「advisr」：「advisor」のことですか？")
            #expect(error.description == "unknown measure 'advisr' — did you mean advisor?")
        }
    }

    @Test("going over a capacity names the year as 令和 and the command that raises it")
    func overCapacity() throws {
        let dataset = try bundledDataset()
        let codes = Array(dataset.bodies.filter(\.kind.isMunicipality).prefix(3).map(\.code))
        var plan = try Plan().withCapacity(2, measure: "advisor", dataset: dataset)
        do throws(PlanError) {
            _ = try plan.editCoverage(codes, adding: true, named: { _ in true }, measure: "advisor", year: FiscalYear(2022), dataset: dataset)
            Issue.record("3 bodies over a capacity of 2")
        } catch {
            #expect(error.message.text(in: .japanese)
                    == "advisorの上限は1年度あたり2団体です。このままでは令和4年度に3団体になります（上限を上げるには：capacity advisor N）")
            #expect(error.description
                    == "advisor covers at most 2 bodies a year; this would make 3 in FY2022 (R4) (raise it with: capacity advisor N)")
        }
    }

    @Test("a planned value out of range gives the range the Japanese way")
    func plannedValueRange() {
        #expect(PlanError.plannedValueOutOfRange.message.text(in: .japanese) == "計画値は0～1e15の数値で指定してください")
        #expect(PlanError.plannedValueOutOfRange.description == "a planned value must be a number from 0 to 1e15")
    }

    @Test("an invalid fiscal year lists the accepted forms")
    func invalidFiscalYear() {
        #expect(throws: FiscalYearError.self) { try FiscalYear.parse("R99") }
        #expect(FiscalYearError(text: "R99").message.text(in: .japanese)
                == "年度「R99」は使えません：2022、FY2022、R4、令和4年度、H30 のように指定してください")
    }
}

@Suite("Plan differences in Japanese")
struct PlanDiffJapaneseTests {
    @Test("a changed capacity reads in Japanese, the measure id as it is")
    func capacity() throws {
        let dataset = try bundledDataset()
        let after = try Plan().withCapacity(5, measure: "advisor", dataset: dataset)
        let diff = PlanDiff(from: Plan(), to: after, dataset: dataset)
        let ja = diff.table(describe: { $0.description }, language: .japanese)
        #expect(ja.columns.map(\.label) == ["変更", "年度", "対象", "追加", "削除"])
        #expect(ja.records.map { $0.cells[0].plain } == ["設定"])
        #expect(ja.records[0].cells[3].plain.hasPrefix("上限 advisor："))
        #expect(ja.records[0].cells[3].plain.hasSuffix(" → 5"))
        let en = diff.table(describe: { $0.description })
        #expect(en.records[0].cells.map(\.plain) == ["setting", "", "", "capacity advisor: default → 5", ""])
    }
}
