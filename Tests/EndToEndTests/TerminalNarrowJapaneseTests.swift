import Foundation
import MuniPlan
import TestSupport
import Testing

/// A Japanese prompt 60 columns wide (tmux): simulate's empty tables show their title and
/// （なし） with no headings past the edge, and explain's reasons each read whole on a line
/// of a record block.
@Suite(.serialized) struct TerminalNarrowJapaneseTests {
    @Test("LANG=ja_JP.UTF-8 at 60 columns: simulate's empty tables and explain's reasons fit",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func narrowJapanese() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let session = TerminalTests.TmuxSession(stateHome: folder.url)
        defer { session.kill() }
        try session.start(lang: "ja_JP.UTF-8", width: 60, height: 40, arguments: "--no-pager")
        try session.waitFor("the prompt") { TerminalTests.lines($0).last == TerminalTests.bare }
        for line in ["simulate --runs 200", "allocate advisor 19 --min-per-district 1", "explain advisor"] {
            try TerminalWidthTests.enter(line, in: session)
        }
        let lines = try TerminalWidthTests.transcript(session)
        for line in lines where !line.hasPrefix("muniplan R4") { #expect(DisplayWidth.of(line) <= 60, "wider than 60: \(line)") }
        let title = try #require(lines.firstIndex(of: "計画で支援する団体"), "\(lines.joined(separator: "\n"))")
        #expect(lines[title + 1] == "（なし）")
        #expect(lines.contains { $0.hasPrefix("-[ 1件目 ]-") })
        #expect(lines.contains("理由：   地域ごとの下限によりいわきではいわき市を選定"), "\(lines.joined(separator: "\n"))")
    }
}
