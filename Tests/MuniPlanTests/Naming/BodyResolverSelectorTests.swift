import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Selectors (`district:会津`, `kind:village`, `group:…`, `all`, `covered:…`) resolve to bodies in
/// code order; an unknown selector or value says what is known.
@Suite("BodyResolver selectors")
struct BodyResolverSelectorTests {
    @Test("selectors: district, kind, group, all")
    func selectors() throws {
        let resolver = try bundledResolver()
        let minamiaizu = try resolver.bodies("district:南会津")
        #expect(minamiaizu.map(\.name) == ["下郷町", "檜枝岐村", "只見町", "南会津町"])
        #expect(try resolver.bodies("district:minamiaizu").map(\.code) == minamiaizu.map(\.code))
        #expect(try resolver.bodies("district:Minami-Aizu").map(\.code) == minamiaizu.map(\.code))
        #expect(try resolver.bodies("district:南会津地方振興局").map(\.code) == minamiaizu.map(\.code))
        #expect(try resolver.bodies("District:南会津").map(\.code) == minamiaizu.map(\.code))
        #expect(try resolver.bodies("district:いわき").map(\.name) == ["いわき市"])
        #expect(try resolver.bodies("district:kempoku").count == 8, "m before p is n: kempoku = kenpoku")
        #expect(try resolver.bodies("district:sōsō").count == 12)
        #expect(try resolver.bodies("district:相双").count == 12)

        let villages = try resolver.bodies("kind:village")
        #expect(villages.count == 15)
        #expect(villages.allSatisfy { $0.kind == .village })
        #expect(try resolver.bodies("kind:村").map(\.code) == villages.map(\.code))
        #expect(try resolver.bodies("kind:VILLAGE").map(\.code) == villages.map(\.code))
        #expect(try resolver.bodies("kind:city").count == 13)
        #expect(try resolver.bodies("kind:town").count == 31)
        #expect(try resolver.bodies("kind:association").map(\.code) == ["assoc-1"])

        let evac12 = try resolver.bodies("group:evac12")
        #expect(evac12.count == 12)
        #expect(evac12.allSatisfy { $0.groups.contains("evac12") })
        #expect(try resolver.bodies("group:hamadori15").count == 15)

        let all = try resolver.bodies("all")
        #expect(all.count == 60)
        #expect(all.map(\.code) == resolver.dataset.bodies.map(\.code))
        #expect(try resolver.bodies("ALL").count == 60)
    }

    @Test("selectors list bodies in code order")
    func selectorOrder() throws {
        let resolver = try bundledResolver()
        for term in ["all", "district:会津", "kind:town", "group:hamadori15"] {
            let codes = try resolver.bodies(term).map { resolver.dataset.rank(of: $0.code)! }
            #expect(codes == codes.sorted(), "\(term)")
        }
    }

    @Test("covered: asks the caller's closure")
    func covered() throws {
        let resolver = try bundledResolver()
        struct UnknownMeasure: Error {}
        let coverage: (String) throws -> Set<String> = { measure in
            guard measure == "advisor" else { throw UnknownMeasure() }
            return ["073644", "072010", "075469"]
        }
        let found = try resolver.bodies("covered:advisor", coverage: coverage)
        #expect(found.map(\.code) == ["072010", "073644", "075469"])
        #expect(throws: ResolveError.self) { try resolver.bodies("covered:nothing", coverage: coverage) }
        do {
            _ = try resolver.bodies("covered:nothing", coverage: coverage)
        } catch {
            #expect(error.description.contains("nothing"))
            #expect(error.description.contains("advisor"), "the known measures are listed: \(error)")
        }
        #expect(throws: ResolveError.coverageUnavailable("covered:advisor")) { try resolver.bodies("covered:advisor") }
    }

    @Test("a selector that selects exactly one body names it; more is ambiguous for body(_:)")
    func selectorAsSingleBody() throws {
        let resolver = try bundledResolver()
        #expect(try resolver.body("district:いわき").name == "いわき市")
        #expect(throws: ResolveError.self) { try resolver.body("district:南会津") }
        do {
            _ = try resolver.body("all")
        } catch {
            guard case let .ambiguous(_, candidates) = error else {
                Issue.record("expected .ambiguous, got \(error)")
                return
            }
            #expect(candidates.count == 60)
        }
    }

    @Test("unknown selector")
    func unknownSelector() throws {
        let resolver = try bundledResolver()
        #expect(throws: ResolveError.unknownSelector("color")) { try resolver.bodies("color:red") }
        let message = ResolveError.unknownSelector("color").description
        for word in ["color", "district:", "kind:", "group:", "covered:"] {
            #expect(message.contains(word), "\(message)")
        }
    }

    @Test("unknown selector values list what is known")
    func unknownSelectorValues() throws {
        let resolver = try bundledResolver()
        let districts = ["県北", "県中", "県南", "会津", "南会津", "相双", "いわき"]
        #expect(throws: ResolveError.unknownSelectorValue(selector: .district, value: "北会津", known: districts)) {
            try resolver.bodies("district:北会津")
        }
        let message = ResolveError.unknownSelectorValue(selector: .district, value: "北会津", known: districts).description
        #expect(message.contains("北会津"))
        for district in districts { #expect(message.contains(district)) }

        #expect(throws: ResolveError.self) { try resolver.bodies("district:") }
        do {
            _ = try resolver.bodies("kind:hamlet")
            Issue.record("kind:hamlet resolved")
        } catch {
            #expect(error.description.contains("hamlet") && error.description.contains("village"), "\(error)")
        }
        do {
            _ = try resolver.bodies("group:evac13")
            Issue.record("group:evac13 resolved")
        } catch {
            #expect(error.description.contains("evac13") && error.description.contains("evac12")
                    && error.description.contains("hamadori15"), "\(error)")
        }
    }

    @Test("a district's name where a body is asked for points to its selector; a body of that name wins")
    func districtNotBody() throws {
        let resolver = try bundledResolver()
        for input in ["会津", "aizu", "Aizu", "会津地方振興局"] {
            #expect(throws: ResolveError.districtNotBody(input, district: "会津")) { try resolver.body(input) }
        }
        #expect(ResolveError.districtNotBody("aizu", district: "会津").description == "'aizu' is a district, not a body — its bodies are district:会津")
        #expect(ResolveError.districtNotBody("aizu", district: "会津").message.text(in: .japanese)
                == "「aizu」は団体ではなく地域です — 地域の団体は district:会津 で指定します")
        // いわき is a district and the start of いわき市; 南会津 is 南会津町 without its suffix.
        #expect(try resolver.body("いわき").name == "いわき市")
        #expect(try resolver.body("南会津").name == "南会津町")
    }
}
