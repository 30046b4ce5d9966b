/// `bodies`, `show`, `districts`, `items`, `measures`, `kpi`.
enum LookupCommands {
    static let specs: [CommandSpec] = [
        CommandSpec("bodies", group: .lookup, usage: "bodies [SELECTOR…]",
                    summary: "list bodies, with district subtotals",
                    details: """
                    Lists the bodies that match every selector given (all bodies without one), in code
                    order, grouped by district with subtotals. A selector is a body (code, name, kana,
                    romaji) or district:NAME, kind:KIND, group:NAME, covered:MEASURE, all.
                    """,
                    examples: ["bodies", "bodies district:南会津", "bodies kind:village group:evac12", "bodies covered:advisor"],
                    positionals: [PositionalSpec("SELECTOR", .body, optional: true, repeating: true)]) { args throws(ShellError) in
            .bodies(args.positionals.map(\.text))
        },
        CommandSpec("show", group: .lookup, usage: "show BODY",
                    summary: "everything about one body: names, district, population, need score, coverage",
                    examples: ["show 檜枝岐村", "show hinoemata", "show 073644", "show ひのえまた"],
                    positionals: [PositionalSpec("BODY", .body)]) { args throws(ShellError) in
            .show(args.positionals[0].text)
        },
        CommandSpec("districts", group: .lookup, usage: "districts",
                    summary: "the districts (地方振興局) with their bodies and population",
                    examples: ["districts"]) { _ throws(ShellError) in .districts },
        CommandSpec("items", group: .lookup, usage: "items",
                    summary: "the plan's items (項目), each with the measures serving it",
                    examples: ["items"]) { _ throws(ShellError) in .items },
        CommandSpec("measures", group: .lookup, usage: "measures",
                    summary: "the measures (事業): id, name, items served, eligible bodies, capacity",
                    examples: ["measures"]) { _ throws(ShellError) in .measures },
        CommandSpec("kpi", group: .lookup, usage: "kpi [--fy FY]",
                    summary: "every KPI: target, the plan's value, gap and status; conflicts marked",
                    details: """
                    Each KPI is held against the plan in its own fiscal year (or the year given with
                    --fy). Cumulative KPIs count the baseline and every year through that year. The
                    source's own contradictions (ict-grant: 41 and 42) are both shown, marked as conflicts (※).
                    """,
                    examples: ["kpi", "kpi --fy R5"],
                    options: [OptionSpec("--fy", .fiscalYear, help: "evaluate in this fiscal year")]) { args throws(ShellError) in
            .kpi(fy: args.value("--fy"))
        },
    ]
}
