import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Usage lines are generated from the specs: they name exactly the options the parser takes,
/// in the shapes help documents, so they cannot drift from the grammar again.
@Suite struct UsageLineTests {
    /// The `--name` words of a usage line.
    static func optionNames(in usage: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(usage)
        while let start = rest.range(of: "--") {
            let tail = rest[start.lowerBound...]
            let name = tail.prefix { $0 == "-" || $0.isLetter || $0.isNumber }
            names.insert(String(name))
            rest = tail.dropFirst(name.count)
        }
        return names
    }

    @Test("every option of every registered command is in its usage line, and the line names no other",
          arguments: CommandRegistry.types.map { $0.spec.name })
    func optionsMatchTheSpec(name: String) throws {
        let spec = try #require(CommandRegistry.types.map { $0.spec }.first { $0.name == name })
        #expect(Self.optionNames(in: spec.usage) == Set(spec.options.map(\.name)), "\(spec.usage)")
        #expect(spec.usage == name || spec.usage.hasPrefix(name + " "))
    }

    @Test("the lines whose hand-typed forms had drifted now show every option (issue 12)")
    func driftedLinesFixed() throws {
        let expect = try #require(CommandRegistry.spec("expect")).usage
        #expect(expect.hasSuffix(") [--fy FY] [--cumulative] [--exact] [--at DATE] [--probability P] [--seed S]"), "\(expect)")
        let export = try #require(CommandRegistry.spec("export")).usage
        #expect(export.hasSuffix("--to PATH [--format csv|tsv|md|json|html|xlsx] [--excel] [--encoding utf-8|cp932] [--force] [--fy FY] [--cumulative] [--by district]"))
        let interpreter = try makeInterpreter()
        #expect(interpreter.failure("expect") == "expect: missing WHAT — usage: \(expect)")
    }

    @Test("help's option list keeps two spaces between a long option and its help")
    func longOptionHeadIsSeparated() throws {
        let help = try makeInterpreter().run("help export").texts.joined(separator: "\n")
        #expect(help.contains("  --format csv|tsv|md|json|html|xlsx  instead of the extension\n"))
        #expect(!help.contains("xlsxinstead"))
    }

    @Test("positionals: required as named, optional in brackets, repeating with …, keywords as a|b, shapes as given")
    func positionalShapes() {
        let line = UsageLine.render("cmd", positionals: [
            PositionalSpec("MEASURE", .measure), PositionalSpec("BODY", .body, optional: true, repeating: true),
            PositionalSpec("MODE", .keyword(["a", "b"]), optional: true), PositionalSpec("N", .number(.capacity), shape: "N|default"),
            PositionalSpec("REST", .text, repeating: true, shape: ""),
        ], options: [])
        #expect(line == "cmd MEASURE [BODY…] [a|b] N|default")
    }

    @Test("options: flags and valued options in brackets unless required, repeating values with …, placeholders as given")
    func optionShapes() {
        let line = UsageLine.render("cmd", positionals: [], options: [
            OptionSpec("--to", .file, placeholder: "PATH.html", required: true, help: Message.Help.optionsHeading),
            OptionSpec("--fy", .fiscalYear, help: Message.Help.optionsHeading), OptionSpec("--force", help: Message.Help.optionsHeading),
            OptionSpec("--require", .body, repeating: true, help: Message.Help.optionsHeading), OptionSpec("--min", .number(.minPerDistrict), placeholder: "K", help: Message.Help.optionsHeading),
        ])
        #expect(line == "cmd --to PATH.html [--fy FY] [--force] [--require BODY…] [--min K]")
    }
}
