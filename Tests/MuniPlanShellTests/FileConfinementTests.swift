import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Scripts read and write only under the working directory, `--allow-write` and
/// `--allow-read` directories (issue #11, defects 1 and 5), decided by bytes; at the
/// prompt the user's typing is trusted. A file's content never reaches an error whole.
@Suite struct FileConfinementTests {
    /// Lines a script must never get to echo.
    static let secret = "root:$6$saltsalt$hashhashhashhashhash:19000:0:99999:7:::\ntoken SECRET-TOKEN-1234 here\n"
    static let secretWords = ["saltsalt$hashhash", "hashhashhash", "SECRET-TOKEN"]

    /// folder/work is the working directory; folder/secret.txt and folder/lib/ are outside it.
    func layout(_ folder: TemporaryFolder) throws -> String {
        try folder.write("work/.keep", "")
        try folder.write("secret.txt", Self.secret)
        try folder.write("lib/aging.csv", "code,aging\n073644,52.0\n")
        try folder.write("lib/inner.plan", "assign advisor hinoemata\n")
        try folder.write("lib/uptake.toml", try String(contentsOf: repositoryRoot.appendingPathComponent("Data/uptake.toml"), encoding: .utf8))
        return folder.path + "/work"
    }

    func leaks(_ messages: [String]) -> Bool {
        messages.contains { m in Self.secretWords.contains { m.contains($0) } }
    }

