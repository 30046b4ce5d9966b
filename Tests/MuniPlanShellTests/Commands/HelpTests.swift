import TestSupport
import Testing
@testable import MuniPlanShell

/// `help` is generated from the registry: the index, one command in full, a search.
@Suite struct HelpTests {
    func help(_ topic: String? = nil) throws -> String {
        let interpreter = try makeInterpreter()
        return try interpreter.run(topic.map { "help \(Lexer.quote($0))" } ?? "help").texts.joined(separator: "\n")
    }

    @Test("the index lists every registered command, once, and nothing else")
    func indexListsExactlyTheCommands() throws {
        let index = try help()
        // Command lines are indented two spaces: "  NAME        summary".
        let listed = index.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(listed.count == Set(listed).count, "a command is listed twice")
        #expect(Set(listed) == Set(CommandRegistry.names))
        #expect(listed.count == CommandRegistry.all.count)
    }

    @Test("the index is grouped by purpose, with each command's summary")
    func indexGroups() throws {
        let index = try help()
        for group in CommandGroup.allCases where CommandRegistry.all.contains(where: { $0.group == group }) {
            #expect(index.contains("\n\(group.rawValue)\n"), "group \(group.rawValue) missing")
        }
        for spec in CommandRegistry.all {
            #expect(index.contains(spec.summary), "summary of \(spec.name) missing")
        }
        let interpreter = try makeInterpreter()
        #expect(try interpreter.run("?").texts.joined(separator: "\n") == index)
    }

    @Test("help finds a command as the parser does: typed full-width, in capitals, or by an alias")
    func commandAsTyped() throws {
        let kpi = try help("kpi")
        #expect(try help("ＫＰＩ") == kpi)
        #expect(try help("KPI") == kpi)
        #expect(try help("kpis") == kpi)
        #expect(try help("保存") == help("save"))
    }

    @Test("help COMMAND shows usage, description and every example", arguments: CommandRegistry.all.map(\.name))
    func commandInFull(name: String) throws {
        let spec = try #require(CommandRegistry.spec(name))
        let text = try help(name)
        #expect(text.hasPrefix("usage: \(spec.usage)\n"))
        #expect(text.contains(spec.summary))
        #expect(text.contains("examples:"))
        for example in spec.examples { #expect(text.contains("\n  \(example)")) }
        for option in spec.options { #expect(text.contains(option.name)) }
    }

    @Test("help takes aliases and any case")
    func aliasesAndCase() throws {
        #expect(try help("exit") == help("quit"))
        #expect(try help("BODIES") == help("bodies"))
        #expect(try parsed("? allocate") as? HelpCommand == HelpCommand(topic: "allocate"))
        #expect(try parsed("help") as? HelpCommand == HelpCommand(topic: nil))
    }

    @Test("help WORD lists the commands that mention it")
    func search() throws {
        let text = try help("budget")
        #expect(text.hasPrefix("commands about 'budget':"))
        #expect(text.contains("allocate"))
        #expect(!text.contains("  districts "))
        let undo = try help("undo")  // a command name wins over a search
        #expect(undo.hasPrefix("usage: undo"))
        let snapshot = try help("snapshot")
        #expect(snapshot.hasPrefix("usage: snapshot NAME"))
    }

    @Test("help topics: selectors and years")
    func topics() throws {
        #expect(try help("selectors").contains("district:会津"))
        #expect(try help("years").contains("令和4年度"))
    }

    @Test("help for a word nothing mentions fails and suggests a command")
    func noHelp() throws {
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("help qqqqq").hasPrefix("no help for 'qqqqq'"))
        #expect(interpreter.failure("help expekt").contains("did you mean expect?"))
    }
}
