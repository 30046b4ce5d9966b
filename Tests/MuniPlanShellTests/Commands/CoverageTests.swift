import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `coverage [MEASURE…] [--fy FY] [--cumulative] [--by district]` at the shell: the words
/// are resolved here, the table is the core's.
@Suite struct CoverageTests {
    static let hinoemata = "073644"

    /// An interpreter over the bundled data after `edits`.
    func planned(_ edits: String) throws -> Interpreter {
        let interpreter = try makeInterpreter()
        try interpreter.run(edits)
        return interpreter
    }

    func table(_ interpreter: Interpreter, _ line: String) throws -> Table {
        try #require(try interpreter.run(line).tables.first)
    }

    func cell(_ table: Table, code: String, column: String) throws -> String {
        let index = try #require(table.columns.firstIndex { $0.id == column })
        let row = try #require(table.records.first { $0.cells[0].plain == code })
        return row.cells[index].plain
    }

    @Test("coverage: a row a body, a column a measure of the catalogue, in the current year")
    func everyMeasure() throws {
        let interpreter = try makeInterpreter()
        let table = try table(interpreter, "coverage")
        let dataset = interpreter.session.dataset
        #expect(table.title == "coverage in FY2022 (R4)")
        #expect(table.columns.map(\.id) == ["code", "name", "district"] + dataset.measures.map(\.id))
        #expect(table.records.count == dataset.bodies.count)
        #expect(table.rows.contains { $0.kind == .total && $0.cells[1] == .text("福島県 total") })
    }

    @Test("coverage MEASURE…: those columns, each once, in the order named")
    func measuresNamed() throws {
        let interpreter = try planned("assign advisor hinoemata")
        let table = try table(interpreter, "coverage ict-grant advisor ict-grant")
        #expect(table.columns.map(\.id) == ["code", "name", "district", "ict-grant", "advisor"])
        #expect(try cell(table, code: Self.hinoemata, column: "advisor") == "FY2022")
        #expect(try cell(table, code: Self.hinoemata, column: "ict-grant") == "")
    }

    @Test("an unknown measure is named with a suggestion, before a bad year")
    func unknownMeasure() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("coverage advisr") == "unknown measure 'advisr' — did you mean advisor?")
        #expect(interpreter.failure("coverage advisr --fy nonsense").hasPrefix("unknown measure 'advisr'"))
        #expect(interpreter.failure("coverage advisor --fy nonsense").hasPrefix("invalid fiscal year 'nonsense'"))
    }

    @Test("--fy shows another year; --cumulative counts every year through it with the first year covered")
    func yearAndCumulative() throws {
        let interpreter = try planned("assign advisor hinoemata; fy R5; assign advisor tadami; fy R4")
        let later = try table(interpreter, "coverage advisor --fy R5")
        #expect(later.title == "coverage in FY2023 (R5)")
        #expect(try cell(later, code: Self.hinoemata, column: "advisor") == "")
        let through = try table(interpreter, "coverage advisor --fy R5 --cumulative")
        #expect(through.title == "coverage through FY2023 (R5)")
        #expect(try cell(through, code: Self.hinoemata, column: "advisor") == "FY2022")
        let tadami = try #require(interpreter.session.dataset.bodies.first { $0.romaji == "tadami" })
        #expect(try cell(through, code: tadami.code, column: "advisor") == "FY2023")
        #expect(try table(interpreter, "coverage --fy baseline").title == "coverage in baseline (before FY2022)")
    }

    @Test("--by district: a row a district and the prefecture, with shares of bodies and of population")
    func byDistrict() throws {
        let interpreter = try planned("assign advisor hinoemata")
        let table = try table(interpreter, "coverage advisor --by district")
        #expect(table.name == "coverage-by-district")
        #expect(table.title == "coverage in FY2022 (R4), by district")
        let dataset = interpreter.session.dataset
        #expect(table.records.map { $0.cells[0].plain } == dataset.districts.map(\.name) + ["—"])
        let minamiaizu = try #require(table.records.first { $0.cells[0].plain == "南会津" })
        // 檜枝岐村 is one of 4 bodies and 507 of 24,268 people.
        #expect(minamiaizu.cells.map(\.plain) == ["南会津", "4", "24268", "1", "25.0", "2.1"])
        #expect(table.rows.last?.cells.map(\.plain) == ["福島県 total", "60", "1834198", "1", "1.7", "0.0"])
        #expect(interpreter.failure("coverage --by kind").hasPrefix("coverage: --by takes district"))
    }

    @Test("the shell prints the table the core builds for the session's plan")
    func coreTable() throws {
        let interpreter = try planned("allocate advisor 19; fy R5; assign ict-grant hinoemata")
        let session = interpreter.session
        let query = CoverageQuery(measures: session.dataset.measures, year: FiscalYear(2023), cumulative: true)
        let coverage = Coverage(session.plan, dataset: session.dataset, query: query)
        #expect(try table(interpreter, "coverage --cumulative") == coverage.bodyTable())
        // The same table, its columns given short headings for a narrow terminal.
        let districts = try table(interpreter, "coverage --cumulative --by district"), core = coverage.districtTable()
        #expect(districts.rows == core.rows && districts.title == core.title)
        #expect(districts.columns.map(\.id) == core.columns.map(\.id) && districts.columns.map(\.label) == core.columns.map(\.label))
        #expect(districts.columns.map(\.short).prefix(7) == [nil, nil, nil, "a", "b%", "p%", "b"])
    }

    @Test("the words parse into the measures, year and shape asked")
    func parsing() throws {
        #expect(try parsed("coverage", as: CoverageCommand.self) == CoverageCommand())
        #expect(try parsed("coverage advisor ict-grant --fy R5 --cumulative --by district", as: CoverageCommand.self)
                == CoverageCommand(measures: ["advisor", "ict-grant"], fy: "R5", cumulative: true, byDistrict: true))
    }
}
