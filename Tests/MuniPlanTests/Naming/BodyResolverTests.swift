import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Every way staff name a body resolves through one resolver; unknown and ambiguous input
/// is an error that suggests, never a guess.
@Suite("BodyResolver")
struct BodyResolverTests {
    @Test("檜枝岐村 by every input form", arguments: [
        "073644", "07364", "檜枝岐村", "檜枝岐",
        "ひのえまたむら", "ひのえまた", "ヒノエマタ", "ヒノエマタムラ", "ﾋﾉｴﾏﾀ", "ﾋﾉｴﾏﾀﾑﾗ",
        "hinoemata", "HINOEMATA", "Hinoemata", "Hinoemata-mura", "hinoemata mura", "hinoematamura",
        "hinoemata-village", "ｈｉｎｏｅｍａｔａ", "０７３６４４", " 檜枝岐村 ", "　ひのえまた　",
    ])
    func hinoemata(input: String) throws {
        let body = try bundledResolver().body(input)
        #expect(body.code == "073644", "'\(input)' resolved to \(body.label)")
    }

    @Test("郡山市 by long-vowel spellings", arguments: [
        "koriyama", "kooriyama", "kouriyama", "kōriyama", "Kōriyama", "KOORIYAMA", "koriyama-shi", "Kōriyama City",
        "こおりやま", "コオリヤマ", "郡山", "郡山市", "072036", "07203",
    ])
    func koriyama(input: String) throws {
        #expect(try bundledResolver().body(input).name == "郡山市", "'\(input)'")
    }

    @Test("会津若松市 with hyphens and spaces", arguments: ["aizu-wakamatsu", "Aizu Wakamatsu", "aizuwakamatsu", "AIZU-WAKAMATSU-SHI", "会津若松"])
    func aizuwakamatsu(input: String) throws {
        #expect(try bundledResolver().body(input).name == "会津若松市", "'\(input)'")
    }

    @Test("kori is 桑折町, not 郡山市", arguments: ["kori", "koori", "kōri", "Kori-machi", "こおり", "桑折"])
    func kori(input: String) throws {
        #expect(try bundledResolver().body(input).name == "桑折町", "'\(input)'")
    }

    @Test("every body resolves to itself by each of its own forms")
    func everyBodyByEveryForm() throws {
        let resolver = try bundledResolver()
        for body in resolver.dataset.bodies {
            var forms = [body.code, body.name, body.kana, body.romaji, body.romaji.uppercased()]
            if BodyCode.isValid(body.code) { forms.append(String(body.code.prefix(5))) }
            if let short = body.shortName { forms.append(short) }
            let katakana = body.kana.applyingTransform(.hiraganaToKatakana, reverse: false)
            if let katakana {
                forms.append(katakana)
                // Half-width katakana (ﾊﾞﾝﾀﾞｲ): voiced marks are separate characters.
                if let halfWidth = katakana.applyingTransform(.fullwidthToHalfwidth, reverse: false) {
                    #expect(halfWidth != katakana)
                    forms.append(halfWidth)
                }
            }
            for suffix in BodyResolver.romajiSuffixes(body.kind) {
                forms.append(body.romaji + "-" + suffix)
                forms.append(body.romaji.capitalized + " " + suffix.capitalized)
            }
            for form in forms {
                do {
                    let found = try resolver.body(form)
                    #expect(found.code == body.code, "'\(form)' resolved to \(found.label), not \(body.label)")
                } catch {
                    Issue.record("'\(form)' for \(body.label): \(error)")
                }
            }
        }
    }

    @Test("unknown input suggests the nearest body")
    func unknownSuggests() throws {
        let resolver = try bundledResolver()
        #expect(throws: ResolveError.self) { try resolver.body("hinoemta") }
        do {
            _ = try resolver.body("hinoemta")
        } catch {
            #expect(error.description == "unknown body 'hinoemta' — did you mean 檜枝岐村 (hinoemata)?")
            guard case let .unknownBody(input, suggestions) = error else {
                Issue.record("expected .unknownBody, got \(error)")
                return
            }
            #expect(input == "hinoemta")
            #expect(suggestions.map(\.code) == ["073644"])
        }
    }

    @Test("typos in kanji and kana suggest too", arguments: [
        ("桧枝岐村", "073644"),      // the common variant of 檜
        ("ひのえまだ", "073644"),
        ("koriyma", "072036"),
        ("aizuwakamatu", "072028"),
    ])
    func typoSuggestions(input: String, code: String) throws {
        let resolver = try bundledResolver()
        do {
            let body = try resolver.body(input)
            Issue.record("'\(input)' resolved to \(body.label) but is not a name")
        } catch {
            guard case let .unknownBody(_, suggestions) = error else {
                Issue.record("expected .unknownBody, got \(error)")
                return
            }
            #expect(suggestions.first?.code == code, "\(error)")
            #expect(error.description.hasPrefix("unknown body '\(input)' — did you mean "))
        }
    }

    @Test("nothing near: unknown without a suggestion")
    func unknownWithoutSuggestion() throws {
        let resolver = try bundledResolver()
        #expect(throws: ResolveError.unknownBody("zzzzzzzz", suggestions: [])) { try resolver.body("zzzzzzzz") }
        #expect(ResolveError.unknownBody("zzzzzzzz", suggestions: []).description == "unknown body 'zzzzzzzz'")
    }

    @Test("a wrong check digit suggests the right code")
    func wrongCheckDigit() throws {
        let resolver = try bundledResolver()
        #expect(throws: ResolveError.wrongCheckDigit("073645", expected: "073644")) { try resolver.body("073645") }
        let error = ResolveError.wrongCheckDigit("073645", expected: "073644")
        #expect(error.description.contains("073645") && error.description.contains("073644"))
        // A six-digit code of no body at all is simply unknown.
        #expect(throws: ResolveError.self) { try resolver.body("999999") }
        #expect(throws: ResolveError.self) { try resolver.body("99999") }
    }

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

