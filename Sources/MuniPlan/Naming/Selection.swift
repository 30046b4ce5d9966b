/// Body arguments read together, the way every command that takes `BODY…` reads them.
/// Selectors (`all`, `district:会津`, `kind:village`, `group:evac12`, `covered:advisor`)
/// narrow each other — `kind:village district:会津` is the villages of 会津 — and bodies
/// named one by one are added to what they leave. No terms select every body.
public struct Selection: Sendable, Equatable {
    /// The selected bodies' codes, each once, in the data set's (code) order.
    public let codes: [String]
    /// The codes named one by one rather than through a selector: an edit refuses these
    /// when they are not eligible, where a selector quietly keeps the eligible ones.
    public var named: Set<String> { everyCodeNamed ? Set(codes) : namedCodes }
    /// Whether any term was a selector.
    public let usesSelectors: Bool
    private let namedCodes: Set<String>
    /// One term that is no selector, as most script lines have: every code is named, and no
    /// set is made of them unless asked for.
    private let everyCodeNamed: Bool

    /// Whether `code`, one of `codes`, was named one by one (`named`), as an edit asks of each.
    public func isNamed(_ code: String) -> Bool { everyCodeNamed || namedCodes.contains(code) }

    public static func == (a: Selection, b: Selection) -> Bool {
        a.codes == b.codes && a.usesSelectors == b.usesSelectors && a.named == b.named
    }

    /// Resolves `terms` with `resolver`; `covered:MEASURE` reads the measure's coverage
    /// in `plan` for `year`.
    public init(_ terms: [String], resolver: BodyResolver, plan: Plan, year: FiscalYear) throws(ResolveError) {
        let dataset = resolver.dataset
        // A name resolved before, as a script's lines mostly hold: no selector, so no coverage to read.
        if terms.count == 1, let code = resolver.resolvedCode(terms[0]) {
            let narrows = Self.isSelector(terms[0])
            self.codes = [code]
            self.namedCodes = []
            self.everyCodeNamed = !narrows
            self.usesSelectors = narrows
            return
        }
        let coverage = Self.coverage(in: plan, year: year, dataset: dataset)
        if terms.count == 1 {
            // One term, as most script lines have: its bodies come in code order, each once.
            let term = terms[0], narrows = Self.isSelector(term)
            let codes = try resolver.codes(term, coverage: coverage)
            self.codes = codes
            self.namedCodes = []
            self.everyCodeNamed = !narrows
            self.usesSelectors = narrows
            return
        }
        var selected: Set<String>? = nil
        var named = Set<String>()
        // A selector already applied the same way changes nothing more: a line repeating
        // `all` or `district:会津` thousands of times costs one pass over the bodies per
        // distinct selector, not one per word.
        var applied = Set<Applied>()
        for term in terms {
            let narrows = Self.isSelector(term)
            let bodies: [Body]
            if let selector = try resolver.selector(term) {
                guard applied.insert(Applied(selector: selector, narrows: narrows)).inserted else { continue }
                bodies = try resolver.bodies(selector, term: term, coverage: coverage)
            } else {
                bodies = try resolver.bodies(term, coverage: coverage)
            }
            let codes = Set(bodies.map(\.code))
            if narrows {
                selected = selected.map { $0.intersection(codes) } ?? codes
            } else {
                named.formUnion(codes)
            }
        }
        let chosen = terms.isEmpty ? Set(dataset.bodies.map(\.code)) : named.union(selected ?? [])
        self.codes = dataset.inCodeOrder(chosen)
        self.namedCodes = named
        self.everyCodeNamed = false
        self.usesSelectors = selected != nil
    }

    /// How many bodies `terms` select: `Selection(…).codes.count`. One `covered:MEASURE`
    /// term is the coverage's size, as a plan covers only the data's bodies (every edit
    /// resolves them): no body is looked up (`expect count covered:…` is a line scripts repeat).
    public static func count(_ terms: [String], resolver: BodyResolver, plan: Plan, year: FiscalYear) throws(ResolveError) -> Int {
        if terms.count == 1, let measure = try coveredMeasure(terms[0], resolver: resolver) {
            return try resolver.covered(measure, term: terms[0], coverage: coverage(in: plan, year: year, dataset: resolver.dataset)).count
        }
        return try Selection(terms, resolver: resolver, plan: plan, year: year).codes.count
    }

    /// The measure of a lone `covered:MEASURE` term: by its bytes where it is ASCII (as scripts
    /// write it), else as the resolver reads a selector; nil for any other term.
    private static func coveredMeasure(_ term: String, resolver: BodyResolver) throws(ResolveError) -> String? {
        if let measure = BodySelector.coveredMeasure(term) { return measure }
        guard isSelector(term), case let .covered(measure)? = try resolver.selector(term) else { return nil }
        return measure
    }

    /// What `covered:MEASURE` reads: the measure's coverage in `plan` for `year`.
    private static func coverage(in plan: Plan, year: FiscalYear, dataset: Dataset) -> (String) throws -> Set<String> {
        // BodyResolver turns this error into an unknown measure listing the known ones.
        struct UnknownMeasure: Error {}
        return { word in
            guard let measure = dataset.measureID(for: word) else { throw UnknownMeasure() }
            return plan.covered(measure, in: year)
        }
    }

    /// A term selects (rather than names one body) when it is `all`, in any case, or holds
    /// a colon (`key:value`). The lexer's quoting is not seen here: `'all'` selects too.
    public static func isSelector(_ term: String) -> Bool {
        // `contains(":")` is Foundation's search by Characters; the byte answers first where
        // it can: no colon byte, no colon, and in ASCII the byte is the Character.
        let colon = !term.utf8.contains(UInt8(ascii: ":")) ? false : term.utf8.allSatisfy { $0 < 0x80 } || term.contains(":")
        // Only A and L lowercase to a and l (no other scalar lowercases to ASCII but the Kelvin
        // sign, to k), so `all` in any case is those three bytes: nothing is lowercased to find out.
        return colon || term.utf8.count == 3 && term.utf8.elementsEqual("all".utf8) { $0 | 0x20 == $1 }
    }
}

extension Dataset {
    /// The bodies' codes among `chosen`, in code order; a few are put in order by rank, not
    /// by a pass over every body.
    func inCodeOrder(_ chosen: Set<String>) -> [String] {
        chosen.count < bodies.count / 2
            ? chosen.compactMap(rank(of:)).sorted().map { bodies[$0].code }
            : bodies.indices.compactMap { chosen.contains(bodies[$0].code) ? bodies[$0].code : nil }
    }
}

/// A selector as `Selection` applied it: narrowing the selection, or added to the named
/// bodies (a quoted `' all'` is read as a name that selects every body).
private struct Applied: Hashable {
    let selector: BodySelector
    let narrows: Bool
}
