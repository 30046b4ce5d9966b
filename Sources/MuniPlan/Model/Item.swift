/// An item (項目) of the plan, such as 1(5).
public struct Item: Sendable, Hashable {
    public let id: String
    public let title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
