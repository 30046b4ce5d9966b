/// What a row of a series table is about: a body, a district or every body (the
/// prefecture, or the country), with its summed observations.
public struct SeriesUnit: Sendable {
    public enum Kind: Sendable, Equatable { case body, district, total }

    public let kind: Kind
    /// The body's code; "" for a district or the total.
    public let code: String
    /// The body's or district's name; for the total, the data set's prefecture (or `total` / `計`).
    public let name: any MessageArgument
    public let observations: [Observation]

    public init(kind: Kind, code: String, name: any MessageArgument, observations: [Observation]) {
        self.kind = kind
        self.code = code
        self.name = name
        self.observations = observations
    }

    /// The stream a unit's random numbers come from: its code, or its name.
    public var key: String { code.isEmpty ? name.text(in: .english) : code }

    /// The bodies `codes` names, then each district they fall in (when `districts`), then
    /// their total; bodies without a series are left out.
    public static func units(_ series: ObservedSeries, dataset: Dataset, codes: [String], bodies: Bool, districts: Bool,
                             total: Bool = true) -> [SeriesUnit] {
        let known = codes.filter { !series.of($0).isEmpty }
        var units: [SeriesUnit] = []
        if bodies {
            units += known.compactMap { code in
                dataset.body(code: code).map { SeriesUnit(kind: .body, code: code, name: $0.name, observations: series.of(code)) }
            }
        }
        if districts {
            let members = known.compactMap { dataset.body(code: $0) }
            for group in dataset.groupedByDistrict(members) where group.name != "—" {
                units.append(SeriesUnit(kind: .district, code: "", name: group.name, observations: series.total(of: group.bodies.map(\.code))))
            }
        }
        if total, !known.isEmpty, !(bodies && known.count == 1) {
            let everyBody = known.count == dataset.bodies.filter({ !series.of($0.code).isEmpty }).count
            units.append(SeriesUnit(kind: .total, code: "", name: everyBody ? dataset.totalName : Message.Series.selected(count: known.count),
                                    observations: series.total(of: known)))
        }
        return units
    }
}
