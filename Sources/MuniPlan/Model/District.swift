/// A regional development bureau area (地方振興局), or a prefecture in nationwide data.
public struct District: Sendable, Hashable {
    public let name: String
    public let romaji: String
    public let bureau: String

    public init(name: String, romaji: String, bureau: String) {
        self.name = name
        self.romaji = romaji
        self.bureau = bureau
    }
}
