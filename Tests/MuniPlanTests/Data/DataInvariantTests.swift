import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Facts about the bundled Data/ that every user of muniplan relies on.
@Suite("Data invariants")
struct DataInvariantTests {
    @Test("59 municipalities and one unnamed association")
    func bodyCounts() throws {
        let data = try bundledDataset()
        #expect(data.bodies.count == 60)
        let municipalities = data.bodies.filter { $0.kind.isMunicipality }
        #expect(municipalities.count == 59)
        #expect(Set(municipalities.map(\.kind)) == [.city, .town, .village])
        #expect(municipalities.filter { $0.kind == .city }.count == 13)
        #expect(municipalities.filter { $0.kind == .town }.count == 31)
        #expect(municipalities.filter { $0.kind == .village }.count == 15)

        let associations = data.bodies.filter { $0.kind == .association }
        #expect(associations.map(\.code) == ["assoc-1"])
        let association = try #require(data.body(code: "assoc-1"))
        #expect(association.kind == .association)
        #expect(association.district == nil)
        #expect(association.population == nil)
        // Code order: the 59 numeric codes ascending, then the association.
        #expect(data.bodies.last?.code == "assoc-1")
        #expect(data.bodies.dropLast().map(\.code) == data.bodies.dropLast().map(\.code).sorted())
    }

    @Test("the seven districts and their sizes")
    func districtSizes() throws {
        let data = try bundledDataset()
        #expect(data.districts.map(\.name) == ["県北", "県中", "県南", "会津", "南会津", "相双", "いわき"])
        let expected: [String: Int] = ["県北": 8, "県中": 12, "県南": 9, "会津": 13, "南会津": 4, "相双": 12, "いわき": 1]
        var sizes: [String: Int] = [:]
        for body in data.bodies where body.kind.isMunicipality {
            sizes[try #require(body.district, "\(body.label) has no district"), default: 0] += 1
        }
        #expect(sizes == expected)
        #expect(Set(data.districts.map(\.romaji)).count == 7, "district romaji must be distinct")
        for district in data.districts {
            #expect(district.bureau == district.name + "地方振興局")
        }
    }

    @Test("population adds up to 1,834,198; 双葉町 is 0")
    func population() throws {
        let data = try bundledDataset()
        let municipalities = data.bodies.filter { $0.kind.isMunicipality }
        for body in municipalities {
            #expect(body.population != nil, "\(body.label) has no population")
            #expect((body.population ?? -1) >= 0)
        }
        #expect(municipalities.compactMap(\.population).reduce(0, +) == 1_834_198)
        let futaba = try #require(data.bodies.first { $0.name == "双葉町" })
        #expect(futaba.code == "075469")
        #expect(futaba.population == 0)
        #expect(data.bodies.filter { $0.population == 0 }.map(\.name) == ["双葉町"])
    }

    @Test("every municipality's code passes the check digit")
    func checkDigits() throws {
        let data = try bundledDataset()
        for body in data.bodies where body.kind.isMunicipality {
            #expect(BodyCode.isValid(body.code), "\(body.label) \(body.code)")
            #expect(body.code.hasPrefix("07"), "\(body.label) \(body.code) is not in Fukushima")
        }
        #expect(Set(data.bodies.map(\.code)).count == data.bodies.count, "codes must be unique")
    }

    @Test("names, kinds, kana and romaji agree with each other")
    func namesAgree() throws {
        let data = try bundledDataset()
        for body in data.bodies where body.kind.isMunicipality {
            let suffix = try #require(body.kind.nameSuffix)
            #expect(body.name.hasSuffix(suffix), "\(body.label) is a \(body.kind) but its name does not end in \(suffix)")
            #expect(body.shortName != nil && body.shortName! + suffix == body.name)
            #expect(TextFolding.isKana(body.kana), "\(body.label) kana '\(body.kana)'")
            #expect(!body.romaji.isEmpty && body.romaji.utf8.allSatisfy { $0 >= 97 && $0 <= 122 },
                    "\(body.label): romaji must be lower-case ASCII letters")
            #expect(body.latitude != nil && body.longitude != nil, "\(body.label) has no office coordinates")
        }
        #expect(Set(data.bodies.map(\.name)).count == 60, "names must be unique")
        #expect(Set(data.bodies.map(\.romaji)).count == 60, "romaji must be unique")
        let examples = data.bodies.map(\.romaji)
        for romaji in ["hinoemata", "aizuwakamatsu", "koriyama", "kori", "minamisoma"] {
            #expect(examples.contains(romaji), "\(romaji) missing")
        }
    }