    // MARK: ambiguity

    /// Two towns read みさと (美郷町, Akita; 美里町, Miyagi) and one unrelated city.
    static func misatoDataset() -> Dataset {
        makeDataset([
            makeBody("05447", "美郷町", kana: "みさとちょう", romaji: "misato", kind: .town, district: "秋田"),
            makeBody("04505", "美里町", kana: "みさとまち", romaji: "misato", kind: .town, district: "宮城"),
            makeBody("04202", "石巻市", kana: "いしのまきし", romaji: "ishinomaki", kind: .city, district: "宮城"),
        ])
    }

    @Test("input that fits two bodies is ambiguous, never guessed",
          arguments: ["misato", "Misato", "misato-cho", "misatomachi", "みさと", "ミサト"])
    func ambiguous(input: String) throws {
        let resolver = BodyResolver(dataset: Self.misatoDataset())
        do {
            let body = try resolver.body(input)
            Issue.record("'\(input)' was guessed as \(body.label)")
        } catch {
            guard case let .ambiguous(term, candidates) = error else {
                Issue.record("expected .ambiguous, got \(error)")
                return
            }
            #expect(term == input)
            #expect(Set(candidates.map(\.name)) == ["美郷町", "美里町"])
            #expect(candidates.map(\.code) == candidates.map(\.code).sorted(), "candidates in code order")
            let message = error.description
            #expect(message.contains("美郷町") && message.contains("美里町"))
            #expect(message.contains(BodyCode.withCheckDigit("05447")!) && message.contains(BodyCode.withCheckDigit("04505")!))
        }
        // bodies(_:) refuses too: a list is no licence to guess.
        #expect(throws: ResolveError.self) { try resolver.bodies(input) }
    }

    @Test("the unambiguous forms of colliding bodies still resolve")
    func ambiguousBodiesByOtherForms() throws {
        let resolver = BodyResolver(dataset: Self.misatoDataset())
        #expect(try resolver.body("美郷町").name == "美郷町")
        #expect(try resolver.body("美里").name == "美里町")
        #expect(try resolver.body("みさとまち").name == "美里町")
        #expect(try resolver.body("みさとちょう").name == "美郷町")
        #expect(try resolver.body(BodyCode.withCheckDigit("04505")!).name == "美里町")
        #expect(try resolver.body("04505").name == "美里町")
        #expect(try resolver.body("ishinomaki").name == "石巻市")
    }

    @Test("two bodies with the same name are ambiguous (伊達市 in the nationwide data)")
    func sameNameNationwide() throws {
        let directory = bundledDataDirectory.appendingPathComponent("japan")
        let bodiesURL = directory.appendingPathComponent(DataLoader.bodiesFile)
        let districtsURL = directory.appendingPathComponent(DataLoader.districtsFile)
        guard FileManager.default.fileExists(atPath: bodiesURL.path) else {
            Issue.record("Data/japan/bodies.csv is missing")
            return
        }
        let districts = try DataLoader.loadDistricts([UInt8](try Data(contentsOf: districtsURL)))
        let bodies = try DataLoader.loadBodies([UInt8](try Data(contentsOf: bodiesURL)), districts: districts)
        let resolver = BodyResolver(dataset: Dataset(name: "japan", prefecture: "", source: "", firstFiscalYear: FiscalYear(2022), centre: nil,
                                                     bodies: bodies, districts: districts, items: [], measures: [], kpis: [],
                                                     directory: directory.path))
        do {
            let body = try resolver.body("伊達市")
            Issue.record("伊達市 was guessed as \(body.label) \(body.code)")
        } catch {
            guard case let .ambiguous(_, candidates) = error else {
                Issue.record("expected .ambiguous, got \(error)")
                return
            }
            #expect(Set(candidates.map(\.code)) == ["012335", "072133"])
        }
        #expect(try resolver.body("072133").district == "福島県")
        #expect(try resolver.body("檜枝岐村").code == "073644")
    }

    // MARK: completion

    @Test("completions: romaji, kana and kanji prefixes")
    func completions() throws {
        let resolver = try bundledResolver()
        let hino = resolver.completions(prefix: "hino")
        #expect(hino.contains("hinoemata"))
        #expect(hino.allSatisfy { $0.hasPrefix("hino") })
        #expect(resolver.completions(prefix: "HINO").contains("hinoemata"))
        #expect(resolver.completions(prefix: "ひの").contains("檜枝岐村"))
        #expect(resolver.completions(prefix: "ヒノ").contains("檜枝岐村"))
        #expect(resolver.completions(prefix: "ﾋﾉ").contains("檜枝岐村"))
        #expect(Set(resolver.completions(prefix: "会津")) == ["会津若松市", "会津坂下町", "会津美里町"])
        #expect(Set(resolver.completions(prefix: "kori")) == ["koriyama", "kori"])
        #expect(resolver.completions(prefix: "koo").contains("koriyama"))
        #expect(resolver.completions(prefix: "0736").contains("073644") || resolver.completions(prefix: "0736").contains("檜枝岐村"))
        #expect(resolver.completions(prefix: "xyz").isEmpty)
        #expect(resolver.completions(prefix: "").count == 60)
        // Every completion is itself accepted by the resolver.
        for prefix in ["hino", "ひの", "会津", "kori", "a", "mi", "し"] {
            for candidate in resolver.completions(prefix: prefix) {
                #expect((try? resolver.body(candidate)) != nil, "completion '\(candidate)' of '\(prefix)' does not resolve")
            }
        }
    }
}