    @Test("export and save refuse a .. hidden by a fusing mark after the slash", arguments: ["\u{301}", "\u{200D}", "\u{FE0F}"])
    func fusingMarks(mark: String) throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            let interpreter = try makeInterpreter(workingDirectory: work)
            let result = interpreter.script(["export kpi --to \"../\(mark)d/x.csv\"", "save \"../\(mark)d/evil.plan\""],
                                            name: "s.plan", keepGoing: true)
            #expect(result.outcome.errors.count == 2, "\(result.outcome.errors)")
            for error in result.outcome.errors {
                #expect(error.contains("is outside the directories a script may write to"), "\(error)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["lib", "secret.txt", "work"])
        }
    }

    @Test("export through a link that leads out is refused, even with a mark after the slash")
    func linkOut() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            try FileManager.default.createDirectory(atPath: folder.path + "/target", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: work + "/l", withDestinationPath: "../target")
            let interpreter = try makeInterpreter(workingDirectory: work)
            let result = interpreter.script(["export kpi --to \"l/\u{301}x.sh\" --format csv"], name: "s.plan")
            #expect(result.outcome.errors.first?.contains("outside the directories a script may write to") == true, "\(result.outcome.errors)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/target").isEmpty)
        }
    }

    @Test("from a working directory データ (composed), a decomposed デ is a sibling and refused")
    func decomposedSibling() throws {
        try withTemporaryFolder { folder in
            let composed = "\u{30C7}\u{30FC}\u{30BF}", decomposed = "\u{30C6}\u{3099}\u{30FC}\u{30BF}"
            let work = folder.path + "/" + composed
            #expect(mkdir(work, 0o755) == 0)
            let interpreter = try makeInterpreter(workingDirectory: work)
            let result = interpreter.script(["export kpi --to \"../\(decomposed)/x.csv\"", "export kpi --to \"../\(composed)/ok.csv\""],
                                            name: "s.plan", keepGoing: true)
            #expect(result.outcome.errors.count == 1 && result.outcome.errors[0].hasPrefix("s.plan:1: "), "\(result.outcome.errors)")
            #expect(result.outcome.errors.first?.contains("only looks inside") == true)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { Array($0.utf8) }
            #expect(names == [Array(composed.utf8)], "no decomposed sibling was made")
            #expect(FileManager.default.fileExists(atPath: work + "/ok.csv"))
        }
    }

    @Test("run of a file outside is refused without a word of it, with and without --keep-going")
    func runOutside() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            for keepGoing in [false, true] {
                let interpreter = try makeInterpreter(workingDirectory: work)
                for line in ["run ../secret.txt", "run ../secret.txt --keep-going", "run \(folder.path)/secret.txt", "run /etc/passwd"] {
                    let result = interpreter.script([line], name: "s.plan", keepGoing: keepGoing)
                    let messages = result.outcome.errors + result.reported
                    #expect(result.outcome.errors.count == 1, "\(line): \(messages)")
                    #expect(messages.allSatisfy { $0.contains("outside the directories a script may read") }, "\(line): \(messages)")
                    #expect(!leaks(messages) && !messages.contains { $0.contains("root:x:") }, "\(messages)")
                }
            }
        }
    }

    @Test("indicators load and simulate --model outside are refused, without echoing the file")
    func otherReadsOutside() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            let interpreter = try makeInterpreter(workingDirectory: work)
            let lines = ["indicators load ../secret.txt", "indicators load ../lib/aging.csv",
                         "simulate --model ../secret.txt", "simulate --model ../lib/uptake.toml --runs 10", "run ../lib/inner.plan"]
            let result = interpreter.script(lines, name: "s.plan", keepGoing: true)
            #expect(result.outcome.errors.count == lines.count, "\(result.outcome.errors)")
            #expect(result.outcome.errors.allSatisfy { $0.contains("--allow-read DIR") }, "\(result.outcome.errors)")
            #expect(!leaks(result.outcome.errors))
            #expect(interpreter.session.plan.indicators.names.isEmpty)
        }
    }

    @Test("--allow-read DIR lets scripts read there, not write; --allow-write DIR both")
    func allowRead() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            let lines = ["indicators load ../lib/aging.csv", "simulate --model ../lib/uptake.toml --runs 10", "run ../lib/inner.plan"]
            for interpreter in [try makeInterpreter(workingDirectory: work, allowRead: ["../lib"]),
                                try makeInterpreter(workingDirectory: work, allowWrite: [folder.path + "/lib"])] {
                let result = interpreter.script(lines, name: "s.plan")
                #expect(result.outcome.errors.isEmpty, "\(result.outcome.errors)")
                #expect(interpreter.session.plan.indicators.value("aging", for: "073644") == 52.0)
                #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)) == ["073644"])
            }
            let readOnly = try makeInterpreter(workingDirectory: work, allowRead: ["../lib"])
            let write = readOnly.script(["export kpi --to ../lib/kpi.csv"], name: "s.plan")
            #expect(write.outcome.errors.first?.contains("--allow-write DIR") == true, "\(write.outcome.errors)")
            #expect(!FileManager.default.fileExists(atPath: folder.path + "/lib/kpi.csv"))
        }
    }

    @Test("at the prompt the user's own typing may read anywhere; a file it runs may not")
    func prompt() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            let interpreter = try makeInterpreter(workingDirectory: work, interactive: true)
            try interpreter.run("indicators load ../lib/aging.csv")
            try interpreter.run("simulate --model ../lib/uptake.toml --runs 10")
            try interpreter.run("run ../lib/inner.plan")
            #expect(interpreter.session.plan.indicators.value("aging", for: "073644") == 52.0)
            #expect(interpreter.session.plan.covered("advisor", in: FiscalYear(2022)) == ["073644"])
            // Read, but quoted only in part: the first word, cut and escaped.
            let message = interpreter.failure("run ../secret.txt")
            #expect(message == "../secret.txt:1: unknown command 'root:$6$saltsalt$hashhas…' — type help for the list", "\(message)")
            try folder.write("work/nested.plan", "run ../secret.txt\n")
            #expect(interpreter.failure("run nested.plan").contains("outside the directories a script may read"))
        }
    }

    @Test("a file named on the command line is read wherever it is; what it runs is confined")
    func commandLineFile() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            try folder.write("elsewhere/main.plan", "run ../secret.txt\n")
            let path = folder.path + "/elsewhere/main.plan"
            let text = try Interpreter.readScript(path, shownAs: "../elsewhere/main.plan")
            let interpreter = try makeInterpreter(workingDirectory: work)
            let result = interpreter.script(text.components(separatedBy: "\n"), name: "../elsewhere/main.plan", path: path)
            #expect(result.outcome.errors.first?.hasPrefix("../elsewhere/main.plan:1: ") == true, "\(result.outcome.errors)")
            #expect(result.outcome.errors.first?.contains("outside the directories a script may read") == true)
        }
    }

    @Test("with --keep-going, lines that are not muniplan are quoted 24 characters at most, escaped")
    func shortEscapedExcerpts() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            try folder.write("work/notes.plan", Self.secret + "\u{1B}[31mred\u{202E}txt.exe and more\n")
            let interpreter = try makeInterpreter(workingDirectory: work)
            var notices: [String] = []
            do {
                try interpreter.execute(line: "run notes.plan --keep-going") { if case let .notice(n) = $0 { notices.append(n) } }
                Issue.record("the run should fail")
            } catch {}
            #expect(notices.count == 3, "\(notices)")
            #expect(!leaks(notices), "\(notices)")
            #expect(notices.contains { $0.contains("unknown command 'token'") })
            #expect(notices.contains { $0.contains("'\\x1b[31mred\\u{202E}txt.exe'") }, "\(notices)")
            #expect(!notices.contains { $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E } })
        }
    }

    @Test("a binary file is refused whole with one error and nothing of it quoted")
    func binaryFile() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            let bytes = Array("assign advisor hinoemata\nSECRET-TOKEN-1\0\u{1}\u{2}payload\nkpi\n".utf8)
            try Data(bytes).write(to: URL(fileURLWithPath: work + "/bin.plan"))
            for line in ["run bin.plan", "run bin.plan --keep-going"] {
                let interpreter = try makeInterpreter(workingDirectory: work)
                let message = interpreter.failure(line)
                #expect(message == "bin.plan:2: a NUL byte: not a text file (a binary file?); nothing of it was used", "\(message)")
                #expect(interpreter.session.plan == Plan(), "nothing ran")
            }
            let indicators = try makeInterpreter(workingDirectory: work).failure("indicators load bin.plan")
            #expect(indicators.contains("a NUL byte") && !indicators.contains("SECRET"), "\(indicators)")
        }
    }

    @Test("-c and piped input are scripts too")
    func commandStrings() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            let interpreter = try makeInterpreter(workingDirectory: work)
            var reported: [String] = []
            let outcome = interpreter.runScript(["run ../secret.txt; export kpi --to ../x.csv"], name: "-c", path: nil, keepGoing: true,
                                                bail: false, numberCommands: true, emit: { _ in }, report: { reported.append($0) })
            #expect(outcome.errors.count == 2, "\(outcome.errors)")
            #expect(outcome.errors[0].hasPrefix("-c:1: ") && outcome.errors[1].hasPrefix("-c:2: "))
            #expect(!leaks(outcome.errors) && !FileManager.default.fileExists(atPath: folder.path + "/x.csv"))
        }
    }

    @Test("a file that runs itself through a link is still caught (by device and inode)")
    func cycleThroughLink() throws {
        try withTemporaryFolder { folder in
            let work = try layout(folder)
            try folder.write("work/a.plan", "run again.plan\n")
            try FileManager.default.createSymbolicLink(atPath: work + "/again.plan", withDestinationPath: "a.plan")
            let interpreter = try makeInterpreter(workingDirectory: work)
            let message = interpreter.failure("run a.plan")
            #expect(message.contains("again.plan runs itself (a.plan → again.plan)"), "\(message)")
        }
    }
}
