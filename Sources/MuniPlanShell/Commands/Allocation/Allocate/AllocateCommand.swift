import MuniPlan

/// `allocate MEASURE [N] [POLICY] [constraints…]`: choose bodies for a measure in the
/// current year; the choice replaces the measure's coverage for the year.
struct AllocateCommand: ShellCommand, Equatable {
    static let policyWords = ["by", "need", "spread", "apportion"] + methods
    /// The apportionment methods and bases, as `allocate … apportion METHOD --by BASIS` takes them.
    static let methods = ApportionMethod.allCases.map(\.rawValue)
    static let bases = ApportionBasis.allCases.map(\.rawValue)

    static let spec = CommandSpec("allocate", group: .allocation,
                    summary: Message.Help.summaryAllocate,
                    details: Message.Help.detailsAllocate(methods: methods.joined(separator: "|")),
                    examples: [
                        "allocate advisor 19 by need --min-per-district 1",
                        "allocate advisor --new-only --exclude 福島市 郡山市",
                        "allocate ict-grant 10 --budget 100000 --cost population",
                        "allocate advisor 19 apportion hamilton --by population",
                    ],
                    positionals: [PositionalSpec("MEASURE", .measure),
                                  PositionalSpec("POLICY", .keyword(policyWords), optional: true, repeating: true,
                                                 shape: "[N] [by need|spread|apportion METHOD]")],
                    options: [
                        OptionSpec("--min-per-district", .number(.minPerDistrict), placeholder: "K", help: Message.Help.optionAllocateMinPerDistrict),
                        OptionSpec("--max-per-district", .number(.maxPerDistrict), placeholder: "K", help: Message.Help.optionAllocateMaxPerDistrict),
                        OptionSpec("--require", .body, repeating: true, help: Message.Help.optionAllocateRequire),
                        OptionSpec("--exclude", .body, repeating: true, help: Message.Help.optionAllocateExclude),
                        OptionSpec("--new-only", help: Message.Help.optionAllocateNewOnly),
                        OptionSpec("--budget", .number(.budget), placeholder: "B", help: Message.Help.optionAllocateBudget),
                        OptionSpec("--cost", .feature, help: Message.Help.optionAllocateCost),
                        OptionSpec("--by", .keyword(bases), help: Message.Help.optionAllocateBy),
                        OptionSpec("--refuse-ties", help: Message.Help.optionAllocateRefuseTies),
                        OptionSpec("--time-limit", .number(.timeLimit), placeholder: "SECONDS", help: Message.TimeLimit.optionAllocate),
                    ], numbers: [.allocateCount],
                    keywords: Message.Help.keywordsAllocate, runs: AllocateCommand.self)

    var options: AllocateOptions

    func run(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let session = interpreter.session
        let measure = try session.measure(options.measure)
        let year = session.year
        let plan = session.plan
        guard let count = options.count ?? plan.capacity(of: measure) ?? KPITarget.defaultCount(of: measure.id, plan: plan, in: session.dataset) else {
            throw .refused(Message.Allocate.needsCount(measure: measure.id))
        }
        let dataset = session.dataset
        let need = NeedModel(dataset: dataset, plan: plan, year: year)
        var costFeature: NeedFeature?
        if let name = options.cost {
            do { costFeature = try NeedFeature.parse(name, dataset: dataset, plan: plan) } catch { throw .plan(error) }
        }
        let earlier = options.newOnly ? plan.coveredBefore(measure.id, year) : []
        let eligible = dataset.bodies.filter { measure.isEligible($0) && !earlier.contains($0.code) }
        let candidates = eligible.map { body in
            AllocationCandidate(code: body.code, district: body.district ?? "—", score: need.score(body),
                                cost: costFeature.flatMap { need.raw($0, body) }, order: dataset.rank(of: body.code) ?? 0)
        }
        let required = try session.resolve(options.require).codes
        let excluded = try session.resolve(options.exclude).codes
        if options.require.isEmpty == false {
            for code in required where earlier.contains(code) {
                throw .refused(Message.Allocate.requiredCoveredBefore(body: interpreter.label(code), year: year.short))
            }
            for code in required where dataset.body(code: code).map(measure.isEligible) == false {
                throw .plan(.notEligible(measure: measure.id, bodies: [interpreter.label(code)]))
            }
        }
        var districts = dataset.districts.map(\.name)
        if eligible.contains(where: { $0.district == nil }) { districts.append("—") }
        var weights: [String: Double] = [:]
        for body in eligible {
            let key = body.district ?? "—"
            if case .apportion(_, .bodies) = options.policy { weights[key, default: 0] += 1 } else { weights[key, default: 0] += Double(body.population ?? 0) }
        }
        var request = AllocationRequest(
            count: count, policy: options.policy, districts: districts, minPerDistrict: options.minPerDistrict,
            maxPerDistrict: options.maxPerDistrict, required: Set(options.require.isEmpty ? [] : required),
            excluded: Set(options.exclude.isEmpty ? [] : excluded), budget: options.budget, refuseTies: options.refuseTies,
            districtWeights: weights)
        request.timeLimit = options.timeLimit
        request.stop = StopCheck(interpreter.settings.isInterrupted)
        let result: AllocationResult
        do throws(AllocationError) { result = try Allocator.allocate(candidates, request) } catch {
            if error == .stopped { throw .interrupted }
            throw .refused(Message.Allocate.cannot(measure: measure.id, reason: interpreter.names(in: interpreter.text(error.message))))
        }
        let before = plan.covered(measure.id, in: year)
        let newPlan: Plan
        do { newPlan = try plan.replacingCoverage(Set(result.chosen), measure: measure.id, year: year, dataset: dataset) } catch { throw .plan(error) }
        interpreter.session.commit(newPlan)
        interpreter.session.allocations[year, default: [:]][measure.id] = AllocationRecord(options: options, count: count, result: result, plan: plan)
        interpreter.session.lastAllocation = AllocationKey(year: year, measure: measure.id)
        let after = Set(result.chosen)
        let proof = result.optimal ? Message.Allocate.optimal : Message.Allocate.bestFound
        let summary = Message.Allocate.summary(measure: measure.id, year: dataset.yearLabel(year),
                                               bodies: Message.Lookup.bodyCount(count: result.chosen.count), policy: options.policy.message,
                                               proof: proof, uniqueness: result.explanation.uniqueness.message,
                                               need: Table.Cell.decimal(result.totalScore, places: 3).plain)
        var lines = [interpreter.text(summary)
                     + (result.totalCost.map { interpreter.text(Message.Allocate.summaryCost(cost: Table.Cell.decimal($0, places: 0).display)) } ?? "")]
        lines.append(interpreter.changeSummary(measure.id, added: after.subtracting(before), removed: before.subtracting(after), total: after.count))
        if let beyond = KPITarget.beyond(after.count, measure: measure.id, plan: plan, in: dataset) { lines.append(interpreter.text(beyond)) }
        for binding in result.explanation.bindings { lines.append(interpreter.text(Message.Allocate.binds(constraint: interpreter.names(in: interpreter.text(binding.message))))) }
        for tie in result.explanation.districtTies { lines.append(interpreter.text(Message.Allocate.tie(tie: interpreter.names(in: interpreter.text(tie.message))))) }
        if !result.explanation.tiedBodies.isEmpty {
            lines.append(interpreter.text(Message.Allocate.tieBroken(bodies: MessageList(result.explanation.tiedBodies.map(interpreter.label)))))
        }
        emit(.text(lines.joined(separator: "\n")))
        emit(.table(Self.chosenTable(result, dataset: dataset, language: session.tableLanguage)))
    }

