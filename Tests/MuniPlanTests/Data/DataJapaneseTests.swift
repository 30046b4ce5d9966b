import TestSupport
import Testing
@testable import MuniPlan

/// What staff see in Japanese when a data file they edited is wrong: the location stays
/// `file:line:` in ASCII, the problem is in Japanese.
@Suite("Data problems in Japanese")
struct DataJapaneseTests {
    @Test("a wrong check digit in bodies.csv is located and said in Japanese")
    func wrongCheckDigit() throws {
        try withTemporaryData { data in
            let line = try data.replace("073644,檜枝岐村", with: "073645,檜枝岐村", in: DataLoader.bodiesFile)
            let issue = try #require(data.loadFailure().first { $0.line == line })
            #expect(issue.located(as: "Data/bodies.csv", in: .japanese)
                    == "Data/bodies.csv:\(line): 団体コード073645の検査数字が違います（正しくは073644）")
            #expect(issue.located(as: "Data/bodies.csv") == "Data/bodies.csv:\(line): wrong check digit in code 073645 (expected 073644)")
        }
    }

    @Test("a DataError in Japanese: the first problem and how many more")
    func firstAndMore() {
        let error = DataError([
            DataIssue(file: "districts.csv", line: 3, Message.Data.duplicateDistrict(district: "会津", first: 2)),
            DataIssue(file: "districts.csv", line: 4, Message.Data.empty(field: "romaji")),
        ])
        #expect(error.message.text(in: .japanese) == "districts.csv:3: 地域「会津」が重複しています（最初は2行）（ほか1件）")
        #expect(error.description == "districts.csv:3: duplicate district '会津' (first on line 2) (and 1 more)")
    }

    @Test("a missing column names the columns with the Japanese list separator")
    func missingColumns() {
        do throws(DataError) {
            _ = try CSVTable(bytes: Array("name\n会津\n".utf8), file: "districts.csv").columns(["name", "romaji", "bureau"])
            Issue.record("the columns are missing")
        } catch {
            #expect(error.message.text(in: .japanese) == "districts.csv:1: 列romaji、bureauがありません（見出し行：name）")
            #expect(error.description == "districts.csv:1: missing columns romaji, bureau (header: name)")
        }
    }

    @Test("an indicators file with an unknown code reads in Japanese")
    func indicatorUnknownCode() throws {
        let dataset = try bundledDataset()
        do throws(IndicatorError) {
            _ = try IndicatorLoader.load(bytes: Array("code,aging\n99999,1\n".utf8), file: "aging.csv", dataset: dataset)
            Issue.record("99999 is no body")
        } catch {
            #expect(error.message.text(in: .japanese) == "aging.csv:1: 不明な団体コード：99999（2行）")
        }
    }
}
