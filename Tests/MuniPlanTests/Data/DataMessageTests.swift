import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Every data problem is one located line, whatever the file held.
@Suite("Data messages")
struct DataMessageTests {
    @Test("a quoted line break in a CSV field stays on the message's one line")
    func quotedNewline() throws {
        try withTemporaryData { data in
            let line = try data.replace("073644,檜枝岐村,ひのえまたむら,hinoemata,village,南会津",
                                        with: "073644,檜枝岐村,ひのえまたむら,hinoemata,village,\"南\n会津\"", in: DataLoader.bodiesFile)
            let issues = data.loadFailure()
            let issue = try #require(issues.first { $0.line == line }, "\(issues)")
            #expect(!issue.description.contains("\n"), "\(issue.description)")
            do throws(DataError) {
                _ = try DataLoader.load(directory: data.directory.path)
            } catch {
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test("a problem with the whole file has no line 0: FILE: message")
    func wholeFileIssue() {
        #expect(DataIssue(file: "boundaries.geojson", line: 0, message: "missing file").description
                == "boundaries.geojson: missing file")
        #expect(DataIssue(file: "b.csv", line: 3, message: "x").located(as: "Data/b.csv") == "Data/b.csv:3: x")
    }

    @Test("a DataError reads as one line: the first problem and how many more")
    func oneLineError() {
        let error = DataError([DataIssue(file: "a.csv", line: 2, message: "x"), DataIssue(file: "a.csv", line: 5, message: "y")])
        #expect(error.description == "a.csv:2: x (and 1 more)")
    }

    @Test("a report over a data folder without boundaries says so on one line, no line 0")
    func missingBoundaries() throws {
        do {
            _ = try Boundaries.load(directory: FileManager.default.temporaryDirectory.path + "/no-such-\(UUID().uuidString)")
            Issue.record("loaded boundaries from nowhere")
        } catch {
            #expect(!error.description.contains(":0:"), "\(error.description)")
            #expect(error.description.hasPrefix("boundaries.geojson: "), "\(error.description)")
        }
    }
}
