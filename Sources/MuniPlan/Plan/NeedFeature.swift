import Foundation

/// A named input to the need score. Values are scaled to [0, 1] so weights compare;
/// `raw` keeps the unscaled figure for costs (`--cost population`).
public enum NeedFeature: Sendable, Hashable, CustomStringConvertible {
    /// 1 for bodies of this kind.
    case kind(BodyKind)
    /// 1 − ln(population + 1) / ln(largest population + 1): smaller bodies need more;
    /// population 0 scores 1; bodies without a population score 0.
    case small
    /// Population / largest population (raw: the population).
    case population
    /// Member of a named group (evac12, hamadori15).
    case group(String)
    /// Great-circle distance from the data set's centre office / the largest (raw: km).
    case distance
    /// 1 when not covered by the measure in any year before the year being planned.
    case uncovered(String)
    /// An imported indicator column, min–max scaled (raw: the imported value).
    case indicator(String)
    /// Read from an observed series (`card-gap`, `without-card`), / the largest (raw: the value).
    case observed(SeriesIndicator)

    public static let builtInNames = Set(["city", "town", "village", "ward", "association", "small", "population", "distance"]
        + SeriesIndicator.allCases.map(\.rawValue))

    public var description: String {
        switch self {
        case let .kind(kind): kind.rawValue
        case .small: "small"
        case .population: "population"
        case let .group(name): name
        case .distance: "distance"
        case let .uncovered(measure): "uncovered:\(measure)"
        case let .indicator(name): name
        case let .observed(indicator): indicator.rawValue
        }
    }

    /// What the feature means, for `weights` and `weight`, in either language.
    public var explanation: Message {
        switch self {
        case let .kind(kind): Message.Plan.featureKind(kind: kind.rawValue)
        case .small: Message.Plan.featureSmall
        case .population: Message.Plan.featurePopulation
        case let .group(name): Message.Plan.featureGroup(group: name)
        case .distance: Message.Plan.featureDistance
        case let .uncovered(measure): Message.Plan.featureUncovered(measure: measure)
        case let .indicator(name): Message.Plan.featureIndicator(indicator: name)
        case let .observed(indicator): indicator.explanation
        }
    }

    /// Parses a feature name against the data set and the loaded indicators.
    /// `plan`: its indicators, and its targets (`card-gap` needs one).
    public static func parse(_ name: String, dataset: Dataset, plan: Plan) throws(PlanError) -> NeedFeature {
        let indicators = plan.indicators
        if let kind = BodyKind(rawValue: name) { return .kind(kind) }
        switch name {
        case "small": return .small
        case "population": return .population
        case "distance": return .distance
        default: break
        }
        if name.hasPrefix("uncovered:") {
            let measure = String(name.dropFirst("uncovered:".count))
            guard dataset.measure(id: measure) != nil else { throw .unknownMeasure(measure, known: dataset.measures.map(\.id)) }
            return .uncovered(measure)
        }
        if let observed = SeriesIndicator(rawValue: name), SeriesIndicator.available(in: dataset, plan: plan).contains(observed) {
            return .observed(observed)
        }
        if dataset.groupNames.contains(name) { return .group(name) }
        if indicators.columns[name] != nil { return .indicator(name) }
        throw .unknownFeature(name, known: featureNames(dataset: dataset, plan: plan))
    }

    public static func featureNames(dataset: Dataset, plan: Plan) -> [String] {
        ["city", "town", "village", "small", "population", "distance"] + dataset.groupNames
            + dataset.measures.map { "uncovered:\($0.id)" } + SeriesIndicator.available(in: dataset, plan: plan).map(\.rawValue) + plan.indicators.names
    }
}

/// The weights of the need score: score = Σ weight × feature value.
public struct NeedWeights: Sendable, Equatable {
    /// In the order they were set; a weight of 0 removes the feature.
    public private(set) var terms: [(feature: NeedFeature, weight: Double)]

    public init(_ terms: [(NeedFeature, Double)]) { self.terms = terms.map { (feature: $0.0, weight: $0.1) } }

    /// Smaller bodies, villages, the former evacuation area and remote bodies first. Every
    /// number is an assumption; Data/README.md ("The default need weights") gives each its reason.
    public static let defaults = NeedWeights([
        (.small, 1.0), (.kind(.village), 0.5), (.kind(.town), 0.25),
        (.group("evac12"), 0.5), (.group("hamadori15"), 0.25), (.distance, 0.5),
    ])

    public mutating func set(_ feature: NeedFeature, _ weight: Double) {
        if let i = terms.firstIndex(where: { $0.feature == feature }) {
            if weight == 0 { terms.remove(at: i) } else { terms[i].weight = weight }
        } else if weight != 0 {
            terms.append((feature: feature, weight: weight))
        }
    }

    public func weight(of feature: NeedFeature) -> Double { terms.first { $0.feature == feature }?.weight ?? 0 }

    public static func == (a: NeedWeights, b: NeedWeights) -> Bool {
        a.terms.count == b.terms.count && zip(a.terms, b.terms).allSatisfy { $0.feature == $1.feature && $0.weight == $1.weight }
    }
}
