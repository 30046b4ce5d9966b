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
