import MuniPlan
import MuniPlanShell
import Testing

/// What one line printed, in order.
public struct Printed {
    public var outputs: [Output] = []

    public init() {}

    public var texts: [String] {
        outputs.compactMap { if case let .text(t) = $0 { t } else { nil } }
    }

    public var tables: [Table] {
        outputs.compactMap { if case let .table(t) = $0 { t } else { nil } }
    }

    public var notices: [String] {
        outputs.compactMap { if case let .notice(t) = $0 { t } else { nil } }
    }

    /// Everything rendered as a person would see it in `format`.
    public func rendered(_ format: OutputFormat = .table) -> String {
        outputs.map { output in
            switch output {
            case let .text(t), let .notice(t), let .formatted(t): t
            case let .table(t): OutputRenderer(format: format, color: false).render(t)
            }
        }.joined(separator: "\n")
    }
}

extension Interpreter {
    /// Runs one line, which must succeed; returns what it printed.
    @discardableResult
    public func run(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Printed {
        var printed = Printed()
        do {
            try execute(line: line) { printed.outputs.append($0) }
        } catch {
            Issue.record("'\(line)' failed: \(error)", sourceLocation: sourceLocation)
            throw error
        }
        return printed
    }

    /// Runs one line that must fail; returns the error as the user reads it, in the session's language.
    public func failure(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            try execute(line: line) { _ in }
            Issue.record("'\(line)' succeeded but should have failed", sourceLocation: sourceLocation)
            return ""
        } catch {
            return error.text(in: session.language)
        }
    }

    /// Runs script lines the way the executable does without a prompt.
    public func script(_ lines: [String], name: String = "test", path: String? = nil, keepGoing: Bool = false,
                       bail: Bool = false) -> (outcome: ScriptOutcome, reported: [String]) {
        var reported: [String] = []
        let outcome = runScript(lines, name: name, path: path, keepGoing: keepGoing, bail: bail,
                                emit: { _ in }, report: { reported.append($0) })
        return (outcome, reported)
    }
}
