import Foundation
import MuniPlan

/// `pager [on|off]`: whether output taller than the screen goes through a pager at the
/// prompt (`Pager`); `pager` alone says which, and with what command. Scripts never page.
struct PagerCommand: ShellCommand, Equatable {
    static let spec = CommandSpec("pager", group: .session,
                                  summary: Message.Terminal.summaryPager, details: Message.Terminal.detailsPager,
                                  examples: ["pager off", "pager on", "pager"],
                                  positionals: [PositionalSpec("STATE", .keyword(["on", "off"]), optional: true)],
                                  keywords: Message.Terminal.keywordsPager, runs: PagerCommand.self)

    /// nil: say whether it is on.
    let on: Bool?

    init(on: Bool?) { self.on = on }

    init(_ arguments: Arguments) throws(ShellError) {
        switch arguments.positional(0)?.lowercased() {
        case nil: on = nil
        case "on": on = true
        case "off": on = false
        case let word?: throw arguments.usageError(Message.Usage.unknownPagerState(state: Excerpt.of(word)))
        }
    }

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        // Silent when set, as `format` and `lang` are.
        if let on { interpreter.settings.pager = on; return }
        let command = Pager.command(environment: ProcessInfo.processInfo.environment).joined(separator: " ")
        emit(.text(interpreter.text(interpreter.settings.pager ? Message.Terminal.pagerOn(command: command) : Message.Terminal.pagerOff)))
    }
}
