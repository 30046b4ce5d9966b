import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `format` switches every table between terminal table, CSV, TSV, Markdown and JSON.
/// Machine formats hold one row per record: no subtotals, no totals.
@Suite struct FormatTests {
    struct CSVError: Error { let message: String }

    func output(_ line: String) throws -> String {
        let interpreter = try makeInterpreter()
        let printed = try interpreter.run(line)
        return printed.rendered(interpreter.session.format)
    }

    @Test("format csv; bodies: a header and 60 body rows, nothing else")
    func csv() throws {
        let text = try output("format csv; bodies")
        let records = parseCSV(text)
        #expect(records.first == ["code", "name", "kana", "romaji", "kind", "district", "population", "groups"])
        let rows = records.dropFirst()
        #expect(rows.count == 60)
        #expect(rows.allSatisfy { $0.count == 8 })
        #expect(rows.allSatisfy { !$0[0].isEmpty }, "a row without a code (a subtotal?)")
        #expect(!text.contains("計"))
        #expect(rows.first == ["072010", "福島市", "ふくしまし", "fukushima", "city", "県北", "282802", ""])
        #expect(rows.contains(["073644", "檜枝岐村", "ひのえまたむら", "hinoemata", "village", "南会津", "507", ""]))
    }

    @Test("selectors narrow machine output too")
    func csvSelected() throws {
        let records = parseCSV(try output("format csv; bodies district:南会津"))
        #expect(records.dropFirst().map { $0[0] } == ["073628", "073644", "073679", "073687"])
    }

    @Test("format tsv: tab-separated, one line a body")
    func tsv() throws {
        let lines = try output("format tsv; bodies").split(separator: "\n")
        try #require(lines.count == 61)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 8 })
        #expect(lines[0] == "code\tname\tkana\tromaji\tkind\tdistrict\tpopulation\tgroups")
    }

    @Test("format json parses, with one object a body")
    func json() throws {
        let text = try output("format json; bodies")
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let document = try #require(object as? [String: Any])
        #expect(document["schema"] as? String == "muniplan.bodies/2")
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.count == 60)
        let hinoemata = try #require(rows.first { $0["code"] as? String == "073644" })
        #expect(hinoemata["name"] as? String == "檜枝岐村")
        #expect(hinoemata["population"] as? Int == 507)
    }

    @Test("every listing is valid JSON", arguments: ["bodies", "districts", "items", "measures", "kpi", "snapshots", "indicators"])
    func jsonEverywhere(command: String) throws {
        let text = try output("format json; \(command)")
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
    }

    @Test("format md: a Markdown table that keeps the subtotals")
    func markdown() throws {
        let lines = try output("format md; bodies district:南会津").split(separator: "\n").map(String.init)
        try #require(lines.count >= 2)
        #expect(lines[0] == "| code | name | kana | romaji | kind | district | population | groups |")
        #expect(lines[1] == "| --- | --- | --- | --- | --- | --- | ---: | --- |")
        #expect(lines.count == 2 + 4 + 1)
        #expect(lines.last?.contains("**24,268**") == true)
    }

    @Test("format table keeps district subtotals and a total")
    func table() throws {
        let text = try output("bodies")
        for district in ["県北", "県中", "県南", "会津", "南会津", "相双", "いわき"] {
            #expect(text.contains("\(district) total"), "\(district) subtotal missing")
        }
        #expect(text.contains("福島県 total"))
        #expect(text.contains("60 bodies"))
        #expect(text.contains("1,834,198"))
    }

    @Test("format without a word names the current one; setting it prints nothing")
    func formatQuery() throws {
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("format").texts == ["format table"])
        #expect(try interpreter.run("format CSV").outputs.isEmpty)
        #expect(interpreter.session.format == .csv)
        #expect(try interpreter.run("format").texts == ["format csv"])
    }

    @Test("format names a format in any case, or none; any other word is a usage error")
    func parsing() throws {
        #expect(try parsed("FORMAT csv") as? FormatCommand == FormatCommand(format: .csv))
        #expect(try parsed("format") as? FormatCommand == FormatCommand(format: nil))
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("format xml") == "format: unknown format 'xml' — usage: format [table|csv|tsv|md|json]")
        #expect(interpreter.session.format == .table)
    }

    @Test("format json gives the same bytes under lang ja as under lang en: programs read it")
    func jsonIsTheSameInBothLanguages() throws {
        for line in ["bodies district:いわき", "kpi", "coverage --by district", "allocate advisor 19", "districts"] {
            var outputs: [[Table]] = []
            for language in ["en", "ja"] {
                let interpreter = try makeInterpreter()
                try interpreter.run("lang \(language); format json")
                outputs.append(try interpreter.run(line).tables)
            }
            #expect(!outputs[0].isEmpty && outputs[0] == outputs[1], "\(line)")
            let json = try outputs[1].map { try TableEncoder.text($0, as: .json) }.joined()
            #expect(!json.contains("令和") && !json.contains("未達"), "\(line): Japanese values in JSON")
        }
    }
}