    @Test("groups: evac12 has 12 bodies, hamadori15 has 15")
    func groups() throws {
        let data = try bundledDataset()
        #expect(data.groupNames == ["evac12", "hamadori15"])
        let evac12 = data.bodies.filter { $0.groups.contains("evac12") }
        let hamadori15 = data.bodies.filter { $0.groups.contains("hamadori15") }
        #expect(evac12.count == 12)
        #expect(hamadori15.count == 15)
        // The 12 evacuation-area municipalities are among the 15 of Hamadori and others.
        #expect(Set(evac12.map(\.code)).isSubset(of: Set(hamadori15.map(\.code))))
        #expect(Set(evac12.map(\.name)) == ["田村市", "南相馬市", "川俣町", "広野町", "楢葉町", "富岡町",
                                            "川内村", "大熊町", "双葉町", "浪江町", "葛尾村", "飯舘村"])
        #expect(Set(hamadori15.map(\.name)).subtracting(evac12.map(\.name)) == ["いわき市", "相馬市", "新地町"])
    }

    @Test("show hinoemata: 檜枝岐村, 073644, 南会津, village, 507")
    func hinoemata() throws {
        let body = try bundledResolver().body("hinoemata")
        #expect(body.name == "檜枝岐村")
        #expect(body.code == "073644")
        #expect(body.district == "南会津")
        #expect(body.kind == .village)
        #expect(body.population == 507)
        #expect(body.kana == "ひのえまたむら")
        #expect(body.label == "檜枝岐村 (hinoemata)")
    }

    @Test("items 1(1)…1(10) and 2(1)…2(4)")
    func items() throws {
        let data = try bundledDataset()
        let expected = (1...10).map { "1(\($0))" } + (1...4).map { "2(\($0))" }
        #expect(data.items.map(\.id) == expected)
        for item in data.items {
            #expect(!item.title.isEmpty, "item \(item.id) has no title")
        }
        #expect(data.items.first { $0.id == "1(8)" }?.title == "セキュリティ対策")
    }

    @Test("the eleven measures and what they serve (mynumber-drive: the on-site drives of mynumber)")
    func measures() throws {
        let data = try bundledDataset()
        #expect(Set(data.measures.map(\.id)) == ["advisor", "ict-grant", "security-cloud", "e-application", "smart-city",
                                                 "online-rate", "seminar", "mynumber", "mynumber-drive", "talent", "bpr"])
        #expect(data.measures.count == 11)
        let itemIDs = Set(data.items.map(\.id))
        for measure in data.measures {
            #expect(!measure.items.isEmpty, "\(measure.id) serves no item")
            #expect(Set(measure.items).isSubset(of: itemIDs))
            #expect(!measure.name.isEmpty && !measure.division.isEmpty && !measure.summary.isEmpty)
            #expect(!measure.eligibleKinds.isEmpty)
        }
        // オールふくしまＤＸ: one project, two measures for its two KPIs.
        let smartCity = try #require(data.measure(id: "smart-city"))
        let onlineRate = try #require(data.measure(id: "online-rate"))
        #expect(smartCity.project == onlineRate.project)
        #expect(smartCity.project.contains("オールふくしまＤＸ"))
        // The security cloud serves the 59 municipalities and the association: 60 bodies.
        let cloud = try #require(data.measure(id: "security-cloud"))
        #expect(data.bodies.filter { cloud.isEligible($0) }.count == 60)
        // 「19団体を目標とする」 is a target, not a cap (issue 16 item 1): no measure has a default
        // capacity but mynumber-drive, whose 10 is an assumption stated as one (issue 18 item 6).
        #expect(data.measures.filter { $0.defaultCapacity != nil }.map(\.id) == ["mynumber-drive"])
        #expect(data.measure(id: "mynumber-drive")?.defaultCapacity == 10)
        let association = try #require(data.body(code: "assoc-1"))
        for measure in data.measures where measure.id != "security-cloud" {
            #expect(!measure.isEligible(association), "\(measure.id) should not serve the association")
        }
    }

    @Test("the KPIs: targets, kinds, units and the 41/42 conflict")
    func kpis() throws {
        let data = try bundledDataset()
        func only(_ measure: String) throws -> KPI {
            let found = data.kpis(of: measure)
            #expect(found.count == 1, "\(measure) has \(found.count) KPIs")
            return try #require(found.first)
        }
        let advisor = try only("advisor")
        #expect(advisor.target == 19 && advisor.kind == .bodies && advisor.conflict == nil)
        let cloud = try only("security-cloud")
        #expect(cloud.target == 60 && cloud.kind == .bodies)
        let eApplication = try only("e-application")
        #expect(eApplication.target == 11_000 && eApplication.kind == .volume)
        #expect(eApplication.conflict != nil, "11,000 vs 110,000 is a conflict in the source")
        let online = try only("online-rate")
        #expect(online.target == 61.0 && online.kind == .rate && online.unit == "%")
        let seminar = try only("seminar")
        #expect(seminar.target == 4 && seminar.kind == .events)
        let smartCity = try only("smart-city")
        #expect(smartCity.target == 2 && smartCity.kind == .cumulativeBodies)
        _ = try only("mynumber")

        let grant = data.kpis(of: "ict-grant")
        #expect(grant.compactMap(\.target).sorted() == [41, 42])
        for kpi in grant {
            #expect(kpi.conflict != nil, "\(kpi.id) must be marked as a conflict")
            #expect(kpi.kind == .cumulativeBodies)
        }
        if grant.count == 2 {
            #expect(Set(grant[0].items) != Set(grant[1].items), "41 and 42 are stated under different items")
            #expect(Set(grant[0].items).isDisjoint(with: grant[1].items))
        }

        #expect(Set(data.kpis.map(\.id)).count == data.kpis.count, "KPI ids must be unique")
        for kpi in data.kpis {
            #expect(kpi.fiscalYear == FiscalYear(2022), "\(kpi.id) is for \(kpi.fiscalYear)")
            let measure = try #require(data.measure(id: kpi.measure))
            #expect(!kpi.items.isEmpty, "\(kpi.id) names no item")
            #expect(Set(kpi.items).isSubset(of: Set(measure.items)),
                    "\(kpi.id) is stated under \(kpi.items) but \(measure.id) serves \(measure.items)")
        }
    }
}

