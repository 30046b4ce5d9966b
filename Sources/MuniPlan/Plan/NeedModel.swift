import Foundation

/// Need scores of every body for one plan and year: a documented weighted sum of features.
public struct NeedModel: Sendable {
    public struct Part: Sendable, Equatable {
        public let feature: NeedFeature
        public let weight: Double
        public let value: Double
        public var contribution: Double { weight * value }
    }

    public let dataset: Dataset
    public let plan: Plan
    public let year: FiscalYear
    private let maxPopulation: Double
    private let distances: [String: Double]
    private let maxDistance: Double
    private let indicatorRanges: [String: (min: Double, max: Double)]
    /// Every series-derived feature the data set gives (read once, not a body at a time, and
    /// whether or not the weights use it: `--cost card-gap` reads one too): each body's value
    /// and the largest. One the data set cannot give is absent, every body's value 0.
    private let observed: [SeriesIndicator: (values: [String: Double], max: Double)]

    public init(dataset: Dataset, plan: Plan, year: FiscalYear) {
        self.dataset = dataset
        self.plan = plan
        self.year = year
        maxPopulation = Double(dataset.bodies.compactMap(\.population).max() ?? 0)
        var distances: [String: Double] = [:]
        if let centre = dataset.centre.flatMap({ dataset.body(code: $0) }), let lat0 = centre.latitude, let lon0 = centre.longitude {
            for body in dataset.bodies {
                if let lat = body.latitude, let lon = body.longitude {
                    distances[body.code] = Self.kilometres(lat0, lon0, lat, lon)
                }
            }
        }
        self.distances = distances
        maxDistance = distances.values.max() ?? 0
        var ranges: [String: (Double, Double)] = [:]
        for (name, values) in plan.indicators.columns {
            ranges[name] = (values.values.min() ?? 0, values.values.max() ?? 0)
        }
        indicatorRanges = ranges
        var observed: [SeriesIndicator: (values: [String: Double], max: Double)] = [:]
        for indicator in SeriesIndicator.available(in: dataset, plan: plan) {
            let values = indicator.values(in: dataset, plan: plan)
            observed[indicator] = (values, values.values.max() ?? 0)
        }
        self.observed = observed
    }

    /// Haversine distance on a sphere of radius 6,371 km.
    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        let dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, sqrt(a)))
    }

    /// The feature's value in [0, 1] for a body.
    public func value(_ feature: NeedFeature, _ body: Body) -> Double {
        switch feature {
        case let .kind(kind): return body.kind == kind ? 1 : 0
        case .small:
            guard let population = body.population, maxPopulation > 0 else { return 0 }
            return 1 - log(Double(population) + 1) / log(maxPopulation + 1)
        case .population:
            guard let population = body.population, maxPopulation > 0 else { return 0 }
            return Double(population) / maxPopulation
        case let .group(name): return body.groups.contains(name) ? 1 : 0
        case .distance:
            guard let d = distances[body.code], maxDistance > 0 else { return 0 }
            return d / maxDistance
        case let .uncovered(measure):
            return plan.coveredBefore(measure, year).contains(body.code) ? 0 : 1
        case let .indicator(name):
            guard let v = plan.indicators.value(name, for: body.code), let range = indicatorRanges[name] else { return 0 }
            return range.max > range.min ? (v - range.min) / (range.max - range.min) : 1
        case let .observed(indicator):
            guard let column = observed[indicator], let v = column.values[body.code], column.max > 0 else { return 0 }
            return v / column.max
        }
    }

    /// The unscaled figure, used as a cost: population, km, the imported value.
    public func raw(_ feature: NeedFeature, _ body: Body) -> Double? {
        switch feature {
        case .population, .small: return body.population.map(Double.init)
        case .distance: return distances[body.code]
        case let .indicator(name): return plan.indicators.value(name, for: body.code)
        case let .observed(indicator): return observed[indicator]?.values[body.code]
        default: return value(feature, body)
        }
    }

    public func parts(_ body: Body) -> [Part] {
        plan.weights.terms.map { Part(feature: $0.feature, weight: $0.weight, value: value($0.feature, body)) }
    }

    public func score(_ body: Body) -> Double {
        plan.weights.terms.reduce(0) { $0 + $1.weight * value($1.feature, body) }
    }
}
