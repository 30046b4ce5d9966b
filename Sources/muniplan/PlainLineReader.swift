import CInterrupt
import MuniPlan

/// The prompt's lines under TERM=dumb (Emacs M-x shell, which edits the line itself and
/// sends it whole): the prompt written plainly and lines read as they come, without
/// readline, whose redrawing such a terminal shows as noise.
final class PlainLineReader: LineReading {
    private var lines = StandardInputLines()
    private let warn: (Message) -> Void

    init(warn: @escaping (Message) -> Void) { self.warn = warn }

    func read(prompt: String) -> LineEditor.Line {
        muniplan_clear_interrupt()
        Terminal.prompt(prompt)
        if let line = lines.next() { return .text(line) }
        let stop = lines.stop
        // A terminal reads on after Ctrl-D or a bad line: start afresh for the next read.
        lines = StandardInputLines()
        switch stop {
        case nil, .readFailed?:
            return .endOfInput
        case .interrupted?:
            muniplan_clear_interrupt()
            Terminal.out("")
            return .interrupted
        case let .notText(_, detail)?:
            warn(Message.Terminal.notUtf8(detail: detail.message))
            return .interrupted
        case .tooLong?:
            warn(Message.Terminal.lineTooLong(limit: InputLimits.size(StandardInputLines.lineLimit)))
            return .interrupted
        }
    }

    func close() {}
}
