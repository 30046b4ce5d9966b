/// Coverage summed over a group of bodies: a district, the bodies without one, or every
/// body of the data set. Shares are percentages; population shares weight each covered
/// body by its 2020 population.
public struct CoverageRollUp: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        case district(String)
        /// Bodies the data gives no district (associations, for instance).
        case noDistrict
        /// Every body of the data set.
        case prefecture
    }

    /// One measure's figures over the group.
    public struct Tally: Sendable, Equatable {
        public let measure: String
        public let covered: Int
        /// Bodies of the group the measure may cover (its eligible kinds).
        public let eligible: Int
        /// The population of the covered bodies whose population is known.
        public let coveredPopulation: Int
        /// Covered bodies per 100 bodies of the group; nil for an empty group.
        public let bodyPercent: Double?
        /// Covered population per 100 of the group's known population; nil when that is 0
        /// (no division by zero).
        public let populationPercent: Double?
    }

    public let scope: Scope
    public let bodies: Int
    /// The sum of the known populations; nil when no body's population is known.
    public let population: Int?
    /// In the query's measure order.
    public let tallies: [Tally]

    /// Sums `bodies` under each of the coverage's measures.
    public init(_ coverage: Coverage, bodies group: [Body], scope: Scope) {
        let known = group.compactMap(\.population)
        let population = known.reduce(0, +)
        self.scope = scope
        self.bodies = group.count
        self.population = known.isEmpty ? nil : population
        self.tallies = coverage.measures.map { measure in
            let codes = coverage.covered(measure.id)
            let chosen = group.filter { codes.contains($0.code) }
            let chosenPopulation = chosen.compactMap(\.population).reduce(0, +)
            return Tally(measure: measure.id, covered: chosen.count, eligible: group.filter(measure.isEligible).count,
                         coveredPopulation: chosenPopulation,
                         bodyPercent: group.isEmpty ? nil : 100 * Double(chosen.count) / Double(group.count),
                         populationPercent: population == 0 ? nil : 100 * Double(chosenPopulation) / Double(population))
        }
    }

    public func tally(_ measure: String) -> Tally? { tallies.first { $0.measure == measure } }
}

extension Coverage {
    /// One roll-up a district in the data set's district order, then the bodies without a
    /// district; groups with no bodies are left out.
    public var byDistrict: [CoverageRollUp] {
        dataset.groupedByDistrict(dataset.bodies).map { group in
            let scope: CoverageRollUp.Scope = group.bodies[0].district == nil ? .noDistrict : .district(group.name)
            return CoverageRollUp(self, bodies: group.bodies, scope: scope)
        }
    }

    /// Every body of the data set.
    public var total: CoverageRollUp { CoverageRollUp(self, bodies: dataset.bodies, scope: .prefecture) }
}
