import Foundation
import MuniPlanShell
import TestSupport

/// An interpreter working in a temporary folder that holds `files` (name → bytes): for
/// tests of files as other programs save them (CP932, BOM, CRLF, workbooks).
func withShell(files: [String: [UInt8]] = [:], _ body: (Interpreter, TemporaryFolder) throws -> Void) throws {
    try withTemporaryFolder { folder in
        for (name, bytes) in files { try Data(bytes).write(to: folder.url.appendingPathComponent(name)) }
        try body(try makeInterpreter(workingDirectory: folder.path), folder)
    }
}

/// UTF-8 bytes of `text`, for `withShell(files:)`.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
