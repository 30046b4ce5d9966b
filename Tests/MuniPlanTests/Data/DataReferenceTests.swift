import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Every row of the bundled Data/ against the public reference files in
/// `../shared/reference` beside the checkout. The product never reads that folder; these
/// tests only run where it exists (a fresh clone elsewhere skips them, saying why).
@Suite("Data against ../shared/reference",
       .enabled(if: referenceAvailable, "no reference folder at ../shared/reference beside the checkout; skipping the row-by-row comparison"))
struct DataReferenceTests {
    struct JapancodeRow: Decodable {
        let pref: String
        let city: String
        let citykana: String
        let lat: Double
        let lng: Double
        let lgcode: String

        /// The 6-digit code: `lgcode` without its leading zero.
        var code: String { String(repeating: "0", count: max(0, 6 - lgcode.count)) + lgcode }
    }

    static func japancode() throws -> [JapancodeRow] {
        let data = try Data(contentsOf: referenceDirectory.appendingPathComponent("japancode-municipalities.json"))
        return try JSONDecoder().decode([JapancodeRow].self, from: data)
    }

    /// Rows of a simple reference CSV (no quoted fields), header dropped, BOM and CR removed.
    static func csvRows(_ file: String) throws -> [[String]] {
        var text = try String(contentsOf: referenceDirectory.appendingPathComponent(file), encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        #expect(!lines.contains { $0.contains("\"") }, "\(file) has quoted fields; this reader does not handle them")
        return lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    static func municipalities() throws -> [Body] {
        try bundledDataset().bodies.filter { $0.kind.isMunicipality }
    }

    @Test("codes, names, kana and office coordinates match japancode")
    func japancodeRows() throws {
        let rows = try Self.japancode().filter { $0.pref == "福島県" }
        #expect(rows.count == 59)
        let byCode = Dictionary(rows.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let bodies = try Self.municipalities()
        #expect(Set(bodies.map(\.code)) == Set(byCode.keys), "the same 59 codes")
        for body in bodies {
            guard let row = byCode[body.code] else {
                Issue.record("\(body.label) \(body.code) is not in japancode")
                continue
            }
            #expect(body.name == row.city, "\(body.code)")
            #expect(body.kana == row.citykana, "\(body.code) \(body.name)")
            // Data/ keeps six decimals (about 0.1 m).
            #expect(abs((body.latitude ?? .nan) - row.lat) <= 0.000_000_51, "\(body.code) \(body.name) latitude")
            #expect(abs((body.longitude ?? .nan) - row.lng) <= 0.000_000_51, "\(body.code) \(body.name) longitude")
        }
    }

    @Test("every code in japancode passes the check digit")
    func japancodeCheckDigits() throws {
        let rows = try Self.japancode()
        #expect(rows.count == 1916)
        for row in rows {
            #expect(BodyCode.isValid(row.code), "\(row.code) \(row.city)")
            #expect(BodyCode.withCheckDigit(String(row.code.prefix(5))) == row.code)
        }
    }

    @Test("population matches the 2020 census preliminary counts (双葉町 empty → 0)")
    func census() throws {
        let rows = try Self.csvRows("census2020-preliminary-population.csv")
        let byCode = Dictionary(rows.map { ($0[0], $0) }, uniquingKeysWith: { a, _ in a })
        let bodies = try Self.municipalities()
        for body in bodies {
            let five = String(body.code.prefix(5))
            guard let row = byCode[five] else {
                Issue.record("\(body.label) \(five) is not in the census table")
                continue
            }
            #expect(row[1] == body.name, "\(five)")
            let expected = row[2].isEmpty ? 0 : Int(row[2])
            #expect(body.population == expected, "\(body.label): census says '\(row[2])'")
        }
        #expect(byCode["07546"]?[2] == "", "the reference leaves 双葉町 empty")
        // The prefecture's own total in the same table.
        #expect(byCode["07000"]?[2] == "1834198")
        #expect(bodies.compactMap(\.population).reduce(0, +) == Int(byCode["07000"]?[2] ?? ""))
    }

    @Test("districts match fukushima-districts.csv")
    func districts() throws {
        let rows = try Self.csvRows("fukushima-districts.csv")
        #expect(rows.count == 59)
        let bodies = try Self.municipalities()
        let byCode = Dictionary(bodies.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(rows.map { $0[0] }) == Set(byCode.keys))
        for row in rows {
            guard let body = byCode[row[0]] else {
                Issue.record("\(row[0]) \(row[1]) is not in Data/bodies.csv")
                continue
            }
            #expect(body.name == row[1], "\(row[0])")
            #expect(body.district == row[2], "\(body.label)")
        }
    }
}
