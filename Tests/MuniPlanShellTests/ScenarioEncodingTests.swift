import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Scenarios as Windows saves them: Notepad's CRLF and BOM, and CP932 — detected, or read
/// with `run --encoding cp932`; a file in neither is refused whole with one clear error.
@Suite("scenario encodings")
struct ScenarioEncodingTests {
    static let hinoemata = "073644"
    static let tadami = "073679"

    @Test("a CRLF scenario with a BOM runs line by line")
    func crlf() throws {
        try withShell(files: ["crlf.plan": utf8("\u{FEFF}fy 2022\r\nassign advisor hinoemata\r\nassign advisor tadami\r\n")]) { shell, _ in
            try shell.run("run crlf.plan")
            #expect(shell.session.plan.covered("advisor", in: FiscalYear(2022)) == [Self.hinoemata, Self.tadami])
        }
    }

    @Test("a CP932 scenario is detected, or read as told; told UTF-8, it is refused at its line")
    func cp932() throws {
        try withShell(files: ["sjis.plan": try #require(CP932.bytes("# 檜枝岐村と只見町\r\nassign advisor 檜枝岐村 只見町\r\n"))]) { shell, folder in
            try shell.run("run sjis.plan")
            #expect(shell.session.plan.covered("advisor", in: FiscalYear(2022)) == [Self.hinoemata, Self.tadami])
            let fresh = try makeInterpreter(workingDirectory: folder.path)
            try fresh.run("run sjis.plan --encoding cp932")
            #expect(fresh.session.plan == shell.session.plan)
            let told = try makeInterpreter(workingDirectory: folder.path)
            #expect(told.failure("run sjis.plan --encoding utf-8") == "sjis.plan:1: not UTF-8 text (save the file as UTF-8)")
            #expect(told.session.plan == Plan())
        }
    }

    @Test("bytes that are neither UTF-8 nor Japanese CP932 are refused with one error")
    func neither() throws {
        try withShell(files: ["latin.plan": utf8("fy 2022\n") + [0xE9, 0x0A]]) { shell, _ in
            #expect(shell.failure("run latin.plan") == "latin.plan:2: not UTF-8 text (save the file as UTF-8)")
        }
    }
}
