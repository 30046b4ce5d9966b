import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Files as editors and Excel save them: Shift_JIS is refused at its first line, a BOM and
/// CRLF line ends are read, and line numbers stay right through quoted line breaks.
@Suite("Data encodings and line ends")
struct DataEncodingTests {
    static let bodies = DataLoader.bodiesFile
    static let districts = DataLoader.districtsFile
    static let measures = DataLoader.measuresFile

    @Test("a file that is not UTF-8: Shift_JIS bytes in bodies.csv")
    func shiftJISBodies() throws {
        try withTemporaryData { data in
            let text = try data.text(Self.bodies)
            let line = try #require(lineNumber(of: "073644,", in: text))
            // 檜枝岐村 in Shift_JIS.
            let sjis: [UInt8] = [0x9E, 0x77, 0x8E, 0x7D, 0x8A, 0xF2, 0x91, 0xBA]
            let parts = text.components(separatedBy: "檜枝岐村")
            #expect(parts.count == 2)
            try data.write(Self.bodies, bytes: Array(parts[0].utf8) + sjis + Array(parts[1].utf8))
            expectSingleIssue(data.loadFailure(), file: Self.bodies, line: line, containing: ["UTF-8"])
        }
    }

    @Test("a whole file in Shift_JIS: the first line that is not UTF-8")
    func shiftJISDistricts() throws {
        try withTemporaryData { data in
            // name,romaji,bureau / 県北,kenpoku,… with 県北 in Shift_JIS: line 2.
            let bytes: [UInt8] = Array("name,romaji,bureau\n".utf8) + [0x8C, 0xA7, 0x96, 0x6B] + Array(",kenpoku,x\n".utf8)
            try data.write(Self.districts, bytes: bytes)
            let issues = data.loadFailure()
            #expect(issues.contains { $0.file == Self.districts && $0.line == 2 && $0.message.contains("UTF-8") },
                    "\(issues.map(\.description))")
        }
    }

    @Test("measures.toml that is not UTF-8")
    func shiftJISMeasures() throws {
        try withTemporaryData { data in
            let text = try data.text(Self.measures)
            let line = try #require(lineNumber(of: "セキュリティ対策", in: text))
            let parts = text.components(separatedBy: "セキュリティ対策")
            // セキュリティ in Shift_JIS.
            let sjis: [UInt8] = [0x83, 0x5A, 0x83, 0x4C, 0x83, 0x85, 0x83, 0x8A, 0x83, 0x65, 0x83, 0x42]
            try data.write(Self.measures, bytes: Array(parts[0].utf8) + sjis + Array(parts.dropFirst().joined(separator: "セキュリティ対策").utf8))
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["UTF-8"])
        }
    }

    @Test("TOML syntax error: measures.toml with its line")
    func tomlSyntaxError() throws {
        try withTemporaryData { data in
            let line = try data.replace("first_fiscal_year = 2022", with: "first_fiscal_year = = 2022", in: Self.measures)
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["TOML"])
        }
    }

    @Test("TOML syntax error: an unclosed string further down")
    func tomlUnclosedString() throws {
        try withTemporaryData { data in
            let line = try data.replace(#"unit = "回""#, with: #"unit = "回"#, in: Self.measures)
            expectSingleIssue(data.loadFailure(), file: Self.measures, line: line, containing: ["TOML"])
        }
    }

    @Test("a UTF-8 BOM and CRLF line ends are accepted in every file")
    func bomAndCRLF() throws {
        let bundled = try bundledDataset()
        try withTemporaryData { data in
            for file in TemporaryData.files {
                let text = try data.text(file)
                #expect(!text.contains("\r"))
                try data.write(file, "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"))
            }
            let loaded = try DataLoader.load(directory: data.directory.path)
            #expect(loaded.bodies == bundled.bodies)
            #expect(loaded.districts == bundled.districts)
            #expect(loaded.items == bundled.items)
            #expect(loaded.measures == bundled.measures)
            #expect(loaded.kpis == bundled.kpis)
        }
    }

    @Test("with a BOM and CRLF line ends, errors still name the right line")
    func bomAndCRLFLines() throws {
        try withTemporaryData { data in
            let line = try data.replace("073644,檜枝岐村", with: "073645,檜枝岐村", in: Self.bodies)
            let tomlLine = try data.replace(#"measure = "seminar""#, with: #"measure = "seminars""#, in: Self.measures)
            for file in TemporaryData.files {
                try data.write(file, "\u{FEFF}" + (try data.text(file)).replacingOccurrences(of: "\n", with: "\r\n"))
            }
            let issues = data.loadFailure()
            #expect(issues.count == 2, "\(issues.map(\.description))")
            if let issue = issues.first(where: { $0.file == Self.bodies }) {
                expectIssue(issue, file: Self.bodies, line: line, containing: ["073645"])
            } else {
                Issue.record("no issue for bodies.csv: \(issues.map(\.description))")
            }
            if let issue = issues.first(where: { $0.file == Self.measures }) {
                expectIssue(issue, file: Self.measures, line: tomlLine, containing: ["seminars"])
            } else {
                Issue.record("no issue for measures.toml: \(issues.map(\.description))")
            }
        }
    }

    @Test("a quoted field with an embedded line break does not shift later line numbers")
    func quotedFieldLines() throws {
        try withTemporaryData { data in
            // Quote 福島市's name across two lines (an invalid name, but valid CSV) ...
            try data.replace("072010,福島市,", with: "072010,\"福島\n市\",", in: Self.bodies)
            // ... and break 檜枝岐村's check digit, which is now one physical line further down.
            let line = try data.replace("073644,檜枝岐村", with: "073645,檜枝岐村", in: Self.bodies)
            let issues = data.loadFailure()
            #expect(issues.contains { $0.line == line && $0.message.contains("073645") }, "\(issues.map(\.description))")
        }
    }
}
