import ArgumentParser
import CInterrupt
import Foundation
import MuniPlan
import MuniPlanShell

// The executable owns the process: arguments, terminal, exit status. Everything else
// lives in MuniPlanShell and MuniPlan.

let arguments = Array(CommandLine.arguments.dropFirst())
let options: LaunchOptions
do {
    options = try Options.parsePlain(arguments) ?? Options.parse(arguments).launch
} catch {
    let status = Options.exitCode(for: error)
    let language = OptionsHelp.language(of: arguments, environment: ProcessInfo.processInfo.environment)
    if status == .success {
        // --help: ArgumentParser's page is English; a Japanese reader gets the same from the catalogue.
        Terminal.out(language == .english ? Options.fullMessage(for: error) : OptionsHelp.page(in: language))
        exit(0)
    }
    // One line saying what is wrong, then our usage (fullMessage would add a second usage).
    Terminal.err(Message.Terminal.usageError(problem: ArgumentProblem(parserText: Options.message(for: error)), usage: Options.usage(in: language)).text(in: language))
    exit(ExitStatus.usage.rawValue)
}

/// Chosen before anything is said, so the first message is in it too.
let language = options.lang.flatMap(Language.init(word:)) ?? Language(environment: ProcessInfo.processInfo.environment)
Terminal.language = language

if options.version {
    Terminal.out("muniplan \(MuniPlanVersion.current)")
    exit(0)
}

let workingDirectory = FileManager.default.currentDirectoryPath
guard let dataDirectory = options.data ?? DataLocator.locate(
    executablePath: CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0] : ExecutablePath.current,
    workingDirectory: workingDirectory, environment: ProcessInfo.processInfo.environment)
else {
    Terminal.err(Message.Terminal.dataNotFound.text(in: language))
    exit(ExitStatus.data.rawValue)
}

func loadDataset() -> Dataset {
    do {
        return try DataLoader.load(directory: dataDirectory)
    } catch {
        let shown = (dataDirectory as NSString).standardizingPath
        for issue in error.issues {
            Terminal.err(issue.located(as: (shown as NSString).appendingPathComponent(issue.file), in: language))
        }
        Terminal.err(Message.Terminal.dataNotLoaded(count: error.issues.count, folder: shown).text(in: language))
        exit(ExitStatus.data.rawValue)
    }
}

let dataset = loadDataset()
let interactive = options.commands.isEmpty && options.files.isEmpty && Terminal.stdinIsTerminal
var settings = SessionSettings(
    workingDirectory: workingDirectory, allowWrite: options.allowWrite, allowRead: options.allowRead,
    interactive: interactive, bail: options.bail, keepGoing: options.keepGoing, isInterrupted: { muniplan_interrupted() != 0 })
// Quiet is for runs without a person: at the prompt every command would print nothing.
settings.quiet = options.quiet && !interactive
settings.pager = !options.noPager

if options.files.first == "check" {
    guard options.files.count == 2 else {
        Terminal.err(Message.Terminal.checkUsage.text(in: language))
        exit(ExitStatus.usage.rawValue)
    }
    exit(ScriptMode.check(directory: options.files[1], dataset: dataset, language: language, settings: settings))
}

// A script's standard output, to a file or a pipe, is written in blocks; the rest at exit.
StandardOutput.buffering = !interactive && !Terminal.stdoutIsTerminal
atexit { Terminal.flushAtExit() }
muniplan_install_sigint_handler()
let interpreter = Interpreter(session: Session(dataset: dataset, language: language, format: options.outputFormat), settings: settings)
interpreter.simulationProgress = ProgressBar.handler(language: language)
// Tables and help fit a terminal's width; a file or a pipe gets them unwrapped (nil).
interpreter.outputWidth = TerminalSize.columns()
interpreter.beforeLongCommand = { Terminal.flush() }
let printer = Printer(interpreter: interpreter, color: Terminal.useColor)

/// Ends a run. After Ctrl-C by SIGINT itself (the handler set back to the default), as Unix
/// tools end, so the shell that started muniplan knows and a loop running it stops too;
/// shells show that as 130.
func finish(_ status: Int32) -> Never {
    if status == ExitStatus.interrupted.rawValue {
        Terminal.flush()
        muniplan_end_by_interrupt()
    }
    exit(status)
}

// Files first, then -c, in one session: `muniplan setup.plan -c kpi` looks at what the
// files built (before, -c silently left the files out).
if !options.files.isEmpty {
    let status = ScriptMode.runFiles(options.files, interpreter: interpreter, printer: printer)
    if options.commands.isEmpty || status != ExitStatus.ok.rawValue || interpreter.quitRequested { finish(status) }
}
// Each -c is a line, in the order given (before, a second -c silently replaced the first).
if !options.commands.isEmpty {
    finish(ScriptMode.run(lines: options.commands, name: "-c", path: nil, numberCommands: true, interpreter: interpreter, printer: printer))
}
if !interactive {
    let input = StandardInputLines()
    finish(ScriptMode.run(lines: input, name: "<stdin>", path: nil, numberCommands: false, interpreter: interpreter,
                          printer: printer, input: input))
}
exit(Prompt(interpreter: interpreter, printer: printer, history: !options.noHistory).run())
