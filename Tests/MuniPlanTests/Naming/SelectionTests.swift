import TestSupport
import Testing
@testable import MuniPlan

/// Body arguments read together: selectors narrow each other, named bodies add to them,
/// every body once and in code order; mistakes are ResolveErrors that say what is known.
@Suite("Selection")
struct SelectionTests {
    static let fy2022 = FiscalYear(2022)

    func select(_ terms: [String], plan: Plan = Plan(), year: FiscalYear = fy2022) throws -> Selection {
        try Selection(terms, resolver: try bundledResolver(), plan: plan, year: year)
    }

    /// The codes of the bundled bodies that pass `include`, in code order.
    func codes(where include: (Body) -> Bool) throws -> [String] {
        try bundledDataset().bodies.filter(include).map(\.code)
    }

    @Test("each selector selects its bodies, in code order, and names none")
    func eachSelector() throws {
        let cases: [(term: String, include: (Body) -> Bool)] = [
            ("district:会津", { $0.district == "会津" }),
            ("district:minamiaizu", { $0.district == "南会津" }),
            ("kind:village", { $0.kind == .village }),
            ("group:evac12", { $0.groups.contains("evac12") }),
            ("all", { _ in true }),
            ("ALL", { _ in true }),
        ]
        for (term, include) in cases {
            let selection = try select([term])
            #expect(selection.codes == (try codes(where: include)), "\(term)")
            #expect(!selection.codes.isEmpty, "\(term)")
            #expect(selection.named.isEmpty, "\(term)")
            #expect(selection.usesSelectors, "\(term)")
        }
    }

    @Test("no terms select every body")
    func noTerms() throws {
        let selection = try select([])
        #expect(selection.codes == (try bundledDataset().bodies.map(\.code)))
        #expect(selection.named.isEmpty)
        #expect(!selection.usesSelectors)
    }

    @Test("selectors narrow each other; named bodies are added to what they leave")
    func narrowingAndAdding() throws {
        let villagesOfAizu = try select(["kind:village", "district:会津"])
        #expect(villagesOfAizu.codes == (try codes { $0.kind == .village && $0.district == "会津" }))
        // 'all' narrows like any selector: all kind:village is the villages.
        #expect(try select(["all", "kind:village"]).codes == (try codes { $0.kind == .village }))
        let plusFukushima = try select(["kind:village", "district:会津", "福島市"])
        #expect(plusFukushima.codes == ["072010"] + villagesOfAizu.codes)
        #expect(plusFukushima.named == ["072010"])
    }

    @Test("a body named twice, or named and selected, comes once, in code order")
    func deduplicationAndOrder() throws {
        let selection = try select(["tadami", "hinoemata", "只見町", "073679", "district:南会津"])
        #expect(selection.codes == ["073628", "073644", "073679", "073687"])
        #expect(selection.named == ["073644", "073679"])
        let named = try select(["只見町", "檜枝岐村", "tadami"])
        #expect(named.codes == ["073644", "073679"])
        #expect(!named.usesSelectors)
    }

    @Test("covered: reads the plan in the year asked for")
    func coveredInAYear() throws {
        let plan = makePlan([(2022, "advisor", ["073644", "072010"]), (2023, "advisor", ["073679"])])
        #expect(try select(["covered:advisor"], plan: plan).codes == ["072010", "073644"])
        #expect(try select(["covered:advisor"], plan: plan, year: FiscalYear(2023)).codes == ["073679"])
        #expect(try select(["covered:advisor"], plan: plan, year: FiscalYear(2024)).codes.isEmpty)
        #expect(try select(["covered:advisor", "kind:village"], plan: plan).codes == ["073644"])
    }

    @Test("count is the selection's size, covered: alone included, and refuses what Selection refuses")
    func count() throws {
        let plan = makePlan([(2022, "advisor", ["073644", "072010"]), (2023, "advisor", ["073679"])])
        let resolver = try bundledResolver()
        for terms in [["covered:advisor"], ["Covered:advisor"], ["covered:advisor", "kind:village"], ["kind:village"], ["hinoemata"], ["all"]] {
            for year in [Self.fy2022, FiscalYear(2023), FiscalYear(2024)] {
                let count = try Selection.count(terms, resolver: resolver, plan: plan, year: year)
                #expect(count == (try select(terms, plan: plan, year: year)).codes.count, "\(terms) \(year)")
            }
        }
        #expect(try Selection.count(["covered:advisor"], resolver: resolver, plan: plan, year: Self.fy2022) == 2)
        let known = try bundledDataset().measures.map(\.id)
        #expect(throws: ResolveError.unknownSelectorValue(selector: .covered, value: "nothing", known: known)) {
            try Selection.count(["covered:nothing"], resolver: resolver, plan: plan, year: Self.fy2022)
        }
    }

    @Test("an unknown selector names every selector there is")
    func unknownSelector() throws {
        #expect(throws: ResolveError.unknownSelector("size")) { try select(["size:small"]) }
        let message = ResolveError.unknownSelector("size").description
        for key in SelectorKey.allCases { #expect(message.contains(key.prefix), "\(key)") }
    }

    /// `covered: advisor` (a space after the colon, as a sentence would have) splits in two:
    /// the selector says how it is written instead of calling an empty word unknown.
    @Test("a selector with nothing after its colon shows how it is written", arguments: SelectorKey.allCases)
    func valueMissing(key: SelectorKey) throws {
        #expect(throws: ResolveError.selectorValueMissing(key)) { try select([key.prefix, "x"]) }
        #expect(throws: ResolveError.selectorValueMissing(key)) { try select([key.prefix.uppercased()]) }
        // `expect count` counts a lone `covered:…` by its bytes: the same refusal there.
        let resolver = BodyResolver(dataset: try bundledDataset())
        #expect(throws: ResolveError.selectorValueMissing(key)) {
            try Selection.count([key.prefix], resolver: resolver, plan: Plan(), year: Self.fy2022)
        }
        let english = ResolveError.selectorValueMissing(key).description
        #expect(english.hasPrefix("\(key.prefix) needs the ") && english.contains("right after the colon, with no space: \(key.rawValue):"))
        #expect(ResolveError.selectorValueMissing(.covered).message.text(in: .japanese)
                == "covered: の直後に、空白を入れずに事業を書きます（例：covered:advisor）")
    }

    @Test("an unknown selector value lists the known values")
    func unknownValues() throws {
        let dataset = try bundledDataset()
        #expect(throws: ResolveError.unknownSelectorValue(selector: .district, value: "nowhere",
                                                          known: dataset.districts.map(\.name))) {
            try select(["district:nowhere"])
        }
        #expect(throws: ResolveError.unknownSelectorValue(selector: .covered, value: "nothing",
                                                          known: dataset.measures.map(\.id))) {
            try select(["covered:nothing"])
        }
        #expect(throws: ResolveError.self) { try select(["kind:prefecture"]) }
        #expect(throws: ResolveError.self) { try select(["group:nowhere"]) }
    }

    @Test("a body that cannot be named fails the whole selection")
    func unknownBody() throws {
        do {
            _ = try select(["kind:village", "hinoemta"])
            Issue.record("hinoemta should not resolve")
        } catch let error as ResolveError {
            guard case let .unknownBody(input, suggestions) = error else { Issue.record("\(error)"); return }
            #expect(input == "hinoemta")
            #expect(suggestions.map(\.code).contains("073644"))
        }
    }
}
