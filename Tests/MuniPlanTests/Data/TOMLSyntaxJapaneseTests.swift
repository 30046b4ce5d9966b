import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// The TOML check's problems read in Japanese for a Japanese session (a staff member who
/// broke measures.toml or uptake.toml), and in English exactly as before.
@Suite("TOML syntax in Japanese")
struct TOMLSyntaxJapaneseTests {
    func problem(_ text: String) -> DataIssue? { tomlProblem(text, file: "uptake.toml") }

    @Test("what is wrong, and what was found instead, in Japanese; English as it was", arguments: [
        ("a = [}", "TOMLの構文エラー：値が必要です（実際は「}」）", "TOML syntax: expected a value, found '}'"),
        ("a = ", "TOMLの構文エラー：値が必要です（実際はファイルの終わり）", "TOML syntax: expected a value, found the end of the file"),
        ("a = 1 2", "TOMLの構文エラー：ここで行が終わるはずです（実際は「2」）", "TOML syntax: expected the end of the line, found '2'"),
        ("a =\n", "TOMLの構文エラー：値が必要です（実際は行末）", "TOML syntax: expected a value, found the end of the line"),
        ("é = 1", "TOMLの構文エラー：キー（英字、数字、-、_ で書くか、引用符で囲む）が必要です（実際はASCII以外の文字）",
         "TOML syntax: expected a key (letters, digits, - and _, or quoted), found a non-ASCII character"),
        ("a = 1\r", "TOMLの構文エラー：ここで行が終わるはずです（実際はLF（改行）の付かないCR（復帰））",
         "TOML syntax: expected the end of the line, found a carriage return without a line feed"),
        ("a = \"open", "TOMLの構文エラー：文字列がその行で閉じていません（「\"」がありません）",
         "TOML syntax: a string that does not end on its line (a missing \")"),
        ("t = {a = 1 b = 2}", "TOMLの構文エラー：インラインテーブルでは「,」か「}」が必要です（実際は「b」）",
         "TOML syntax: expected ',' or '}' in an inline table, found 'b'"),
        ("[[a] ]", "TOMLの構文エラー：テーブルの見出しは「]]」で閉じてください（実際は「]」）",
         "TOML syntax: a table header must end with ]], found ']'"),
        ("a = \"\\q\"", "TOMLの構文エラー：不明なエスケープ\\q（使えるもの：\\\" \\\\ \\b \\f \\n \\r \\t \\uXXXX）",
         "TOML syntax: unknown escape \\q (use \\\" \\\\ \\b \\f \\n \\r \\t \\uXXXX)"),
        ("a = \"\\u12\"", "TOMLの構文エラー：\\uには16進数字が4桁必要です", "TOML syntax: \\u needs 4 hex digits"),
        ("a = 1979-05-27", "TOMLの構文エラー：日付・時刻は muniplan のファイルでは使えません（引用符で囲んだ文字列で書いてください）",
         "TOML syntax: a date or time: muniplan files take none (write it as a string in quotes)"),
    ] as [(String, String, String)])
    func japanese(text: String, japanese: String, english: String) throws {
        let issue = try #require(problem(text), "\(text) was accepted")
        #expect(issue.what.text(in: .japanese) == japanese)
        #expect(issue.message == english)
    }

    /// Every malformed text the English suite refuses: no English sentence is left in its
    /// Japanese (the ASCII words left are names: TOML, Unicode, muniplan, the escape \uXXXX).
    @Test("no English words in any Japanese TOML problem", arguments: [
        "a = ", "a = b", "a", "= 1", "a = 1 2", "a = \"open", "x = 1\ns = \"\"\"\nnever", "a = '\u{7}'", "a = \"\\q\"",
        "a = \"\\uD800\"", "a = \"\\u12\"", "a = [1 2]", "t = {a = 1,}", "t = {a = 1 b = 2}", "a = 01", "a = 1979-05-27",
        "a = 1\rb = 2", "# c \u{0} d", "\"\"\"k\"\"\" = 1", "a = [" + String(repeating: "[", count: 40), "[[a] ]",
        "s = '''a''''''", "s = \"\"\"a \\ b\"\"\"", "s = 'open", "s = \"a\u{1}\"", "s = '''\na\rb'''", "a = \"\\",
    ])
    func noEnglishLeft(text: String) throws {
        let issue = try #require(problem(text), "\(text) was accepted")
        let japanese = issue.what.text(in: .japanese)
        let words = japanese.split(whereSeparator: { !$0.isASCII || !$0.isLetter }).filter { $0.count >= 3 && !["TOML", "Unicode", "muniplan", "uXXXX"].contains($0) }
        #expect(words.isEmpty, "\(japanese)")
        #expect(japanese != issue.message)
    }

    @Test("a broken uptake.toml, as a Japanese session shows it: file, line, then Japanese")
    func brokenUptakeFile() throws {
        let dataset = try bundledDataset()
        do throws(DataError) {
            _ = try UptakeModel(text: "[support]\nadvisor = \"advisor\"\ngrant = [\"ict-grant\"\n", file: "uptake.toml", dataset: dataset)
            Issue.record("the model was accepted")
        } catch {
            #expect(error.message.text(in: .japanese) == "uptake.toml:4: TOMLの構文エラー：配列では「,」か「]」が必要です（実際はファイルの終わり）")
            #expect(error.description == "uptake.toml:4: TOML syntax: expected ',' or ']' in an array, found the end of the file")
        }
    }
}
