import TestSupport
import Testing
@testable import MuniPlan

/// `alias` in measures.toml: a short Japanese name for a measure, loaded and checked.
@Suite struct MeasureAliasTests {
    @Test("every bundled measure has an alias, and it names that measure back")
    func bundledAliases() throws {
        let dataset = try bundledDataset()
        for measure in dataset.measures {
            let alias = try #require(measure.alias, "\(measure.id) has no alias")
            #expect(dataset.measureID(for: alias) == measure.id)
            #expect(dataset.measureID(for: measure.name) == measure.id)
            #expect(dataset.measureID(for: measure.id) == measure.id)
        }
        #expect(dataset.measure(id: "advisor")?.alias == "アドバイザー派遣")
        #expect(dataset.measureID(for: "ｱﾄﾞﾊﾞｲｻﾞｰ派遣") == "advisor", "half-width katakana folds")
        #expect(dataset.measureID(for: "ADVISOR") == nil, "ids match exactly")
        #expect(dataset.measureID(for: "ａｄｖｉｓｏｒ") == "advisor", "full-width letters, as an IME types them, are the id")
        #expect(dataset.measureID(for: "ｉｃｔ－ｇｒａｎｔ") == "ict-grant")
        #expect(dataset.measureID(for: "ＡＤＶＩＳＯＲ") == nil, "in full width too, the id's case counts")
        #expect(dataset.measureID(for: "") == nil)
    }

    @Test("an alias another measure already uses is refused on its line")
    func duplicateAlias() throws {
        try withTemporaryData { data in
            let line = try data.replace("alias = \"デジタル人材\"", with: "alias = \"トップセミナー\"", in: "measures.toml")
            let issues = data.loadFailure()
            #expect(issues.count == 1, "\(issues.map(\.description))")
            #expect(issues.first?.line == line)
            #expect(issues.first?.message == "alias 'トップセミナー' already names measure 'seminar'")
        }
    }
}
