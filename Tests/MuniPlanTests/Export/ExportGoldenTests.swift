import Foundation
import Testing
@testable import MuniPlan

/// Each export format of the fixture table, byte for byte.
@Suite("Export golden files")
struct ExportGoldenTests {
    @Test func csv() throws {
        try expectGolden(TableEncoder.encode(exportFixtureTable, as: .csv), "fixture.csv")
    }

    @Test func csvForExcel() throws {
        try expectGolden(TableEncoder.encode(exportFixtureTable, as: .csv, options: .init(excel: true)), "fixture-excel.csv")
    }

    @Test func csvInCP932() throws {
        try expectGolden(TableEncoder.encode(exportFixtureTable, as: .csv, options: .init(encoding: .cp932)), "fixture-cp932.csv")
    }

    @Test func tsv() throws {
        try expectGolden(TableEncoder.encode(exportFixtureTable, as: .tsv), "fixture.tsv")
    }

    @Test func markdown() throws {
        try expectGolden(TableEncoder.encode(exportFixtureTable, as: .markdown), "fixture.md")
    }

    @Test func json() throws {
        try expectGolden(TableEncoder.encode(exportFixtureTable, as: .json), "fixture.json")
    }

    @Test func html() throws {
        try expectGolden(TableEncoder.encode(exportFixtureTable, as: .html), "fixture.html")
    }

    @Test(arguments: ExportFormat.allCases)
    func sameTableSameBytes(format: ExportFormat) throws {
        let first = try TableEncoder.encode(exportFixtureTable, as: format)
        let second = try TableEncoder.encode(exportFixtureTable, as: format)
        #expect(first == second)
    }
}
