import Foundation
import TestSupport
import Testing

/// The walk-through, the FY2022 scenario, help, kpi, coverage, explain, simulate and a few
/// errors, each run twice by the built executable: under `LANG=C.UTF-8` and under
/// `LANG=ja_JP.UTF-8`. `Transcripts/expected-bilingual.txt` holds both, one after the other,
/// so a translator reads the two side by side and a change in either shows as a diff.
/// Re-record on purpose with `MUNIPLAN_RECORD_TRANSCRIPTS=1 swift test --filter Bilingual`.
@Suite struct BilingualTranscriptTests {
    static let languages: [(name: String, environment: [String: String])] = [
        ("en", ["LANG": "C.UTF-8"]),
        ("ja", ["LANG": "ja_JP.UTF-8"]),
    ]

    @Test("each input gives the recorded bytes in English and in Japanese, with the same status and files")
    func bilingual() throws {
        let entries = try TranscriptTests.inputs("bilingual.txt")
        #expect(entries.count >= 15)
        var byLanguage: [[String]] = []
        for language in Self.languages {
            byLanguage.append(try TranscriptTests.run(entries, environment: language.environment))
        }
        var actual = ""
        for (index, entry) in entries.enumerated() {
            for (language, transcripts) in zip(Self.languages, byLanguage) {
                actual += transcripts[index].replacingOccurrences(of: entry.header, with: "### \(language.name) \(entry.kind)\t\(entry.text)")
            }
            // A machine reads the status and the files: the reader's language changes neither.
            let english = byLanguage[0][index], japanese = byLanguage[1][index]
            #expect(Self.status(english) == Self.status(japanese), "\(entry.header)")
            #expect(Self.machineFiles(english) == Self.machineFiles(japanese), "\(entry.header)")
        }
        let url = TranscriptTests.folder.appendingPathComponent("expected-bilingual.txt")
        if ProcessInfo.processInfo.environment["MUNIPLAN_RECORD_TRANSCRIPTS"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard expected != actual else { return }
        let recorded = TranscriptTests.split(expected), now = TranscriptTests.split(actual)
        let differing = now.keys.sorted().filter { recorded[$0] != now[$0] }
        for header in differing.prefix(5) {
            Issue.record("\(header)\n--- expected\n\(recorded[header] ?? "(not recorded)")--- actual\n\(now[header] ?? "")")
        }
        Issue.record("\(differing.count) of \(now.count) transcripts differ (re-record on purpose with MUNIPLAN_RECORD_TRANSCRIPTS=1)")
    }

    static func status(_ transcript: String) -> Substring? {
        transcript.split(separator: "\n").first { $0.hasPrefix("status ") }
    }

    /// The saved scenarios and JSON a run wrote: these must be the same bytes in both languages.
    static func machineFiles(_ transcript: String) -> [String] {
        var out: [String] = []
        var current: String?
        for line in transcript.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("--- ") {
                current = line.hasPrefix("--- file ") && (line.contains(".plan") || line.contains(".json")) ? String(line) : nil
            }
            if let current, !line.hasPrefix("--- ") { out.append(current + String(line)) }
        }
        return out
    }
}
