import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `export … --to FILE.xlsx`: every target as a workbook that Excel's readers (openpyxl,
/// LibreOffice) see with the CSV export's values, typed; written like every export.
@Suite struct ExportXLSXTests {
    /// Every export target: its words, and the options after `--to FILE`.
    static let targets = [("coverage", ""), ("coverage", "--by district"), ("coverage", "--fy R5 --cumulative"), ("kpi", ""),
                          ("plan", ""), ("bodies", ""), ("allocation advisor", ""), ("simulation", ""), ("simulation drivers", ""),
                          ("simulation districts", ""), ("simulation bodies", "")]

    /// Reads each workbook's sheets with openpyxl and holds every cell against the CSV of
    /// the same table: text cells equal the field (codes keep their zeros), numbers equal it
    /// (a % cell of a `_pct` column is the field ÷ 100), and an empty field is an empty cell.
    static let openpyxlCheck = #"""
    import csv, sys, openpyxl
    failures = []
    for pair in sys.argv[1:]:
        book, table = pair.split("=")
        book, _, index = book.partition("#")  # BOOK#N: the workbook's sheet N, else its table's, then the sources
        sheets = openpyxl.load_workbook(book).worksheets
        if not index:
            titles = [s.title for s in sheets]
            if len(sheets) != 2 or titles[1] not in ("sources", "出典"): failures.append(f"{book}: sheets {titles}")
            else:
                sources = "\n".join(str(c) for row in sheets[1].iter_rows(values_only=True) for c in row if c)
                for needed in ["令和２年国勢調査", "MIT License", "Permission is hereby granted", "CC BY 4.0", "福島県"]:
                    if needed not in sources: failures.append(f"{book}: sources without {needed}")
        sheet = sheets[int(index or 0)]
        rows = list(csv.reader(open(table, encoding="utf-8", newline="")))
        ids, records = rows[0], rows[1:]
        if sheet.freeze_panes != "A2": failures.append(f"{book}: panes {sheet.freeze_panes}")
        if not all(c.font.b for c in sheet[1]): failures.append(f"{book}: header not bold")
        cells = list(sheet.iter_rows(min_row=2, values_only=False))
        if len(cells) != len(records): failures.append(f"{book}: {len(cells)} rows, CSV has {len(records)}")
        for r, (record, row) in enumerate(zip(records, cells), start=2):
            row = list(row) + [None] * (len(ids) - len(row))
            for column, field, cell in zip(ids, record, row):
                value = None if cell is None else cell.value
                where = f"{book}!{column}{r}: {value!r} ({getattr(cell, 'number_format', '')}) vs CSV {field!r}"
                if field == "":
                    if value is not None: failures.append(where)
                elif isinstance(value, str):
                    if value != field: failures.append(where)
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    scale = 100 if column.endswith("_pct") or (cell.number_format.endswith("%") and not column.startswith("p_")) else 1
                    try:
                        if abs(value * scale - float(field)) > 1e-9 * max(1, abs(float(field))): failures.append(where)
                    except ValueError: failures.append(where)
                    if field.startswith("0") and len(field) > 1 and "." not in field: failures.append(where + " (a code as a number)")
                else: failures.append(where)
    print("\n".join(failures))
    sys.exit(1 if failures else 0)
    """#

    /// The sheets of a workbook, in order, as its `xl/workbook.xml` names them (Python's zipfile).
    static func sheetNames(_ book: String) -> [String] {
        let script = "import re, sys, zipfile; print('|'.join(re.findall(r'<sheet name=\"([^\"]*)\"', zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode())))"
        var output = ""
        guard runs("/usr/bin/env", ["python3", "-c", script, book], output: &output) else { return [] }
        return output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map(String.init)
    }

    static var hasOpenpyxl: Bool { runs("/usr/bin/env", ["python3", "-c", "import openpyxl"]) }
    static var soffice: String? {
        ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func runs(_ tool: String, _ arguments: [String], output: UnsafeMutablePointer<String>? = nil) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return false }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        output?.pointee = String(decoding: data, as: UTF8.self)
        return process.terminationStatus == 0
    }

    /// Each target exported as .xlsx and as CSV into `folder`; the pairs' file names.
    func exportEveryTarget(_ folder: TemporaryFolder) throws -> [(xlsx: String, csv: String)] {
        let interpreter = try makePlannedInterpreter(workingDirectory: folder.path)
        try interpreter.run("allocate advisor 19 --min-per-district 1")
        try interpreter.run("simulate --runs 200 --seed 9")
        return try Self.targets.enumerated().map { index, target in
            let (what, rest) = target
            let (xlsx, csv) = ("t\(index).xlsx", "t\(index).csv")
            let wrote = try interpreter.run("export \(what) --to \(xlsx) \(rest)").texts
            #expect(wrote.first?.hasPrefix("wrote \(xlsx) (xlsx, ") == true, "\(what) \(rest): \(wrote)")
            try interpreter.run("export \(what) --to \(csv) \(rest)")
            return (xlsx, csv)
        }
    }

    @Test("openpyxl reads every target's sheet with the CSV export's values and types",
          .enabled(if: hasOpenpyxl, "needs python3 with openpyxl (pip install openpyxl; .ci/run installs it)"))
    func openpyxlAgreesWithCSV() throws {
        try withTemporaryFolder { folder in
            let pairs = try exportEveryTarget(folder).map { folder.url.appendingPathComponent($0.xlsx).path + "=" + folder.url.appendingPathComponent($0.csv).path }
            var output = ""
            #expect(Self.runs("/usr/bin/env", ["python3", "-c", Self.openpyxlCheck] + pairs, output: &output), "\(output)")
        }
    }

    @Test("export workbook: a sheet a table, each with the CSV export's values, a chart, sources, the same bytes twice",
          .enabled(if: hasOpenpyxl, "needs python3 with openpyxl (pip install openpyxl; .ci/run installs it)"))
    func workbook() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makePlannedInterpreter(workingDirectory: folder.path)
            try interpreter.run("allocate advisor 19 --min-per-district 1; simulate --runs 200 --seed 9")
            #expect(try interpreter.run("export workbook --to plan.xlsx").texts.first?.hasPrefix("wrote plan.xlsx (xlsx, 12 sheets, ") == true)
            try interpreter.run("export workbook --to again.xlsx")
            #expect(try Data(contentsOf: folder.url.appendingPathComponent("plan.xlsx")) == Data(contentsOf: folder.url.appendingPathComponent("again.xlsx")))
            let book = folder.url.appendingPathComponent("plan.xlsx").path
            // The planned session allocated ict-grant too: allocations come in measure order.
            let tables = ["kpi", "coverage", "coverage --by district", "allocation advisor", "allocation ict-grant", "simulation kpi", "simulation rates", "simulation drivers",
                          "simulation districts", "simulation bodies"]
            var pairs: [String] = []
            for (index, what) in tables.enumerated() {
                try interpreter.run("export \(what) --to s\(index).csv")
                pairs.append("\(book)#\(index)=" + folder.url.appendingPathComponent("s\(index).csv").path)
            }
            var output = ""
            #expect(Self.runs("/usr/bin/env", ["python3", "-c", Self.openpyxlCheck] + pairs, output: &output), "\(output)")
            let layout = #"""
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print("|".join(s.title for s in book.worksheets))
            print(len(book["coverage by district"]._charts))
            trend = book["card issuance"]
            print(len(trend._charts), type(trend._charts[0]).__name__, trend["A1"].value, trend["B1"].value, trend["A45"].value, round(trend["B45"].value, 1))
            sources = "\n".join(str(c) for row in book["sources"].iter_rows(values_only=True) for c in row if c)
            for needed in ["令和２年国勢調査", "MIT License", "Permission is hereby granted", "CC BY 4.0", "国土数値情報", "福島県",
                           "assign advisor", "reset"]:
                if needed not in sources: print("missing " + needed)
            """#
            #expect(Self.runs("/usr/bin/env", ["python3", "-c", layout, book], output: &output))
            #expect(output == "KPI|coverage|coverage by district|allocation advisor|allocation ict-grant|simulation KPI|simulation rates|simulation drivers|"
                + "simulation by district|simulation by body|card issuance|sources\n1\n1 LineChart date observed 福島県 2022-09-30 43.9\n", "\(output)")
        }
    }

    @Test("export workbook names its sheets in Japanese, and refuses what is not .xlsx, writing nothing")
    func workbookRefusals() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("lang ja")
            #expect(interpreter.failure("export workbook --to plan.csv") == "export workbook が出力できるのは .xlsx ファイルだけです（.csv は出力できません）")
            #expect(interpreter.failure("export workbook --to plan.xlsx --encoding cp932").contains("--encoding cp932"))
            #expect(try directoryListing(folder.path).isEmpty)
            #expect(try interpreter.run("export workbook --to plan.xlsx").texts.first?.hasPrefix("plan.xlsx を出力しました（xlsx、5シート、") == true)
            let sheets = try ExportCommand(target: .workbook, path: "plan.xlsx").workbookSheets(interpreter)
            #expect(sheets.map(\.name) == ["指標", "実施状況", "地域別実施状況", "カード交付率の推移", "出典"])
            #expect(sheets[3].chart?.kind == .line && sheets[3].table.columns.first?.label == "基準日")
            #expect(sheets[2].chart?.valueColumns.contains("advisor_bodies_pct") == true)
        }
    }

    @Test("LibreOffice converts a workbook to the CSV export's rows",
          .enabled(if: soffice != nil, "LibreOffice (soffice) is not installed (.ci/run installs libreoffice-calc-nogui where it can)"))
    func libreOffice() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("export bodies --to b.xlsx; export bodies --to b.csv")
            var output = ""
            let converted = Self.runs(try #require(Self.soffice), ["--headless", "-env:UserInstallation=file://\(folder.path)/profile",
                                                                  "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                                                                  folder.url.appendingPathComponent("lo").path, folder.url.appendingPathComponent("b.xlsx").path],
                                      output: &output)
            #expect(converted, "\(output)")
            let rows = parseCSV(try folder.read("lo/b.csv"))
            let expected = parseCSV(try folder.read("b.csv"))
            #expect(rows.dropFirst().map { $0[0] } == expected.dropFirst().map { $0[0] }) // codes keep their zeros
            #expect(rows.count == expected.count)
        }
    }

    @Test("the sheet is named in the session's language; the confirmation says xlsx")
    func sheetNamedInLanguage() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("lang ja; export coverage --by district --to d.xlsx")
            let table = try interpreter.coverageTables(measures: [], fy: nil, cumulative: false).districtTable(language: .japanese)
            let sources = interpreter.dataSources()
            let expected = try TableEncoder.encode(table, as: .xlsx, options: .init(sheetName: "地域別実施状況", language: .japanese, sources: sources))
            #expect(Array(try Data(contentsOf: folder.url.appendingPathComponent("d.xlsx"))) == expected)
            // The sources sheet is named in the session's language too; `export sources` has none besides itself.
            #expect(Self.sheetNames(folder.url.appendingPathComponent("d.xlsx").path) == ["地域別実施状況", "出典"])
            try interpreter.run("export sources --to s.xlsx")
            #expect(Self.sheetNames(folder.url.appendingPathComponent("s.xlsx").path) == ["出典"])
            try interpreter.run("lang en; export kpi --to k.txt --format xlsx")
            #expect(try Data(contentsOf: folder.url.appendingPathComponent("k.txt")).starts(with: [0x50, 0x4B]))
        }
    }

    @Test("a confined or unwritable path is refused and nothing is written")
    func refused() throws {
        try withTemporaryFolder { folder in
            let inside = folder.url.appendingPathComponent("work")
            try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
            let interpreter = try makeInterpreter(workingDirectory: inside.path)
            let script = interpreter.script(["export coverage --to ../outside.xlsx"], name: "s.plan")
            #expect(script.outcome.errors.count == 1, "\(script.outcome.errors)")
            #expect(!folder.exists("outside.xlsx"))
            try folder.write("work/k.xlsx", "old")
            #expect(interpreter.script(["export kpi --to k.xlsx"], name: "s.plan").outcome.errors.count == 1)
            #expect(try folder.read("work/k.xlsx") == "old")
            let locked = inside.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: locked.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path) }
            if getuid() != 0 { // root writes anywhere
                #expect(interpreter.failure("export kpi --to locked/k.xlsx").contains("locked/k.xlsx"))
            }
            #expect(try directoryListing(locked.path).isEmpty)
            #expect(try directoryListing(inside.path) == ["k.xlsx", "locked"]) // no temporaries left behind
        }
    }
}
