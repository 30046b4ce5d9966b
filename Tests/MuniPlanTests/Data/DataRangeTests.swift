import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Numbers in data files outside their documented range (docs/numbers.md), unknown keys,
/// and the TOML that made the library abort: each refused on its line, at load.
@Suite("Data ranges and keys")
struct DataRangeTests {
    static let bodies = DataLoader.bodiesFile
    static let measures = DataLoader.measuresFile

    @Test("a KPI target outside 0…1e15 is refused on its line (1e300 loaded, then crashed simulate)",
          arguments: ["1e300", "1.0e16", "-1", "-0.5"])
    func kpiTargetOutOfRange(value: String) throws {
        try withTemporaryData { data in
            let line = try data.replace("target = 41", with: "target = \(value)", in: Self.measures)
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["target", "from 0 to 1e15"])
        }
    }

    @Test("a KPI target of 1e15, the largest accepted, loads")
    func kpiTargetAtTheLimit() throws {
        try withTemporaryData { data in
            try data.replace("target = 41", with: "target = 1e15", in: Self.measures)
            let loaded = try DataLoader.load(directory: data.directory.path)
            #expect(loaded.kpis.contains { $0.target == 1e15 })
        }
    }

    @Test("a capacity outside 0…1,000,000 is refused on its line", arguments: ["2000000000000000000", "1000001", "-1"])
    func capacityOutOfRange(value: String) throws {
        try withTemporaryData { data in
            // The catalogue gives no capacity (issue 16): add one on the line after advisor's alias.
            let line = try data.replace("alias = \"アドバイザー派遣\"", with: "alias = \"アドバイザー派遣\"\ncapacity = \(value)", in: Self.measures) + 1
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line,
                              containing: ["capacity", "from 0 to 1,000,000", value])
        }
    }

    @Test("a population above 1,000,000,000 is refused on its line")
    func populationOutOfRange() throws {
        try withTemporaryData { data in
            let line = try data.replace(",南会津,507,", with: ",南会津,1000000001,", in: Self.bodies)
            expectSingleIssue(data.loadFailure(), file: Self.bodies, line: line,
                              containing: ["population", "1000000001", "0 to 1,000,000,000"])
        }
    }

    @Test("first_fiscal_year outside 1989…2100 is refused on its line", arguments: ["9223372036854775807", "1900", "-5"])
    func firstYearOutOfRange(value: String) throws {
        try withTemporaryData { data in
            let line = try data.replace("first_fiscal_year = 2022", with: "first_fiscal_year = \(value)", in: Self.measures)
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line,
                              containing: ["first_fiscal_year", "1989 to 2100", value])
        }
    }

    @Test("an unknown key is an error on its line, with the key it resembles", arguments: [
        // No measure has a capacity (a KPI target is not one): the typo goes on a line of its own.
        ("alias = \"アドバイザー派遣\"", "alias = \"アドバイザー派遣\"\ncapactiy = 19", nil, "'capactiy' in [[measure]]", "did you mean capacity"),
        ("centre = \"072010\"", "center = \"072010\"", nil, "'center' in [dataset]", "did you mean centre"),
        ("title = \"職員の意識改革\"", "title = \"職員の意識改革\"\ntitel = \"x\"", nil, "'titel' in [[item]]", "title"),
        ("unit = \"団体\"", "unit = \"団体\"\nunits = \"x\"", "[[kpi]]", "'units' in [[kpi]]", "unit"),
        ("[dataset]", "colour = 1\n[dataset]", nil, "'colour' in the catalogue", "dataset, item, measure, kpi"),
    ] as [(String, String, String?, String, String)])
    func unknownKey(old: String, new: String, marker: String?, what: String, hint: String) throws {
        try withTemporaryData { data in
            var line = try data.replace(old, with: new, in: Self.measures, after: marker)
            if new.hasPrefix(old), new != old { line += 1 }  // the key added on the next line
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["unknown key", what, hint])
        }
    }

    @Test("an unknown table is an error on its header's line")
    func unknownTable() throws {
        try withTemporaryData { data in
            let text = try data.text(Self.measures)
            try data.write(Self.measures, text + "\n[extras]\nnote = \"x\"\n")
            let line = text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak).count + 1
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["unknown key 'extras'"])
        }
    }

    @Test("TOML that aborted the process inside toml++ is a located syntax error (exit 3, not 134)",
          arguments: ["[{", "[[,item]]", "items = [}\"1(5)\"]", "[a..b]"])
    func abortingTOML(line text: String) throws {
        try withTemporaryData { data in
            let line = try data.replace("[[kpi]]", with: "\(text)\n[[kpi]]", in: Self.measures)
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["TOML syntax"])
        }
    }
}
