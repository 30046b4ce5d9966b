import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `export WHAT`: the targets help, completion and errors list are the cases of
/// `ExportTarget.Kind`, and what may follow each word is checked when the line is read.
@Suite struct ExportTargetTests {
    @Test("an unknown target names every target")
    func unknownTarget() throws {
        let message = try makeInterpreter().failure("export nothing --to out.csv")
        #expect(message.hasPrefix("export: cannot export 'nothing' (choose "))
        for kind in ExportTarget.Kind.allCases { #expect(message.contains(kind.rawValue), "\(kind)") }
    }

    @Test("help export shows every target in its usage; Tab offers every target")
    func helpAndCompletion() throws {
        let interpreter = try makeInterpreter()
        let help = try interpreter.run("help export").texts.joined()
        let usage = try #require(help.split(separator: "\n").first)
        #expect(usage.hasPrefix("usage: export coverage|kpi|plan|bodies|allocation MEASURE|simulation [PART]|workbook|sources|trend MEASURE|forecast --to PATH"))
        for kind in ExportTarget.Kind.allCases { #expect(usage.contains(kind.rawValue), "\(kind)") }
        let completer = Completer(session: interpreter.session, workingDirectory: "/nonexistent")
        #expect(completer.candidates(for: "export ") == ExportTarget.Kind.words)
    }

    @Test("only allocation, simulation and trend take a word after them, and allocation and trend need it")
    func wordsAfterTheTarget() throws {
        let interpreter = try makeInterpreter()
        for kind in ExportTarget.Kind.allCases where ![.allocation, .simulation, .trend].contains(kind) {
            #expect(interpreter.failure("export \(kind.rawValue) advisor --to out.csv") == "export: unexpected 'advisor' — usage: "
                    + (CommandRegistry.spec("export")?.usage ?? ""), "\(kind)")
        }
        #expect(interpreter.failure("export allocation --to out.csv").hasPrefix("export: export allocation needs a MEASURE — usage: "))
        #expect(interpreter.failure("export trend --to out.csv").hasPrefix("export: export trend needs a MEASURE — usage: "))
    }

    @Test("what the core refuses reaches the shell as the core's own error, worded by it")
    func coreErrorsStayTyped() throws {
        let interpreter = try makeInterpreter()
        do {
            try interpreter.execute(line: "export kpi --to out.xyz") { _ in }
            Issue.record("an unknown extension was accepted")
        } catch {
            guard case let .export(exportError) = error, case .unknownExtension("xyz", _) = exportError else {
                Issue.record("expected .export(.unknownExtension), got \(error)")
                return
            }
            #expect(error.description == exportError.description)
        }
    }
}
