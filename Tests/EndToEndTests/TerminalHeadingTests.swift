import Foundation
import MuniPlan
import TestSupport
import Testing

/// At a real prompt (tmux): `coverage --by district` fits 180 and 200 columns with short
/// headings and a legend, not record blocks; `help selectors` aligns its second column by
/// display width in both languages; `weights` is a table `format csv` applies to.
@Suite(.serialized) struct TerminalHeadingTests {
    @Test("coverage --by district: one line a district under short headings, the legend under it",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"),
          arguments: [(180, "C.UTF-8"), (200, "C.UTF-8"), (180, "ja_JP.UTF-8")])
    func coverageByDistrict(width: Int, lang: String) throws {
        try TerminalWidthTests.withPrompt(width: width, height: 40, environment: { _ in "LANG=\(lang)" }, arguments: "--no-pager") { session, _ in
            try TerminalWidthTests.enter("allocate advisor 19 --min-per-district 1", in: session)
            try TerminalWidthTests.enter("coverage --by district", in: session)
            let lines = try TerminalWidthTests.transcript(session)
            for line in lines where !line.hasPrefix("muniplan R4") { #expect(DisplayWidth.of(line) <= width, "wider than \(width): \(line)") }
            let text = lines.joined(separator: "\n")
            #expect(!text.contains("-[ RECORD") && !text.contains("件目 ]"), "record blocks at \(width):\n\(text)")
            let (district, population) = lang.hasPrefix("ja") ? ("地域", "人%") : ("district", "p%")
            #expect(lines.contains { $0.hasPrefix(district) && $0.contains(population) }, "\(text)")
            #expect(lines.contains { $0.hasPrefix("南会津") })
            #expect(text.contains(lang.hasPrefix("ja") ? "a seminar、b talent" : "a seminar, b talent"), "\(text)")
        }
    }

    @Test("help selectors: the second column starts at one display column, in English and in Japanese",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"),
          arguments: ["C.UTF-8", "ja_JP.UTF-8"])
    func selectorsAligned(lang: String) throws {
        try TerminalWidthTests.withPrompt(width: 100, height: 40, environment: { _ in "LANG=\(lang)" }, arguments: "--no-pager") { session, _ in
            try TerminalWidthTests.enter("help selectors", in: session)
            let lines = try TerminalWidthTests.transcript(session)
            // The lines of the table: the code, the name, kana, romaji, district, kind, group, covered, all.
            let rows = lines.filter { $0.hasPrefix("  ") }
            #expect(rows.count == 9, "\(lines.joined(separator: "\n"))")
            let starts = rows.map { row in
                let text = row.dropFirst(2)
                let gap = text.range(of: "  ")!
                let second = text[gap.lowerBound...].drop { $0 == " " }
                return DisplayWidth.of(String(row[..<second.startIndex]))
            }
            #expect(Set(starts).count == 1, "second columns at \(starts):\n\(rows.joined(separator: "\n"))")
        }
    }

    @Test("weights is a table: format csv prints it as CSV",
          .enabled(if: TerminalTests.tmuxPath != nil, "tmux is not on PATH (.ci/run installs it)"))
    func weightsFormat() throws {
        try TerminalWidthTests.withPrompt(width: 100, height: 30, arguments: "--no-pager") { session, _ in
            try TerminalWidthTests.enter("format csv", in: session)
            try TerminalWidthTests.enter("weights", in: session) { $0.contains("small,1.00,") }
            #expect(try TerminalWidthTests.transcript(session).contains("feature,weight,meaning"))
        }
    }
}
