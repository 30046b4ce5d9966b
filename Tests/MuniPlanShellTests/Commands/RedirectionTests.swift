import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `COMMAND > FILE` and `>> FILE`: the output in the file, not on the screen, under the
/// export's write policy; quoting makes `>` a word; `show` honours `format`.
@Suite struct RedirectionTests {
    @Test("> writes what the command would print, and prints nothing; >> adds to the end")
    func writesAndAppends() throws {
        try withShell { shell, folder in
            let printed = try shell.run("kpi > k.txt")
            #expect(printed.outputs.isEmpty)
            let once = try String(contentsOf: folder.url.appendingPathComponent("k.txt"), encoding: .utf8)
            #expect(once.hasPrefix("kpi ") && once.contains("short by 19") && once.hasSuffix("\n"))
            try shell.run("kpi >> k.txt")
            #expect(try String(contentsOf: folder.url.appendingPathComponent("k.txt"), encoding: .utf8) == once + once)
            try shell.run("format csv; districts >log/d.csv")
            let csv = try String(contentsOf: folder.url.appendingPathComponent("log/d.csv"), encoding: .utf8)
            #expect(csv.hasPrefix("name,"), "\(csv)")
        }
    }

    @Test("> /dev/null at the prompt discards the output and leaves /dev/null a device; a FIFO in the folder is written in place, in a script too")
    func streams() throws {
        try withShell { shell, folder in
            #expect(try shell.run("kpi > /dev/null").outputs.isEmpty)
            var info = stat()
            #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
            let pipe = folder.path + "/p"
            try #require(mkfifo(pipe, 0o600) == 0)
            let reader = open(pipe, O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            defer { close(reader) }
            let (outcome, _) = shell.script(["districts > p"])
            #expect(outcome.errors.isEmpty, "\(outcome.errors)")
            var buffer = [UInt8](repeating: 0, count: 8)
            #expect(read(reader, &buffer, 8) == 8 && String(decoding: buffer, as: UTF8.self) == "district")
            #expect(lstat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        }
    }

    @Test("in a script > refuses an existing file and a path outside the working folder, as exports do")
    func scriptPolicy() throws {
        try withShell(files: ["k.txt": utf8("keep\n")]) { shell, folder in
            let (outcome, _) = shell.script(["kpi > k.txt"])
            #expect(outcome.errors.first?.contains("k.txt") == true, "\(outcome.errors)")
            let kept = try String(contentsOf: folder.url.appendingPathComponent("k.txt"), encoding: .utf8)
            #expect(kept == "keep\n")
            let outside = FileManager.default.temporaryDirectory.appendingPathComponent("muniplan-outside-\(UUID().uuidString).txt").path
            let (escaped, _) = shell.script(["kpi >> \(outside)"])
            #expect(!escaped.errors.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: outside))
            // >> adds to a file a script may write, without --force.
            let (appended, _) = shell.script(["kpi >> k.txt"])
            #expect(appended.errors.isEmpty, "\(appended.errors)")
            let added = try String(contentsOf: folder.url.appendingPathComponent("k.txt"), encoding: .utf8)
            #expect(added.hasPrefix("keep\nkpi "))
        }
    }

    @Test("a quoted or escaped > is a word; expect keeps > as its comparison; >> needs a file")
    func quotingAndErrors() throws {
        try withShell { shell, folder in
            #expect(!shell.failure("show '>' x").isEmpty)
            #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("x").path))
            #expect(shell.failure("show \\> y") != "")
            #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("y").path))
            try shell.run("expect count all > 2")
            #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("2").path))
            #expect(shell.failure("kpi >") == "'>' needs a file name after it")
            #expect(shell.failure("kpi > a.txt b.txt") == "one file follows '>', and nothing after it: 'b.txt'")
            shell.session.language = .japanese
            #expect(shell.failure("kpi >>") == "「>>」の後にファイル名を指定してください")
        }
    }

    @Test("a failed write undoes the command too")
    func failedWriteUndoes() throws {
        try withShell { shell, folder in
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("dir"), withIntermediateDirectories: true)
            #expect(shell.failure("assign advisor hinoemata > dir") != "")
            #expect(!shell.session.hasUnsavedChanges)
        }
    }

    @Test("show honours format: one record in CSV, the card in table")
    func showFormat() throws {
        let shell = try makeInterpreter()
        #expect(try shell.run("show hinoemata").texts.first?.hasPrefix("檜枝岐村 (ひのえまたむら, hinoemata)") == true)
        try shell.run("format csv")
        let csv = try shell.run("show hinoemata").rendered(.csv).split(separator: "\n").map(String.init)
        #expect(csv.count == 2)
        #expect(csv.first == "code,name,kana,romaji,kind,district,population,groups,need,eligible,covered")
        #expect(csv.last?.hasPrefix("073644,檜枝岐村,ひのえまたむら,hinoemata,village,南会津,507,,1.510,") == true)
    }
}
