import Foundation
import TestSupport
import Testing

/// The transcript corpus (issue 12): every help example, help page, scenario and a few
/// hundred generated command lines, each run by the built executable in a fresh folder,
/// with its exact output bytes, exit status and the files it wrote. A redesign of the
/// shell must give the same bytes; a change of behaviour shows here as a diff, and is
/// recorded on purpose with `MUNIPLAN_RECORD_TRANSCRIPTS=1 swift test --filter Transcript`.
///
/// `Transcripts/inputs.txt` is written by `tools/transcript-inputs.py`;
/// `Transcripts/expected.txt` holds what each input gave.
@Suite struct TranscriptTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Transcripts")

    struct Entry: Sendable {
        let kind: String
        let text: String
        var header: String { "### \(kind)\t\(text)" }
    }

    static func inputs(_ name: String = "inputs.txt") throws -> [Entry] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> Entry? in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return Entry(kind: String(parts[0]), text: String(parts[1]))
        }
    }

    @Test("every input of the corpus gives the recorded bytes, status and files")
    func corpus() throws {
        let entries = try Self.inputs()
        #expect(entries.count >= 500, "the corpus should hold its help examples, scenarios and 300 generated lines")
        let transcripts = try Self.run(entries)
        let expectedURL = Self.folder.appendingPathComponent("expected.txt")
        let actual = transcripts.joined()
        if ProcessInfo.processInfo.environment["MUNIPLAN_RECORD_TRANSCRIPTS"] == "1" {
            try Data(actual.utf8).write(to: expectedURL)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        guard expected != actual else { return }
        let recorded = Self.split(expected)
        var differing = 0
        for (entry, transcript) in zip(entries, transcripts) where recorded[entry.header] != transcript {
            differing += 1
            if differing <= 5 {
                Issue.record("\(entry.header)\n--- expected\n\(recorded[entry.header] ?? "(not recorded)")--- actual\n\(transcript)")
            }
        }
        Issue.record("\(differing) of \(entries.count) transcripts differ (re-record on purpose with MUNIPLAN_RECORD_TRANSCRIPTS=1)")
    }

    /// Recorded transcripts by their header line (each ends with a newline).
    static func split(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        var header: String?
        var body = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("### ") {
                if let h = header { out[h] = body }
                header = String(line)
                body = ""
            }
            body += line + "\n"
        }
        if let h = header { out[h] = body }
        return out
    }

    /// Runs every entry, two at a time, each in a folder of its own holding a copy of
    /// `scenarios/` and a small indicator table.
    static func run(_ entries: [Entry], environment: [String: String] = [:]) throws -> [String] {
        _ = try Executable.url()  // fails early, saying where it looked
        let results = Results(count: entries.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 2
        for (index, entry) in entries.enumerated() {
            queue.addOperation { results.set(index, Self.transcript(of: entry, environment: environment)) }
        }
        queue.waitUntilAllOperationsAreFinished()
        return results.values
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String]
        init(count: Int) { items = Array(repeating: "", count: count) }
        func set(_ index: Int, _ value: String) { lock.lock(); items[index] = value; lock.unlock() }
        var values: [String] { lock.lock(); defer { lock.unlock() }; return items }
    }

    static func transcript(of entry: Entry, environment: [String: String] = [:]) -> String {
        let manager = FileManager.default
        let workspace = manager.temporaryDirectory.appendingPathComponent("muniplan-transcript-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: workspace) }
        do {
            try manager.createDirectory(at: workspace, withIntermediateDirectories: true)
            try manager.copyItem(at: repositoryRoot.appendingPathComponent("scenarios"), to: workspace.appendingPathComponent("scenarios"))
            try manager.copyItem(at: repositoryRoot.appendingPathComponent("examples"), to: workspace.appendingPathComponent("examples"))
            try Data("code,elderly_rate\n073644,60.5\n072010,28.1\n".utf8).write(to: workspace.appendingPathComponent("ind.csv"))
            let before = Set(try files(in: workspace))
            let arguments: [String]
            var input = ""
            switch entry.kind {
            case "-c": arguments = ["-c", entry.text]
            case "file": arguments = [entry.text]
            default:
                arguments = []
                input = entry.text.replacingOccurrences(of: "\\n", with: "\n") + "\n"
            }
            let data = bundledDataDirectory.path
            // A fixed SOURCE_DATE_EPOCH (2025-04-01) gives reports a fixed date, so their bytes are recorded.
            let result = try muniplan(["--data", data] + arguments, input: input, in: workspace,
                                      environment: ["SOURCE_DATE_EPOCH": "1743465600"].merging(environment) { _, given in given })
            var out = "\(entry.header)\nstatus \(result.status)\n"
            out += section("stdout", result.stdout, workspace: workspace)
            out += section("stderr", result.stderr, workspace: workspace)
            for file in try files(in: workspace).sorted() where !before.contains(file) {
                let bytes = try Data(contentsOf: workspace.appendingPathComponent(file))
                if bytes.count <= 4096, let text = String(data: bytes, encoding: .utf8) {
                    out += section("file \(file)", text, workspace: workspace)
                } else {
                    out += "--- file \(file): \(bytes.count) bytes, fnv1a64 \(String(fnv1a64(bytes), radix: 16))\n"
                }
            }
            return out
        } catch {
            return "\(entry.header)\nerror \(error)\n"
        }
    }

    /// Output lines behind `| `, with the folders that differ between machines and the
    /// date a save writes replaced by placeholders.
    static func section(_ name: String, _ text: String, workspace: URL) -> String {
        guard !text.isEmpty else { return "" }
        var text = text.replacingOccurrences(of: workspace.resolvingSymlinksInPath().path, with: "<workspace>")
            .replacingOccurrences(of: workspace.path, with: "<workspace>")
            .replacingOccurrences(of: repositoryRoot.path, with: "<root>")
        text = text.replacingOccurrences(of: #"\d{4}-\d{2}-\d{2} \(UTC\)"#, with: "<date> (UTC)", options: .regularExpression)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let ended = text.hasSuffix("\n")
        return "--- \(name)\(ended ? "" : " (no final newline)")\n"
            + (ended ? lines.dropLast() : lines[...]).map { "| " + $0 + "\n" }.joined()
    }

    static func files(in folder: URL) throws -> [String] {
        let base = folder.path + "/"
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var out: [String] = []
        while let name = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + name, isDirectory: &isDirectory), !isDirectory.boolValue {
                out.append(name)
            }
        }
        return out
    }

    static func fnv1a64(_ bytes: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
