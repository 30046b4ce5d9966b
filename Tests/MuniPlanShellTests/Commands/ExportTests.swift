import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `export WHAT --to PATH …`: each target writes the table its command shows, in the format
/// and encoding asked, atomically and under the file policy.
@Suite struct ExportTests {
    func bytes(_ folder: TemporaryFolder, _ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.url.appendingPathComponent(name)))
    }

    @Test("coverage, kpi, bodies and allocation write the table their command prints, and say so")
    func sameTableAsShown() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("allocate advisor 19 --min-per-district 1")
            let shown: [(line: String, export: String)] = [
                ("coverage", "export coverage --to c.csv"), ("coverage --by district --fy R5 --cumulative", "export coverage --to c.csv --by district --fy R5 --cumulative"),
                ("kpi", "export kpi --to c.csv"), ("kpi --fy R5", "export kpi --to c.csv --fy R5"),
                ("bodies", "export bodies --to c.csv"),
            ]
            for (line, export) in shown {
                let table = try #require(try interpreter.run(line).tables.first)
                let wrote = try interpreter.run(export).texts
                let written = try bytes(folder, "c.csv")
                #expect(written == (try TableEncoder.encode(table, as: .csv)), "\(export)")
                #expect(wrote == ["wrote c.csv (csv, \(table.records.count) rows, \(NumberText.grouped(written.count)) bytes)"], "\(export)")
            }
            let allocation = try #require(try interpreter.run("explain advisor").tables.last)
            try interpreter.run("export allocation advisor --to a.md")
            let sources = Attribution.bundled(dataset: interpreter.session.dataset, japancodeLicenceText: try bundledText("LICENSE-japancode.txt"))
            #expect(try bytes(folder, "a.md") == (try TableEncoder.encode(allocation, as: .markdown, options: ExportOptions(sources: sources))))
        }
    }

    @Test("export plan writes a row a covered body and a row a planned value")
    func plan() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            try interpreter.run("assign advisor hinoemata; set seminar 3")
            #expect(try interpreter.run("export plan --to plan.csv").texts.first?.hasPrefix("wrote plan.csv (csv, 2 rows, ") == true)
            #expect(try folder.read("plan.csv") == "fy,measure,code,name,value\nFY2022,advisor,073644,檜枝岐村,\nFY2022,seminar,,,3\n")
        }
    }

    @Test("--format overrides the extension; --excel adds a BOM and CRLF; --encoding cp932 writes Shift_JIS")
    func formats() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            let table = try #require(try interpreter.run("bodies").tables.first)
            try interpreter.run("export bodies --to b.txt --format json")
            let sources = Attribution.bundled(dataset: interpreter.session.dataset, japancodeLicenceText: try bundledText("LICENSE-japancode.txt"))
            #expect(try bytes(folder, "b.txt") == (try TableEncoder.encode(table, as: .json, options: ExportOptions(sources: sources))))
            try interpreter.run("export bodies --to b.csv --excel")
            #expect(try bytes(folder, "b.csv") == (try TableEncoder.encode(table, as: .csv, options: ExportOptions(excel: true))))
            #expect(try bytes(folder, "b.csv").starts(with: TableEncoder.utf8BOM))
            try interpreter.run("export bodies --to s.csv --encoding cp932")
            #expect(try bytes(folder, "s.csv") == (try TableEncoder.encode(table, as: .csv, options: ExportOptions(encoding: .cp932))))
        }
    }

    @Test("a wrong encoding, a missing --to, or a refused replacement writes nothing")
    func refused() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            #expect(interpreter.failure("export kpi --to k.csv --encoding latin1") == "unknown encoding 'latin1' — use utf-8 or cp932")
            #expect(interpreter.failure("export kpi").hasPrefix("export: missing --to PATH — usage: export "))
            #expect(interpreter.failure("export allocation advisor --to a.csv").contains("run allocate advisor first"))
            #expect(!folder.exists("k.csv") && !folder.exists("a.csv"))
            try folder.write("k.csv", "old")
            let script = interpreter.script(["export kpi --to k.csv"], name: "s.plan")
            #expect(script.outcome.errors.count == 1, "\(script.outcome.errors)")
            #expect(try folder.read("k.csv") == "old")
            #expect(interpreter.script(["export kpi --to k.csv --force"], name: "s.plan").outcome.errors.isEmpty)
            #expect(try folder.read("k.csv").hasPrefix("kpi,"))
        }
    }

    @Test("the words parse into the target and options")
    func parsing() throws {
        var expected = ExportCommand(target: .allocation(measure: "advisor"), path: "out/a.csv")
        (expected.excel, expected.encoding, expected.force) = (true, "cp932", true)
        #expect(try parsed("export allocation advisor --to out/a.csv --excel --encoding cp932 --force", as: ExportCommand.self) == expected)
        #expect(try parsed("export simulation --to s.csv", as: ExportCommand.self) == ExportCommand(target: .simulation(.kpi), path: "s.csv"))
    }

    @Test("export simulation writes the KPI table, or a part, like any table")
    func export() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makePlannedInterpreter(workingDirectory: folder.path)
            #expect(interpreter.failure("export simulation --to sim.csv").contains("run simulate first"))
            try interpreter.run("simulate --runs 5000 --seed 9")
            let wrote = try interpreter.run("export simulation --to sim.csv").texts
            #expect(wrote == ["wrote sim.csv (csv, 3 rows, \(NumberText.grouped(try folder.read("sim.csv").utf8.count)) bytes)"])
            let csv = try folder.read("sim.csv")
            #expect(csv.hasPrefix("kpi,measure,fy,target,plan,mean,p5,p50,p95,p_meet,se,basis\n"))
            #expect(csv.contains("\nict-grant-42,ict-grant,FY2022,42,42,"))
            try interpreter.run("export simulation bodies --to bodies.csv")
            #expect(try folder.read("bodies.csv").components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1 + 44)
            for part in SimulationTablePart.allCases {
                try interpreter.run("export simulation \(part.rawValue) --to \(part.rawValue).json")
                #expect(try folder.read("\(part.rawValue).json").contains("\"muniplan.simulation-\(part.rawValue)/"), "\(part)")
            }
            let unknown = interpreter.failure("export simulation nope --to x.csv")
            #expect(unknown == "export simulation takes kpi, drivers, districts, bodies, exact, rates, not 'nope'")
            for part in SimulationTablePart.allCases { #expect(unknown.contains(part.rawValue)) }
        }
    }

    @Test("--to - writes the file's text to standard output, writes no file, and refuses binary formats")
    func standardOutput() throws {
        try withTemporaryFolder { folder in
            let interpreter = try makeInterpreter(workingDirectory: folder.path)
            for (line, format) in [("export kpi --to -", ExportFormat.csv), ("export bodies --to - --format tsv", .tsv),
                                   ("export kpi --to - --format md", .markdown)] {
                try interpreter.run(line.replacingOccurrences(of: "--to -", with: "--to f.\(format.fileExtension)"))
                let file = String(decoding: try bytes(folder, "f.\(format.fileExtension)"), as: UTF8.self)
                let printed = try interpreter.run(line)
                #expect(printed.outputs == [.formatted(String(file.dropLast()))], "\(line)")
            }
            #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("-").path))
            #expect(interpreter.failure("export kpi --to - --format xlsx")
                    == "--to - writes text to standard output: .xlsx or cp932 bytes need a file (--to FILE)")
            #expect(interpreter.failure("export kpi --to - --encoding cp932").hasPrefix("--to - writes text"))
        }
    }
}
