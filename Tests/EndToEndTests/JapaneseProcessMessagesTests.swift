import Foundation
import TestSupport
import Testing

/// What the executable itself says about the process reads in the session's language: a
/// scenario file it cannot run, output it cannot write (in the language the session had
/// switched to by then). English is unchanged (OutputFailureTests, ScenarioFileTests).
@Suite struct JapaneseProcessMessagesTests {
    static let hasDevFull = FileManager.default.fileExists(atPath: "/dev/full")

    @Test("stdout to /dev/full in Japanese: --lang ja, or lang ja before the output", .enabled(if: hasDevFull),
          arguments: [["--lang", "ja", "-c", "kpi"], ["-c", "lang ja; kpi"]])
    func fullStdout(arguments: [String]) throws {
        let child = try SpawnedMuniplan(arguments, stdout: .path("/dev/full"))
        let end = child.wait(timeout: 30)
        #expect(end == .exited(1), "\(end.map(\.description) ?? "no end")\n\(child.stderr)")
        #expect(child.stderr.hasPrefix("muniplan：標準出力に書き込めません："), "\(child.stderr)")
        #expect(child.stderr.hasSuffix(" — 中止しました\n"), "\(child.stderr)")
    }

    @Test("a scenario file that is not there, named in Japanese")
    func missingScenarioFile() throws {
        let japanese = try muniplan(["--lang", "ja", "nosuch.plan"])
        #expect(japanese.status == 1, "\(japanese)")
        #expect(japanese.stderr == "muniplan：ファイルがありません：nosuch.plan\n", "\(japanese)")
        let english = try muniplan(["nosuch.plan"])
        #expect(english.stderr == "muniplan: no such file: nosuch.plan\n", "\(english)")
    }
}
