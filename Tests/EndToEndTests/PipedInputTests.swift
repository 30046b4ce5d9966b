import Foundation
import TestSupport
import Testing

/// `… | muniplan`: no prompt, no banner, the same output; the first error stops the run.
@Suite struct PipedInputTests {
    @Test("bodies district:南会津 from a pipe prints the 4 bodies and no prompt")
    func bodiesFromPipe() throws {
        let result = try muniplan([], input: "bodies district:南会津\n")
        #expect(result.status == 0, "\(result)")
        for name in ["下郷町", "檜枝岐村", "只見町", "南会津町"] { #expect(result.stdout.contains(name), "\(name) missing") }
        #expect(result.stdoutLines.filter { $0.first?.isNumber == true }.count == 4, "\(result)")
        #expect(!result.stdout.contains("muniplan R4"), "a prompt was printed")
        #expect(!result.stdout.contains(">"), "a prompt was printed")
        #expect(!result.stdout.contains("Type help"), "the banner was printed")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test("an error stops the run at its line: <stdin>:2:, exit 1, line 3 not run")
    func errorStops() throws {
        let result = try muniplan([], input: "bodies\nshow nowhere\nbodies\n")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("<stdin>:2: unknown body 'nowhere'"), "\(result)")
        #expect(result.stdout.components(separatedBy: "福島県 total").count == 2, "bodies ran more than once:\n\(result)")
    }

    @Test("comments, blank lines, continuations and ; work as in files")
    func language() throws {
        let input = """
            # a plan typed into a pipe

            assign advisor 檜枝岐村 \\
                只見町   # two advisors
            format csv; bodies covered:advisor
            """
        let result = try muniplan([], input: input + "\n")
        #expect(result.status == 0, "\(result)")
        let records = parseCSV(result.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("code,") }.joined(separator: "\n"))
        #expect(records.dropFirst().map { $0[0] } == ["073644", "073679"], "\(result)")
    }

    @Test("a failed expect goes on, then exits 1; every failure is reported")
    func expectations() throws {
        let input = "expect kpi advisor met\nassign advisor hinoemata\nexpect count covered:advisor == 2\nexpect count covered:advisor == 1\n"
        let result = try muniplan([], input: input)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("<stdin>:1: expectation failed: expected kpi advisor met, actual"), "\(result)")
        #expect(result.stderr.contains("<stdin>:3: expectation failed: expected count covered:advisor == 2, actual 1"), "\(result)")
        #expect(result.stdout.contains("ok: count covered:advisor = 1"), "\(result)")
    }

    @Test("--bail stops at the first failed expect")
    func bail() throws {
        let result = try muniplan(["--bail"], input: "expect kpi advisor met\nexpect count all == 1\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:1:"))
        #expect(!result.stderr.contains("<stdin>:2:"), "\(result)")
    }

    @Test("--keep-going reports every error and runs every line")
    func keepGoing() throws {
        let result = try muniplan(["--keep-going"], input: "show nowhere\nfrobnicate\nshow hinoemata\n")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("<stdin>:1: unknown body 'nowhere'"))
        #expect(result.stderr.contains("<stdin>:2: unknown command 'frobnicate'"))
        #expect(result.stdout.contains("檜枝岐村"))
    }

    @Test("a line that is not UTF-8 stops the run there, located, not as U+FFFD; even with --keep-going",
          arguments: [[], ["--keep-going"]])
    func notUTF8(options: [String]) throws {
        let bytes = Array("fy R4\nshow ".utf8) + [0x82, 0xA0, 0x0A] + Array("kpi\n".utf8)
        let result = try muniplan(options, inputBytes: bytes)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("<stdin>:2: not UTF-8 text (byte 0x82 at byte 6)"), "\(result)")
        #expect(!result.stderr.contains("\u{FFFD}"), "\(result)")
        #expect(result.stdout.contains("editing FY2022 (R4)"), "\(result)")
        #expect(!result.stdout.contains("目標"), "the line after it ran:\n\(result)")
    }

    @Test("a byte order mark and CRLF line ends are read as in files; a last line without LF runs")
    func bomAndCRLF() throws {
        let result = try muniplan([], inputBytes: [0xEF, 0xBB, 0xBF] + Array("fy R4\r\nshow hinoemata\r\nfy R5".utf8))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.first == "editing FY2022 (R4)", "\(result)")
        #expect(result.stdout.contains("檜枝岐村"), "\(result)")
        #expect(result.stdout.contains("editing FY2023 (R5)"), "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test("empty input is fine")
    func empty() throws {
        let result = try muniplan([], input: "")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }
}
