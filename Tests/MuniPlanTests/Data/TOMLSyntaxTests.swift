import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// The TOML check that runs before TOMLKit: valid TOML (without dates) passes, and every
/// malformed text is refused on its line — in particular those that made toml++ abort.
@Suite("TOML syntax check")
struct TOMLSyntaxTests {
    func problem(_ text: String) -> DataIssue? { tomlProblem(text, file: "t.toml") }

    @Test("valid TOML passes", arguments: [
        "", "\n\n", "# comment\n", "a = 1", "a = 1 # c\r\nb = 2\r\n", "[t]\n[[a.b]]\n[ \"q k\" . 'l' ]\n",
        #"s = "esc \" \\ \b \t \n \f \r \u00e9 \U0001F600""#, "s = 'lit \\ no escapes'",
        "s = \"\"\"\nline\n  \\\n  joined\"\"\"", "s = '''\nraw \\ \"\n'''", "s = \"\"\"two quotes at the end\"\"\"\"\"",
        "i = [1, -2, +3, 1_000, 0x7FFF_ffff, 0o755, 0b1010, 0]", "f = [0.5, -1.5e3, 6.626E-34, 1e1_0, inf, -inf, +nan]",
        "b = [true, false]", "a = [\n  1, # one\n  2,\n]", "a = [[1, 2], ['x'], []]", "t = { a = 1, b.c = 'x', d = { e = [] } }",
        "a.b.c = 1\n\"x y\".z = 2\n'l'.m = 3\n1234 = 4\n-_ = 5", "key = \"日本語の値\" # コメント",
    ])
    func validPasses(text: String) {
        #expect(problem(text) == nil, "\(text)")
    }

    @Test("the inputs that made toml++ abort are refused on their line", arguments: [
        ("[dataset]\nname = \"x\"\n[{\n", 3), ("a = 1\n[[,item]]\n", 2), ("items = [}\"1(5)\"]", 1),
        ("[\n", 1), ("[a b]\n", 1), ("[.]\n", 1), ("[a..b]\n", 1), ("[a\n", 1), ("x = 1\n\n[[a]\n", 3),
    ])
    func abortsRefused(text: String, line: Int) throws {
        let issue = try #require(problem(text))
        #expect(issue.file == "t.toml")
        #expect(issue.line == line, "\(issue)")
        #expect(issue.message.hasPrefix("TOML syntax: "), "\(issue)")
        #expect(!issue.message.contains("\n"))
    }

    @Test("malformed TOML is refused with its line and what is wrong", arguments: [
        ("a = ", 1, "expected a value"), ("a = b", 1, "strings need quotes"), ("a", 1, "expected '='"),
        ("= 1", 1, "expected a key"), ("a = 1 2", 1, "end of the line"), ("a = \"open", 1, "does not end on its line"),
        ("x = 1\ns = \"\"\"\nnever", 2, "never ends"), ("a = '\u{7}'", 1, "control character"), ("a = \"\\q\"", 1, "unknown escape"),
        ("a = \"\\uD800\"", 1, "not a Unicode character"), ("a = \"\\u12\"", 1, "hex digits"), ("a = [1 2]", 1, "',' or ']'"),
        ("a = [1,\n2\n3]", 3, "',' or ']'"), ("t = {a = 1,}", 1, "expected a key"), ("t = {a = 1 b = 2}", 1, "',' or '}'"),
        ("a = 01", 1, "not a value"), ("a = 1__0", 1, "not a value"), ("a = 1_", 1, "not a value"), ("a = 0x", 1, "not a value"),
        ("a = 9223372036854775808", 1, "not a value"), ("a = 1.", 1, "not a value"), ("a = .5", 1, "not a value"),
        ("a = 1e", 1, "not a value"), ("a = 1979-05-27", 1, "a date or time"), ("a = 07:32:00", 1, "a date or time"),
        ("a = 1\rb = 2", 1, "carriage return"), ("# c \u{0} d", 1, "control character"), ("k\u{0} = 1", 1, "expected '='"),
        ("\"\"\"k\"\"\" = 1", 1, "multi-line"), ("a = [" + String(repeating: "[", count: 40), 1, "nested more than 32"),
        ("[[a] ]", 1, "must end with ]]"), ("[a]]", 1, "end of the line"), ("s = '''a''''''", 1, "too many quotes"),
        ("s = \"\"\"a \\ b\"\"\"", 1, "backslash"),
    ] as [(String, Int, String)])
    func malformedRefused(text: String, line: Int, fragment: String) throws {
        let issue = try #require(problem(text), "\(text) was accepted")
        #expect(issue.line == line, "\(issue)")
        #expect(issue.message.contains(fragment), "\(issue)")
        #expect(!issue.message.contains("\n"))
    }

    @Test("the bundled TOML files pass")
    func bundledFilesPass() throws {
        for file in ["measures.toml", "uptake.toml", "japan/measures.toml"] {
            #expect(problem(try bundledText(file)) == nil, "\(file)")
        }
    }

    /// Mutated copies of the bundled files through the check and then TOMLKit, in this
    /// process: an input that still reached a toml++ assertion would abort the test run.
    @Test("3,000 mutated TOML texts: the check or TOMLKit refuses, located; nothing aborts")
    func mutatedTexts() throws {
        let originals = try ["measures.toml", "uptake.toml", "japan/measures.toml"].map { Array(try bundledText($0).utf8) }
        let fragments = ["[{", "[[,item]]", "[}", "[[", "]]", "{", "}", "\"\"\"", "'''", "= [", ".", "[a.", "\\u", "0x", "1e", "\r", "a = {"]
        var g = RandomSource(seed: 11)
        var refused = 0
        for _ in 0..<3_000 {
            var bytes = originals.randomElement(using: &g)!
            for _ in 0..<Int.random(in: 1...3, using: &g) {
                let i = Int.random(in: 0...bytes.count, using: &g)
                switch Int.random(in: 0..<4, using: &g) {
                case 0: bytes.insert(contentsOf: Array(fragments.randomElement(using: &g)!.utf8), at: i)
                case 1: bytes.removeSubrange(i..<min(bytes.count, i + Int.random(in: 1...8, using: &g)))
                case 2: bytes.insert(Array("[]{}\",'=.#\\ \n0_e+-".utf8).randomElement(using: &g)!, at: i)
                default: bytes = Array(bytes.prefix(i))
                }
            }
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            do throws(DataError) { _ = try TextFile.toml(text, file: "t.toml") } catch {
                refused += 1
                for issue in error.issues {
                    #expect(issue.line >= 1 && !issue.message.contains("\n"), "\(issue)")
                }
            }
        }
        #expect(refused > 600, "many mutations should be refused (\(refused))")
    }
}
