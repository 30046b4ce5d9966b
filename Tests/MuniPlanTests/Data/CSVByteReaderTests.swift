import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// The CSV reader works on bytes; what it reads, and where it says a file is wrong, must be
/// what the scalar-at-a-time reader it replaced gave, for every data file and for files
/// made of nothing but the characters its grammar cares about.
@Suite("CSV reader by bytes")
struct CSVByteReaderTests {
    /// Records as (line, fields), or the one located problem.
    private static func outcome(_ read: () throws(DataError) -> [CSVTable.Record]) -> String {
        do throws(DataError) {
            return try read().map { "\($0.line): \($0.fields)" }.joined(separator: "\n")
        } catch {
            return "error \(error.issues.map(\.description))"
        }
    }

    private static func expectSame(_ text: String, delimiter: Unicode.Scalar = ",") {
        let bytes = outcome { () throws(DataError) in try CSVTable.parse(text, file: "t.csv", delimiter: UInt8(delimiter.value)) }
        let scalars = outcome { () throws(DataError) in try CSVScalarReference.parse(text, file: "t.csv", delimiter: delimiter) }
        #expect(bytes == scalars, "\(text.debugDescription)")
    }

    @Test("every CSV file of both data sets reads as before", arguments: ["Data", "Data/japan"])
    func dataFiles(folder: String) throws {
        let directory = repositoryRoot.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".csv") }
        #expect(names.contains("bodies.csv"))
        for name in names {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            Self.expectSame(text)
        }
    }

    @Test("quotes, formulas, line ends and errors at the same lines")
    func knownCases() throws {
        let cases: [(String, String)] = [
            ("a,b\r\n\"x,\"\"y\"\"\",=\"073644\"\n", "1: [\"a\", \"b\"]\n2: [\"x,\\\"y\\\"\", \"=\\\"073644\\\"\"]"),
            ("a\n\"two\nlines\",b\nc", "1: [\"a\"]\n2: [\"two\\nlines\", \"b\"]\n4: [\"c\"]"),
            ("a\rb\r\rc,", "1: [\"a\"]\n2: [\"b\"]\n3: [\"\"]\n4: [\"c\", \"\"]"),
            ("a\n\"\"", "1: [\"a\"]"),
            ("a\n\"\",", "1: [\"a\"]\n2: [\"\", \"\"]"),
            ("a\nb\"c", "error [\"t.csv:2: stray quote in a field not enclosed in quotes\"]"),
            ("a\n\"b\"c", "error [\"t.csv:2: text after a closing quote\"]"),
            ("a\n\"b\n\nc", "error [\"t.csv:2: quoted field is never closed\"]"),
        ]
        for (text, expected) in cases {
            let got = Self.outcome { () throws(DataError) in try CSVTable.parse(text, file: "t.csv", delimiter: UInt8(ascii: ",")) }
            #expect(got == expected, "\(text.debugDescription)")
            Self.expectSame(text)
        }
    }

    @Test("random files of the grammar's characters, comma and tab")
    func generated() {
        let alphabet: [String] = ["a", "=", "\"", ",", "\t", "\r", "\n", "\r\n", "檜", " ", "0"]
        var random = RandomSource(seed: 19)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            Self.expectSame(text)
            Self.expectSame(text, delimiter: "\t")
        }
    }
}
