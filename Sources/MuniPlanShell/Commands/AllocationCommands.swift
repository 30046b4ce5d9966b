import MuniPlan

/// `allocate`, `explain`.
enum AllocationCommands {
    static let policyWords = ["by", "need", "spread", "apportion"] + methods
    /// The apportionment methods and bases, as `allocate … apportion METHOD --by BASIS` takes them.
    static let methods = ApportionMethod.allCases.map(\.rawValue)
    static let bases = ApportionBasis.allCases.map(\.rawValue)

    static let specs: [CommandSpec] = [
        CommandSpec("allocate", group: .allocation,
                    usage: "allocate MEASURE [N] [by need|spread|apportion METHOD] [--min-per-district K] [--max-per-district K] [--require BODY…] [--exclude BODY…] [--new-only] [--budget B --cost FEATURE] [--by population|bodies] [--refuse-ties]",
                    summary: "choose bodies for a measure in the current year by a policy, under constraints",
                    details: """
                    by need (default): the N bodies with the greatest total need score (exactly N; with a
                    budget, at most N), provably optimal. spread: as even across districts as possible.
                    apportion \(methods.joined(separator: "|")): split N across districts by the
                    method (--by population or bodies), then by need within each. N defaults to the
                    measure's capacity. Ties are broken by code order and reported. The result replaces
                    the measure's coverage for the year (undo restores it).
                    """,
                    examples: [
                        "allocate advisor 19 by need --min-per-district 1",
                        "allocate advisor --new-only --exclude 福島市 郡山市",
                        "allocate ict-grant 10 --budget 100000 --cost population",
                        "allocate advisor 19 apportion hamilton --by population",
                    ],
                    positionals: [PositionalSpec("MEASURE", .measure), PositionalSpec("POLICY", .keyword(policyWords), optional: true, repeating: true)],
                    options: [
                        OptionSpec("--min-per-district", .number(.minPerDistrict), help: "at least K bodies in every district"),
                        OptionSpec("--max-per-district", .number(.maxPerDistrict), help: "at most K bodies in any district"),
                        OptionSpec("--require", .body, repeating: true, help: "these bodies must be chosen"),
                        OptionSpec("--exclude", .body, repeating: true, help: "these bodies must not be chosen"),
                        OptionSpec("--new-only", help: "only bodies not covered by the measure in an earlier year"),
                        OptionSpec("--budget", .number(.budget), help: "total cost limit (with --cost)"),
                        OptionSpec("--cost", .feature, help: "the feature each chosen body costs (population, an indicator)"),
                        OptionSpec("--by", .keyword(bases), help: "apportion by population or by number of bodies"),
                        OptionSpec("--refuse-ties", help: "fail instead of breaking a tie by code order"),
                    ], numbers: [.allocateCount], build: parseAllocate),
        CommandSpec("explain", group: .allocation, usage: "explain MEASURE [BODY]",
                    summary: "why the last allocation chose what it chose: scores, ranks, binding constraints",
                    examples: ["explain advisor", "explain advisor 福島市"],
                    positionals: [PositionalSpec("MEASURE", .measure), PositionalSpec("BODY", .body, optional: true)]) { args throws(ShellError) in
            .explain(measure: args.positionals[0].text, body: args.positional(1))
        },
    ]

    @Sendable static func parseAllocate(_ args: Arguments) throws(ShellError) -> Command {
        var options = AllocateOptions(measure: args.positionals[0].text)
        var words = args.positionals.dropFirst().map(\.text)
        // N is the first word when it looks like a number (-5 and 1e19 are then refused as
        // N, with its range, rather than as an unknown policy).
        if let first = words.first, NumberSpelling.looksNumeric(first) {
            options.count = try args.whole(first, .allocateCount)
            words.removeFirst()
        }
        switch words.first {
        case nil: break
        case "by":
            guard words.count == 2, words[1] == "need" else { throw args.usageError("expected 'by need'") }
        case "need" where words.count == 1: break
        case "spread" where words.count == 1: options.policy = .spread
        case "apportion":
            guard words.count == 2, let method = ApportionMethod(rawValue: words[1]) else {
                throw args.usageError("apportion needs a method: \(methods.joined(separator: ", "))")
            }
            // An unknown --by is refused below, with the bases.
            options.policy = .apportion(method, ApportionBasis(rawValue: args.value("--by") ?? "") ?? .population)
        case let word?:
            let count = options.count == nil ? "N is \(NumberArgument.allocateCount.expected); " : ""
            throw args.usageError("unexpected '\(NumberSpelling.excerpt(word))' (\(count)policies: by need, spread, apportion METHOD)")
        }
        if let basis = args.value("--by"), ApportionBasis(rawValue: basis) == nil {
            throw args.usageError("--by takes \(bases.joined(separator: " or "))")
        }
        if args.value("--by") != nil, case .apportion = options.policy {} else if args.value("--by") != nil {
            throw args.usageError("--by applies to apportion")
        }
        if let k = args.value("--min-per-district") { options.minPerDistrict = try args.whole(k, .minPerDistrict) }
        if let k = args.value("--max-per-district") { options.maxPerDistrict = try args.whole(k, .maxPerDistrict) }
        options.require = args.values("--require")
        options.exclude = args.values("--exclude")
        options.newOnly = args.flag("--new-only")
        options.refuseTies = args.flag("--refuse-ties")
        if let b = args.value("--budget") { options.budget = try args.decimal(b, .budget) }
        options.cost = args.value("--cost")
        if (options.budget == nil) != (options.cost == nil) {
            throw args.usageError("--budget and --cost go together")
        }
        return .allocate(options)
    }
}
