/// Where the prompt's lines come from: readline (`LineEditor`), or plain reads under
/// TERM=dumb (`PlainLineReader`).
protocol LineReading {
    func read(prompt: String) -> LineEditor.Line
    func close()
}

extension LineEditor: LineReading {}
