import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// A broken uptake.toml as a Japanese session reads it: every problem in Japanese, its
/// keys, tables and measure ids as the file writes them. English is unchanged (the
/// English wording is held by the uptake model's own suite).
@Suite("Uptake model in Japanese")
struct UptakeModelJapaneseTests {
    static let valid = """
        [support]
        advisor = "advisor"
        grant = "ict-grant"

        [[uptake]]
        measure = "ict-grant"
        base = 0.8
        carry_over = 0.5
        [uptake.support]
        grant = 1.0
        both = 1.15
        [uptake.kind]
        city = 1.0
        town = 1.0
        village = 0.95
        [[uptake.size]]
        below = 3000
        multiplier = 0.85
        [[uptake.size]]
        multiplier = 1.05
        """

    static let kindTable = "[uptake.kind]\ncity = 1.0\ntown = 1.0\nvillage = 0.95\n"
    static let sizeBands = "[[uptake.size]]\nbelow = 3000\nmultiplier = 0.85\n[[uptake.size]]\nmultiplier = 1.05"

    /// The valid model with each `old` replaced by its `new`: the Japanese of each problem found.
    func problems(_ old: String, _ new: String, and more: [(String, String)] = []) throws -> [String] {
        var text = Self.valid
        for (old, new) in [(old, new)] + more {
            #expect(text.contains(old), "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let dataset = try bundledDataset()
        do throws(DataError) {
            _ = try UptakeModel(text: text, file: "uptake.toml", dataset: dataset)
            Issue.record("accepted: \(text)")
            return []
        } catch {
            return error.issues.map { $0.what.text(in: .japanese) }
        }
    }

    @Test("the valid model loads, so each case below fails only by its change")
    func validLoads() throws {
        _ = try UptakeModel(text: Self.valid, file: "uptake.toml", dataset: try bundledDataset())
    }

    @Test("each problem in Japanese", arguments: [
        ("base = 0.8", "base = 1.5", "「base」は確率です：0～1の範囲で指定してください（1.5は範囲外です）"),
        ("carry_over = 0.5", "carry_over = -1", "「carry_over」は倍率です：0以上1e15以下で指定してください（-1は範囲外です）"),
        ("measure = \"ict-grant\"", "measure = \"ict-grnt\"", "不明な事業「ict-grnt」：「ict-grant」のことですか？"),
        ("measure = \"ict-grant\"", "measure = 3", "「measure」は事業IDを引用符で囲んで書いてください"),
        ("base = 0.8", "base = \"high\"", "「base」は数値で書いてください"),
        ("base = 0.8\n", "", "[[uptake]]に「base」がありません"),
        ("[support]", "frob = 1\n[support]", "不明なキー「frob」（書けるのは[support]と[[uptake]]の項目です）"),
        ("[support]\nadvisor = \"advisor\"\ngrant = \"ict-grant\"\n", "",
         "[support]テーブルがありません（advisor = \"MEASURE\", grant = \"MEASURE\" と書きます）"),
        ("grant = \"ict-grant\"\n", "grant = \"ict-grant\"\nloan = \"x\"\n", "[support]の不明なキー「loan」（使えるキー：advisor、grant）"),
        ("both = 1.15", "both = 1.15\nbogus = 2", "不明な支援「bogus」（none、advisor、grant、bothのいずれかを使ってください）"),
        ("both = 1.15", "both = 1.15\nnone = 1", "ict-grantでは支援「none」はありえません（この事業が数える団体はすべて補助（ict-grant）を受けています）：削除してください"),
        ("village = 0.95", "village = 0.95\ncastle = 1", "不明な団体の種類「castle」（city、town、village、ward、associationのいずれかを使ってください）"),
        ("village = 0.95", "village = 0.95\nassociation = 1", "ict-grantはassociationを対象にできません（対象：city、town、village）"),
        (UptakeModelJapaneseTests.kindTable, "", "[[uptake]]に[uptake.kind]テーブルがありません"),
        (UptakeModelJapaneseTests.sizeBands, "", "[[uptake]]に[[uptake.size]]の区分がありません"),
        ("multiplier = 1.05", "multiplier = 1.05\nbelow = 9000", "最後の区分は残りすべての団体を受け持ちます：「below」を削除してください"),
        ("below = 3000", "below = 0", "「below」は1以上の整数（人）で書いてください"),
        ("below = 3000\n", "", "[[uptake.size]]に「below」がありません（省略できるのは最後の区分だけです）"),
        ("[[uptake.size]]\nmultiplier = 1.05", "[[uptake.size]]\nbelow = 2000\nmultiplier = 1.0\n[[uptake.size]]\nmultiplier = 1.05",
         "区分は小さい順に並べてください：below = 3000の後にbelow = 2000があります"),
        ("below = 3000", "below = 3000\nshape = 1", "[[uptake.size]]の不明なキー「shape」（使えるキー：below、multiplier）"),
        ("carry_over = 0.5", "carry_over = 0.5\nfrob = 1", "[[uptake]]の不明なキー「frob」（使えるキー：measure、base、carry_over、support、kind、size）"),
        ("multiplier = 0.85", "multiplier = -2", "「multiplier」は倍率です：0以上1e15以下で指定してください（-2は範囲外です）"),
        ("grant = 1.0\n", "", "[uptake.support]に「grant」がありません"),
    ] as [(String, String, String)])
    func eachProblem(old: String, new: String, japanese: String) throws {
        let found = try problems(old, new)
        #expect(found.contains(japanese), "\(found)")
    }

    @Test("an unknown measure with nothing close lists the known ones in Japanese")
    func unknownMeasureListed() throws {
        let found = try problems("measure = \"ict-grant\"", "measure = \"zzzzzzzzzzzz\"")
        #expect(found.contains { $0.hasPrefix("不明な事業「zzzzzzzzzzzz」（登録されている事業：seminar、talent、") }, "\(found)")
    }

    @Test("entries: a second for a measure, one that counts no bodies, none at all, the wrong shape")
    func entries() throws {
        let entry = Self.valid.components(separatedBy: "[[uptake]]")[1]
        var found = try problems("[[uptake]]", "[[uptake]]" + entry + "\n[[uptake]]")
        #expect(found.contains("「ict-grant」のuptakeの項目が2つあります"), "\(found)")
        found = try problems("measure = \"ict-grant\"", "measure = \"seminar\"")
        #expect(found.contains("「seminar」には団体数を数える指標がありません：シミュレーションするものがありません"), "\(found)")
        found = try problems("[[uptake]]" + entry, "")
        #expect(found == ["[[uptake]]の項目がありません：シミュレーションするものがありません"], "\(found)")
        found = try problems("[[uptake]]" + entry, "", and: [("[support]", "uptake = 3\n[support]")])
        #expect(found == ["「uptake」はテーブルの配列（[[uptake]]）で書いてください"], "\(found)")
        found = try problems("[[uptake]]" + entry, "", and: [("[support]", "uptake = []\n[support]")])
        #expect(found == ["[[uptake]]の項目がありません"], "\(found)")
        found = try problems("[[uptake]]" + entry, "", and: [("[support]", "uptake = [1]\n[support]")])
        #expect(found == ["uptakeの1番目の項目がテーブルではありません"], "\(found)")
    }

    @Test("sub-tables of the wrong shape: kind and size not tables, a size band not a table")
    func shapes() throws {
        var found = try problems(Self.kindTable, "", and: [("carry_over = 0.5", "carry_over = 0.5\nkind = 3")])
        #expect(found.contains("「kind」はテーブル（[uptake.kind]）で書いてください"), "\(found)")
        found = try problems(Self.sizeBands, "", and: [("carry_over = 0.5", "carry_over = 0.5\nsize = 3")])
        #expect(found.contains("「size」は[[uptake.size]]の区分（below = PEOPLE, multiplier = M）で書いてください"), "\(found)")
        found = try problems(Self.sizeBands, "", and: [("carry_over = 0.5", "carry_over = 0.5\nsize = [1]")])
        #expect(found.contains("人口規模の1番目の区分がテーブルではありません"), "\(found)")
    }
}
