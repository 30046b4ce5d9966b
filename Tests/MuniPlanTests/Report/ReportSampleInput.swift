import Foundation
import TestSupport
import Testing
@testable import MuniPlan

// A report built from the bundled Data/ (bodies, districts, boundaries) with made-up but
// fixed coverage, for the report and browser tests.

/// Bodies and districts of the bundled data, read through this file's path.
func reportBundledBodies() throws -> (bodies: [Body], districts: [District]) {
    func bytes(_ name: String) throws -> [UInt8] {
        let path = bundledDataDirectory.appendingPathComponent(name).path
        return [UInt8](try #require(FileManager.default.contents(atPath: path), "cannot read \(path)"))
    }
    let districts = try DataLoader.loadDistricts(try bytes("districts.csv"))
    let bodies = try DataLoader.loadBodies(try bytes("bodies.csv"), districts: districts)
    return (bodies, districts)
}

func reportBundledBoundaries() throws -> Boundaries {
    try Boundaries.load(directory: bundledDataDirectory.path)
}

/// A fixed number of measures (0…4) per body, from its code.
func reportSampleValue(_ code: String) -> Int {
    let digits = code.compactMap(\.wholeNumberValue)
    guard digits.count == 6 else { return 4 }
    return (digits[2] * 3 + digits[3] * 7 + digits[4] * 5) % 5
}

func reportSampleInput(title: String = "市町村支援・連携 カバー状況", generated: String? = "2025-04-01 作成") throws -> ReportInput {
    let (bodies, districts) = try reportBundledBodies()
    let boundaries = try reportBundledBoundaries()
    var values: [String: Int] = [:]
    for body in bodies { values[body.code] = reportSampleValue(body.code) }
    let legend = (0...4).map { ReportInput.LegendEntry(value: $0, label: "\($0)事業") }
    let bars = districts.map { district in
        let members = bodies.filter { $0.district == district.name }
        return ReportInput.DistrictBar(district: district.name,
                                       covered: members.filter { (values[$0.code] ?? 0) >= 2 }.count,
                                       total: members.count)
    }
    let kpi = Table(
        name: "kpi", title: "KPI（指標）の状況 FY2022 (R4)",
        columns: [.init("measure", label: "事業"), .init("kpi", label: "指標"),
                  .init("target", label: "目標", alignment: .right), .init("planned", label: "計画", alignment: .right),
                  .init("status", label: "状況")],
        rows: [
            .init([.text("ＩＣＴアドバイザー市町村派遣事業"), .text("派遣団体数"), .integer(19), .integer(19), .text("達成")]),
            .init([.text("ＡＩ・ＲＰＡ導入支援"), .text("導入団体数（累計）"), .integer(42), .integer(41), .text("未達 (−1)")]),
            .init([.text("セキュリティクラウド"), .text("参加団体数"), .integer(60), .integer(60), .text("達成")]),
            .init([.text("市町村ＤＸ推進トップセミナー"), .text("開催回数"), .integer(2), .integer(2), .text("達成")]),
        ])
    var rows: [Table.Row] = []
    for district in districts {
        let members = bodies.filter { $0.district == district.name }
        for body in members {
            let v = values[body.code] ?? 0
            rows.append(.init([.text(body.code), .text(body.name), .text(district.name),
                               v >= 1 ? .text("○") : .empty, v >= 2 ? .text("○") : .empty,
                               .text("○"), .integer(v)]))
        }
        rows.append(.init([.empty, .text("\(district.name) 小計"), .empty,
                           .integer(members.filter { (values[$0.code] ?? 0) >= 1 }.count),
                           .integer(members.filter { (values[$0.code] ?? 0) >= 2 }.count),
                           .integer(members.count), .empty], kind: .subtotal))
    }
    for body in bodies where body.district == nil {
        rows.append(.init([.text(body.code), .text(body.name), .empty, .empty, .empty, .text("○"), .integer(values[body.code] ?? 0)]))
    }
    rows.append(.init([.empty, .text("計"), .empty,
                       .integer(bodies.filter { (values[$0.code] ?? 0) >= 1 }.count),
                       .integer(bodies.filter { (values[$0.code] ?? 0) >= 2 }.count),
                       .integer(bodies.count), .empty], kind: .total))
    let coverage = Table(
        name: "coverage", title: "団体別カバー状況 FY2022 (R4)",
        columns: [.init("code", label: "団体コード"), .init("name", label: "団体名"), .init("district", label: "振興局"),
                  .init("advisor", label: "ICTアドバイザー"), .init("ai-rpa", label: "AI・RPA"),
                  .init("cloud", label: "セキュリティクラウド"), .init("measures", label: "事業数", alignment: .right)],
        rows: rows,
        footer: ["advisor: KPI 19団体 (FY2022) — 計画 19 達成", "ai-rpa: KPI 42団体 累計 (FY2022) — 資料により41"])
    let licence = FileManager.default.contents(atPath: bundledDataDirectory.appendingPathComponent("LICENSE-japancode.txt").path)
        .map { String(decoding: $0, as: UTF8.self) }
    return ReportInput(
        title: title, subtitle: "第４-１ 市町村支援・連携 — FY2022 (R4)", bodies: bodies, boundaries: boundaries,
        map: .init(caption: "団体ごとの事業数 FY2022 (R4)", values: values, legend: legend,
                   details: ["072010": "県庁所在地"]),
        barCaption: "振興局別カバー率（2事業以上）", districtBars: bars,
        kpiTable: kpi, coverageTable: coverage,
        sources: Attribution.bundled(dataset: try bundledDataset(), japancodeLicenceText: licence), generated: generated, language: .japanese)
}

/// Occurrences of `needle` in `text`.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}
