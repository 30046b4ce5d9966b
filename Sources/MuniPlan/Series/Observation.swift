/// One snapshot of a body (or a sum of bodies): cards issued by `date` and the population
/// they are counted against.
public struct Observation: Sendable, Hashable {
    public let date: SeriesDate
    public let population: Int
    public let cards: Int

    public init(date: SeriesDate, population: Int, cards: Int) {
        self.date = date
        self.population = population
        self.cards = cards
    }

    /// Cards per 100 residents.
    public var rate: Double { population > 0 ? 100 * Double(cards) / Double(population) : 0 }
}
