import Foundation
import TestSupport
import Testing

/// A script's standard output to a file or a pipe is written in blocks, yet with standard
/// error on the same pipe (`2>&1`) every line comes where it came before: each error and
/// failed expect right after the output of the lines before it.
@Suite struct BufferedOutputTests {
    /// Runs `muniplan arguments…` with standard output and standard error into one pipe, as
    /// `2>&1 | cat` would, and gives what came through it.
    func combined(_ arguments: [String], in folder: TemporaryFolder) throws -> (status: Int32, lines: [String]) {
        let process = Process()
        process.executableURL = try Executable.url()
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.environment = executableEnvironment(home: folder.url)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    /// Runs a script that fails (exit 1) and checks that it printed `count` lines, those
    /// at the given places starting as given.
    @discardableResult
    func expectLines(of arguments: [String], in folder: TemporaryFolder, count: Int, _ starts: [Int: String]) throws -> [String] {
        let run = try combined(arguments, in: folder)
        #expect(run.status == 1)
        #expect(run.lines.count == count, "\(run.lines.count) lines")
        for (index, start) in starts where index < run.lines.count {
            #expect(run.lines[index].hasPrefix(start), "line \(index + 1): \(run.lines[index])")
        }
        return run.lines
    }

    @Test("an error and a failed expect in the middle of a script come in order with 2>&1")
    func errorInTheMiddle() throws {
        try withTemporaryFolder { folder in
            let script = try folder.write("mid.plan", """
                assign advisor hinoemata
                assign advisor nowhere
                expect count covered:advisor == 5
                unassign advisor hinoemata
                """ + "\n")
            try expectLines(of: ["--keep-going", script], in: folder, count: 4, [
                0: "advisor FY2022 (R4): +1 檜枝岐村", 1: "\(script):2: unknown body 'nowhere'",
                2: "\(script):3: expectation failed: expected count covered:advisor == 5, actual 1", 3: "advisor FY2022 (R4): −1 檜枝岐村",
            ])
        }
    }

    @Test("past many blocks of output, an error still follows the line before it and precedes the next")
    func errorAfterManyBlocks() throws {
        try withTemporaryFolder { folder in
            // 3,000 lines of about 50 bytes: more than two 64 KiB blocks before the error.
            let edits = (0..<3_000).map { $0 % 2 == 0 ? "assign advisor hinoemata" : "unassign advisor hinoemata" }
            let script = try folder.write("many.plan", (edits + ["show nowhere"] + edits.prefix(2)).joined(separator: "\n") + "\n")
            let lines = try expectLines(of: ["--keep-going", script], in: folder, count: 3_003, [
                2_999: "advisor FY2022 (R4): −1 檜枝岐村", 3_000: "\(script):3001: unknown body 'nowhere'",
                3_001: "advisor FY2022 (R4): +1 檜枝岐村",
            ])
            #expect(lines.filter { $0.contains("nowhere") }.count == 1)
        }
    }
}
