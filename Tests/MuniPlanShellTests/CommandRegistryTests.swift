import TestSupport
import Testing
@testable import MuniPlanShell

/// Every registered command is documented, its examples parse, and mistakes get help.
@Suite struct CommandRegistryTests {
    @Test("every command has a usage line starting with its name, a summary and an example",
          arguments: CommandRegistry.all.map(\.name))
    func documented(name: String) throws {
        let spec = try #require(CommandRegistry.spec(name))
        #expect(spec.usage.hasPrefix(name), "usage of \(name) does not start with its name: \(spec.usage)")
        #expect(!spec.summary.trimmingCharacters(in: .whitespaces).isEmpty, "\(name) has no summary")
        #expect(!spec.examples.isEmpty, "\(name) has no example")
        for example in spec.examples {
            #expect(example.hasPrefix(name), "example of \(name) runs another command: \(example)")
        }
        for option in spec.options {
            #expect(option.name.hasPrefix("--") && !option.help.isEmpty, "\(name) \(option.name) has no help")
        }
    }

    @Test("command names are unique")
    func uniqueNames() {
        let names = CommandRegistry.names
        #expect(Set(names).count == names.count)
    }

    @Test("every example of every command parses", arguments: CommandRegistry.all.flatMap { spec in spec.examples.map { (spec.name, $0) } })
    func examplesParse(name: String, example: String) throws {
        let segments = try Lexer.segments(example)
        #expect(segments.count == 1)
        for segment in segments {
            do {
                _ = try CommandRegistry.parse(segment.words)
            } catch {
                Issue.record("example '\(example)' of \(name) does not parse: \(error)")
            }
        }
    }

    @Test("every command's examples parse into that command's own type")
    func parsesToTypes() throws {
        for type in CommandRegistry.types {
            for example in type.spec.examples {
                let command = try CommandRegistry.parse(try #require(try Lexer.segments(example).first).words)
                #expect(Swift.type(of: command).spec.name == type.spec.name, "\(example)")
            }
        }
        #expect(try CommandRegistry.parse(try Lexer.segments("UNDO")[0].words) is UndoCommand)
        #expect(try CommandRegistry.parse(try Lexer.segments("exit")[0].words) is QuitCommand)
    }

    @Test("an unknown command suggests the closest one")
    func unknownCommandSuggestion() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("bodis") == "unknown command 'bodis' — did you mean bodies?")
        #expect(interpreter.failure("shoe hinoemata") == "unknown command 'shoe' — did you mean show?")
        #expect(interpreter.failure("measure") == "unknown command 'measure' — did you mean measures?")
        #expect(interpreter.failure("xyzzy").hasPrefix("unknown command 'xyzzy' — type help"))
    }

    @Test("wrong arguments give the command's usage line", arguments: [
        ("show", "show: missing BODY — usage: show BODY"),
        ("show a b", "show: unexpected 'b' — usage: show BODY"),
        ("districts now", "districts: unexpected 'now' — usage: districts"),
        ("capacity advisor lots", "capacity: N must be a whole number from 0 to 1,000,000, not 'lots' — usage: capacity MEASURE [N|default]"),
        ("kpi --fyy R5", "kpi: unknown option --fyy (did you mean --fy?) — usage: kpi [MEASURE] [--fy FY] [--by body|district]"),
        ("kpi --fy", "kpi: --fy needs a value — usage: kpi [MEASURE] [--fy FY] [--by body|district]"),
        ("format xml", "format: unknown format 'xml' — usage: format [table|csv|tsv|md|json]"),
        ("assign advisor", "assign: missing BODY — usage: assign MEASURE BODY…"),
        ("save", "save: missing FILE — usage: save FILE [--force]"),
        ("weight village much", "weight: W must be a number from -1e15 to 1e15, not 'much' — usage: weight FEATURE W"),
        ("run a.plan --keep-going=yes", "run: --keep-going takes no value — usage: run FILE [--keep-going] [--encoding utf-8|cp932]"),
    ])
    func usageErrors(line: String, message: String) throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure(line) == message)
    }
}
