/// What muniplan promises about what it prints, checked line by line: every message on
/// standard error is one line located at a line of the input it came from, nothing
/// reaches the terminal raw, and no secret file's contents show.
public struct MessageContract: Sendable {
    /// `batch.plan`, `-c`, `<stdin>`: the name every message of the run starts with.
    public let name: String
    /// The highest line (or, for `-c`, command) number a message may name.
    public let lastLine: Int
    /// Other prefixes a line may start with: the data loader's `DIR/FILE:` and the
    /// process's own `muniplan: `.
    public let otherPrefixes: [String]

    /// The data directory as muniplan shows it, when its files may be named: `DIR/FILE:N: `
    /// with N ≥ 1 and FILE one of DataMutator.files.
    public let dataDirectory: String?

    public init(name: String, lastLine: Int, otherPrefixes: [String] = [], dataDirectory: String? = nil) {
        self.name = name
        self.lastLine = lastLine
        self.otherPrefixes = otherPrefixes
        self.dataDirectory = dataDirectory
    }

    /// What is wrong with a run's standard error and output; empty when nothing is.
    public func violations(stdout: [UInt8], stderr: [UInt8]) -> [String] {
        var found: [String] = []
        let err = String(decoding: stderr, as: UTF8.self), out = String(decoding: stdout, as: UTF8.self)
        for (stream, text) in [("stdout", out), ("stderr", err)] where text.contains(FuzzSandbox.secret) {
            let line = text.split(separator: "\n").first { $0.contains(FuzzSandbox.secret) } ?? ""
            found.append("\(stream) shows a secret file's contents: \(line.prefix(200))")
        }
        if let raw = Self.rawControl(in: err, allowing: []) { found.append("stderr holds a raw \(raw)") }
        if let raw = Self.rawControl(in: out, allowing: ["\t"]) { found.append("stdout holds a raw \(raw)") }
        if !stderr.isEmpty, stderr.last != 0x0A { found.append("stderr does not end with a line break") }
        for line in err.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if let problem = problem(String(line)) { found.append(problem) }
        }
        return found
    }

    /// Why one line of standard error breaks the contract, or nil.
    public func problem(_ line: String) -> String? {
        if otherPrefixes.contains(where: { line.hasPrefix($0) }) { return nil }
        if let dataDirectory, line.hasPrefix(dataDirectory + "/") {
            let rest = line.dropFirst(dataDirectory.count + 1)
            guard let file = DataMutator.files.first(where: { rest.hasPrefix($0 + ":") }) else {
                return "names no data file: \(line.prefix(200))"
            }
            return Self.lineNumber(after: file, in: rest, within: Int.max, line: line)
        }
        guard line.hasPrefix(name + ":") else { return "not located at \(name):N: \(line.prefix(200))" }
        return Self.lineNumber(after: name, in: Substring(line), within: max(1, lastLine), line: line)
    }

    /// Why `text` (starting with `name:`) is not followed by a number in 1…`last` and `: `.
    static func lineNumber(after name: String, in text: Substring, within last: Int, line: String) -> String? {
        let rest = text.dropFirst(name.count + 1)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let n = Int(digits), rest.dropFirst(digits.count).hasPrefix(": ") else {
            return "no line number after \(name): \(line.prefix(200))"
        }
        guard (1...last).contains(n) else { return "line \(n) is not a line of \(name) (1…\(last)): \(line.prefix(200))" }
        return nil
    }

    /// The first character in `text` a terminal would act on or reorder by (README: C0 but
    /// `allowing`, DEL, C1, bidirectional marks and overrides, line and paragraph separators).
    /// Written out here, not taken from VisibleText, so that a gap there shows.
    public static func rawControl(in text: String, allowing: Set<Unicode.Scalar>) -> String? {
        for scalar in text.unicodeScalars where scalar != "\n" && !allowing.contains(scalar) {
            switch scalar.value {
            case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                return "U+" + String(scalar.value, radix: 16, uppercase: true)
            default: continue
            }
        }
        return nil
    }
}
