import Foundation
import Testing
import TestSupport

// Golden files under Tests/MuniPlanTests/Golden, re-recorded only with MUNIPLAN_RECORD_GOLDEN=1.

/// Where golden files live: Tests/MuniPlanTests/Golden.
let goldenDirectory = repositoryRoot.appendingPathComponent("Tests/MuniPlanTests/Golden")

/// Compares `bytes` with Golden/NAME, or writes the file when MUNIPLAN_RECORD_GOLDEN=1.
func expectGolden(_ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["MUNIPLAN_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
        Issue.record("missing golden file Golden/\(name); run with MUNIPLAN_RECORD_GOLDEN=1 to record it",
                     sourceLocation: sourceLocation)
        return
    }
    let want = [UInt8](expected)
    guard want != bytes else { return }
    let gotLines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let wantLines = String(decoding: want, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(gotLines.count, wantLines.count)).first { gotLines[$0] != wantLines[$0] }
        ?? min(gotLines.count, wantLines.count)
    let got = line < gotLines.count ? String(gotLines[line]) : "<end>"
    let exp = line < wantLines.count ? String(wantLines[line]) : "<end>"
    Issue.record("Golden/\(name) differs at line \(line + 1):\n  got:      \(got.debugDescription)\n  expected: \(exp.debugDescription)\n(re-record with MUNIPLAN_RECORD_GOLDEN=1 if the change is intended)",
                 sourceLocation: sourceLocation)
}
