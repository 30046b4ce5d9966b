/// The Prefecture's plan that the measures, KPIs and targets are read from, as a report
/// cites it: title, publisher and the item (section) used. The bundled data are from one
/// document, so this is a fixed value (Data/README.md names it too).
public struct PlanCitation: Sendable, Equatable {
    public let publisher: String
    public let title: String
    /// The part of the plan the measures come from.
    public let item: String

    /// 福島県 DX 推進計画, the list of FY2022 (令和４年度) projects.
    public static let fukushimaFY2022 = PlanCitation(
        publisher: "福島県",
        title: "デジタル変革（ＤＸ）推進基本方針及びデジタル化推進計画 令和４年度関連事業・取組一覧",
        item: "第４-１ 市町村支援・連携")

    /// The citation as the first of a report's sources: `福島県「…」第４-１ …`.
    public func source(language: Language) -> ReportSource {
        ReportSource(subject: Message.Report.sourcePlan.text(in: language),
                     attribution: "\(publisher)「\(title)」", detail: item)
    }
}
