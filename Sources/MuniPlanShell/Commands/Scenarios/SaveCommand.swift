import Foundation
import MuniPlan

/// `save FILE [--force]`: the plan as a scenario (`ScenarioWriter` writes its lines).
struct SaveCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("save", group: .scenarios,
                                  summary: Message.Help.summarySave,
                                  examples: ["save my-plan.plan", "save my-plan.plan --force"],
                                  positionals: [PositionalSpec("FILE", .file)],
                                  options: [OptionSpec("--force", help: Message.Help.optionSaveForce)],
                                  keywords: Message.Help.keywordsSave, runs: SaveCommand.self)

    let file: String
    /// Replace a file that is there already.
    let force: Bool

    init(file: String, force: Bool) {
        self.file = file
        self.force = force
    }

    init(_ arguments: Arguments) {
        self.init(file: arguments.positionals[0].text, force: arguments.flag("--force"))
    }

    /// Writes the plan as a scenario that rebuilds it in a fresh session.
    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let text = ScenarioWriter(session: interpreter.session, version: interpreter.settings.version, date: Self.today()).text
        // What `run` would refuse is not written: it could never be read back.
        let longest = ScenarioWriter.longestCommand(in: text)
        if longest > InputLimits.commandLine || text.utf8.count > InputLimits.scenarioFile {
            let what = longest > InputLimits.commandLine
                ? Message.Scenario.commandTooLong(bytes: longest, limit: InputLimits.size(InputLimits.commandLine))
                : Message.Scenario.fileTooLong(bytes: text.utf8.count, limit: InputLimits.size(InputLimits.scenarioFile))
            throw .refused(Message.Scenario.tooBig(file: file, what: what))
        }
        let location = try interpreter.writableLocation(file)
        do { try AtomicFile.write(Array(text.utf8), to: location, overwrite: force) } catch { throw .fileWrite(error) }
        interpreter.session.savedPlan = interpreter.session.plan
        emit(.text(interpreter.text(Message.Scenario.saved(file: file))))
    }

    /// The date in UTC, so that the same plan saves to the same bytes in every time zone.
    static func today(_ now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: now)
    }
}