    /// The chosen bodies, in the order chosen, with why.
    static func chosenTable(_ result: AllocationResult, dataset: Dataset, language: Language) -> Table {
        func say(_ message: Message) -> String { message.text(in: language) }
        let costed = result.totalCost != nil
        // By code once: a search of every candidate for each chosen body was quadratic.
        let candidates = Dictionary(result.explanation.candidates.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = result.chosen.compactMap { code -> Table.Row? in
            guard let body = dataset.body(code: code), let c = candidates[code] else { return nil }
            return Table.Row([.text(code), .text(body.name), .text(body.district ?? "—"), .integer(c.rank), .decimal(c.score, places: 3)]
                + (costed ? [c.cost.map { .decimal($0, places: 0) } ?? .empty] : [])
                + [.text(c.chosenBecause.map { say($0.message) } ?? "")])
        }
        return Table(name: "allocation", columns: [
            Table.Column("code", label: say(Message.Lookup.columnCode)), Table.Column("name", label: say(Message.Lookup.columnName)),
            Table.Column("district", label: say(Message.Lookup.columnDistrict)),
            Table.Column("rank", label: say(Message.Allocate.columnRank), alignment: .right),
            Table.Column("need", label: say(Message.Allocate.columnNeed), alignment: .right),
        ] + (costed ? [Table.Column("cost", label: say(Message.Allocate.columnCost), alignment: .right)] : [])
          + [Table.Column("why", label: say(Message.Allocate.columnWhy))], rows: rows)
    }
}

// Parsing, in an extension so that the memberwise initialiser stays.
extension AllocateCommand {
    init(_ args: Arguments) throws(ShellError) {
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
            guard words.count == 2, words[1] == "need" else { throw args.usageError(Message.Usage.expectedByNeed) }
        case "need" where words.count == 1: break
        case "spread" where words.count == 1: options.policy = .spread
        case "apportion":
            guard words.count == 2, let method = ApportionMethod(rawValue: words[1]) else {
                throw args.usageError(Message.Usage.apportionNeedsMethod(methods: MessageList(Self.methods)))
            }
            // An unknown --by is refused below, with the bases.
            options.policy = .apportion(method, ApportionBasis(rawValue: args.value("--by") ?? "") ?? .population)
        case let word?:
            let word = NumberSpelling.excerpt(word)
            throw args.usageError(options.count == nil
                ? Message.Usage.unexpectedPolicyOrCount(word: word, expected: NumberArgument.allocateCount.expectedMessage)
                : Message.Usage.unexpectedPolicy(word: word))
        }
        if let basis = args.value("--by"), ApportionBasis(rawValue: basis) == nil {
            throw args.usageError(Message.Usage.byTakes(choices: Self.bases.dropLast().joined(separator: ", "), last: Self.bases.last ?? ""))
        }
        if args.value("--by") != nil, case .apportion = options.policy {} else if args.value("--by") != nil {
            throw args.usageError(Message.Usage.byAppliesToApportion)
        }
        if let k = args.value("--min-per-district") { options.minPerDistrict = try args.whole(k, .minPerDistrict) }
        if let k = args.value("--max-per-district") { options.maxPerDistrict = try args.whole(k, .maxPerDistrict) }
        options.require = args.values("--require")
        options.exclude = args.values("--exclude")
        options.newOnly = args.flag("--new-only")
        options.refuseTies = args.flag("--refuse-ties")
        if let b = args.value("--budget") { options.budget = try args.decimal(b, .budget) }
        options.cost = args.value("--cost")
        if let t = args.value("--time-limit") { options.timeLimit = try args.decimal(t, .timeLimit) }
        if (options.budget == nil) != (options.cost == nil) {
            throw args.usageError(Message.Usage.budgetAndCostTogether)
        }
        self.init(options: options)
    }
}
