/// A goal the source states without a number (1(2), 1(9)): shown under the KPIs as the
/// source words it, never judged.
public struct Goal: Sendable, Hashable {
    public let measure: String
    public let items: [String]
    /// The source's own words.
    public let text: String

    public init(measure: String, items: [String], text: String) {
        self.measure = measure
        self.items = items
        self.text = text
    }
}
