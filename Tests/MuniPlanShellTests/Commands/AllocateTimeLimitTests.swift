import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// `allocate … --time-limit SECONDS` (issue 19): the user's limit is the only thing, with
/// Ctrl-C, that leaves "best found, optimality not proven"; the number is checked like
/// every other; help tells it in both languages.
@Suite("allocate --time-limit")
struct AllocateTimeLimitTests {
    static let budgeted = "allocate ict-grant 10 --budget 100000 --cost population"

    @Test("the option parses into the request's limit")
    func parsing() throws {
        var options = AllocateOptions(measure: "ict-grant")
        options.count = 10
        options.budget = 100_000
        options.cost = "population"
        options.timeLimit = 2.5
        #expect(try parsed(Self.budgeted + " --time-limit 2.5", as: AllocateCommand.self) == AllocateCommand(options: options))
    }

    @Test("a limit that stops the search keeps the best choice found, not proven; a generous one proves")
    func stopsUnproven() throws {
        let shell = try makeInterpreter()
        let stopped = try shell.run(Self.budgeted + " --time-limit 0").rendered()
        #expect(stopped.contains("best found, optimality not proven"), "\(stopped)")
        try shell.run("undo")
        let proven = try shell.run(Self.budgeted + " --time-limit 60").rendered()
        #expect(proven.contains("optimal") && !proven.contains("not proven"), "\(proven)")
        let plain = try makeInterpreter()
        #expect(try plain.run(Self.budgeted).rendered() == proven)
    }

    @Test("in Japanese the unproven result says so")
    func japanese() throws {
        let shell = try makeInterpreter()
        try shell.run("lang ja")
        let stopped = try shell.run(Self.budgeted + " --time-limit 0").rendered()
        #expect(stopped.contains("最良解（最適性は未証明）"), "\(stopped)")
    }

    @Test("a limit that is no number of seconds in range is refused, in both languages",
          arguments: ["-1", "inf", "nan", "1e7", "soon"])
    func refused(value: String) throws {
        let shell = try makeInterpreter()
        let before = shell.session.plan
        let message = shell.failure(Self.budgeted + " --time-limit " + value)
        #expect(message.contains("--time-limit") && message.contains("0 to 1,000,000"), "\(message)")
        #expect(shell.session.plan == before)
        try shell.run("lang ja")
        let japanese = shell.failure(Self.budgeted + " --time-limit " + value)
        #expect(japanese.contains("--time-limit") && japanese.contains("0～1,000,000"), "\(japanese)")
    }

    @Test("help allocate lists the option in both languages")
    func help() throws {
        let shell = try makeInterpreter()
        let english = try shell.run("help allocate").rendered()
        #expect(english.contains("--time-limit SECONDS"))
        #expect(english.contains("stop the search after this many seconds and keep the best choice found"))
        try shell.run("lang ja")
        let japanese = try shell.run("help allocate").rendered()
        #expect(japanese.contains("この秒数で探索を打ち切り、それまでの最良解を選定する"))
    }
}