@Suite("BodyCode check digit")
struct BodyCodeTests {
    @Test("check digits of 福島市 and 檜枝岐村")
    func examples() {
        #expect(BodyCode.checkDigit(of: "07201") == 0)
        #expect(BodyCode.checkDigit(of: "07364") == 4)
        #expect(BodyCode.withCheckDigit("07201") == "072010")
        #expect(BodyCode.withCheckDigit("07364") == "073644")
        #expect(BodyCode.isValid("072010"))
        #expect(BodyCode.isValid("073644"))
    }

    @Test("the check digit is (11 − s mod 11) mod 10, including the 10 → 0 case")
    func formula() {
        // 13101 (千代田区): s = 6+15+4+0+2 = 27, 27 mod 11 = 5, 11 − 5 = 6.
        #expect(BodyCode.withCheckDigit("13101") == "131016")
        // 01100 (札幌市): s = 0+5+4+0+0 = 9 → 2.
        #expect(BodyCode.withCheckDigit("01100") == "011002")
        // 07201: s mod 11 = 1, 11 − 1 = 10 → 0.
        #expect(BodyCode.checkDigit(of: "07201") == 0)
        // s mod 11 = 0 → 11 mod 10 = 1: 00000.
        #expect(BodyCode.checkDigit(of: "00000") == 1)
    }

    @Test("a wrong last digit is refused", arguments: ["072011", "072019", "073640", "073645", "073649"])
    func wrongDigit(code: String) {
        #expect(!BodyCode.isValid(code))
    }

    @Test("anything but six ASCII digits is refused",
          arguments: ["", "07364", "0736444", "07364a", "a73644", " 73644", "073644 ", "０７３６４４", "07 364", "-73644", "+73644"])
    func notSixDigits(code: String) {
        #expect(!BodyCode.isValid(code))
    }

    @Test("a check digit needs exactly five ASCII digits", arguments: ["", "0736", "073644", "0736a", "a7364", "０７３６４", "0 364", "+7364"])
    func notFiveDigits(text: String) {
        #expect(BodyCode.checkDigit(of: text) == nil)
        #expect(BodyCode.withCheckDigit(text) == nil)
    }
}
