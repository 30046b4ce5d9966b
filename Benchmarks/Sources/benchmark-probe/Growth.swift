import BenchmarkSupport
import MuniPlan
import MuniPlanShell

/// Input shapes a hostile scenario can send (issue #11), at growing sizes, each timed beside
/// a linear anchor: lexing the same text. The ratio stays flat while the cost grows like
/// the input, and falls where the input is refused early; a ratio that grows with n is a
/// super-linear path. `benchmark-probe growth`.
func growth() throws {
    let japan = Datasets.load(Paths.japan)
    let codes = japan.bodies.filter(\.kind.isMunicipality).map(\.code)
    let lineShapes: [(name: String, make: (Int) -> String)] = [
        ("unknown command word of n characters", { String(repeating: "x", count: $0) }),
        ("`show` + unknown name of n kana", { "show " + String(repeating: "あ", count: $0) }),
        ("`help` + n characters", { "help " + String(repeating: "x", count: $0) }),
        ("`bodies` + n selectors", { "bodies " + Array(repeatElement("all kind:town district:北海道", count: $0 / 3)).joined(separator: " ") }),
        ("`assign ict-grant` + n codes (each body many times)", { n in
            "assign ict-grant " + (0..<n).map { codes[$0 % codes.count] }.joined(separator: " ")
        }),
    ]
    print("| input (Data/japan, 1,741 bodies) | n | median ms | lexing ms | ratio |")
    print("|---|---:|---:|---:|---:|")
    for shape in lineShapes {
        for n in [10_000, 100_000, 1_000_000] {
            let line = shape.make(n)
            let repeats = n >= 1_000_000 ? 3 : 7
            let shell = Interpreter(session: Session(dataset: japan), settings: SessionSettings(workingDirectory: Paths.root))
            let ms = time(repeats) { _ = try? shell.execute(line: line) { _ in } }
            let lexing = time(repeats) { _ = try? Lexer.segments(line) }
            print(row(shape.name, n, ms, lexing))
        }
    }
    // Many lines: a script of n snapshots over at most 1,000 names.
    for n in [1_000, 10_000, 100_000] {
        let lines = (0..<n).map { "snapshot s\($0 % 1_000)" }
        let shell = Interpreter(session: Session(dataset: japan), settings: SessionSettings(workingDirectory: Paths.root))
        let ms = time(3) { _ = shell.runScript(lines, name: "s", path: nil, keepGoing: true, bail: false, emit: { _ in }, report: { _ in }) }
        let lexing = time(3) { for line in lines { _ = try? Lexer.segments(line) } }
        print(row("script of n `snapshot` lines", n, ms, lexing))
    }
}

private func row(_ name: String, _ n: Int, _ ms: Double, _ anchor: Double) -> String {
    "| \(name) | \(n) | " + String(format: "%.1f | %.1f | %.1f", ms, anchor, ms / max(anchor, 0.001)) + " |"
}
