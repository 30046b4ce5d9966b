import Foundation
import Testing
@testable import MuniPlan

/// toml++'s own words for valid syntax it cannot take: a key or table written twice reads in
/// Japanese for a Japanese session; its English, and anything else it says, as the library gave it.
@Suite("TOML library problems in Japanese")
struct TOMLLibraryProblemTests {
    func issue(_ text: String) -> DataIssue? {
        do throws(DataError) {
            _ = try TextFile.toml(text, file: "measures.toml")
            return nil
        } catch {
            return error.issues.first
        }
    }

    @Test("a key or a table written twice, in Japanese at its line; English as toml++ says it", arguments: [
        ("a = 1\na = 2\n", 2, "a", "Error while parsing key-value pair: cannot redefine existing integer 'a'"),
        ("[t]\nx = 1\n[t]\ny = 2\n", 3, "t", "Error while parsing table header: cannot redefine existing table 't'"),
    ] as [(String, Int, String, String)])
    func definedTwice(text: String, line: Int, key: String, english: String) throws {
        let found = try #require(issue(text))
        #expect(found.line == line)
        #expect(found.text(in: .japanese)
                == "measures.toml:\(line): TOMLの構文エラー：「\(key)」が2回定義されています（同じキーやテーブルは1回だけ書けます）")
        #expect(found.description == "measures.toml:\(line): TOML syntax: " + english)
    }

    @Test("anything else the library says is shown as it is, in both languages")
    func otherTextAsGiven() {
        let problem = TOMLLibraryProblem(libraryText: "Error while parsing something else")
        #expect(problem.text(in: .japanese) == "Error while parsing something else")
        #expect(problem.text(in: .english) == "Error while parsing something else")
    }
}
