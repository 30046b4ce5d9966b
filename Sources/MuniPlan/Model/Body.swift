/// A recipient of support: a municipality or a partial-affairs association.
/// Identity is `code` (the 6-digit code with check digit, or a stable id for a body
/// that has no published code), never the name.
public struct Body: Sendable, Hashable, Identifiable {
    public let code: String
    public let name: String
    /// Hiragana reading including the suffix (ひのえまたむら).
    public let kana: String
    /// Hepburn romaji of the reading without the suffix (hinoemata).
    public let romaji: String
    public let kind: BodyKind
    public let district: String?
    /// 2020 census population; nil where it does not apply (an association).
    public let population: Int?
    public let latitude: Double?
    public let longitude: Double?
    public let groups: [String]

    public var id: String { code }

    public init(code: String, name: String, kana: String, romaji: String, kind: BodyKind,
                district: String?, population: Int?, latitude: Double?, longitude: Double?,
                groups: [String]) {
        self.code = code
        self.name = name
        self.kana = kana
        self.romaji = romaji
        self.kind = kind
        self.district = district
        self.population = population
        self.latitude = latitude
        self.longitude = longitude
        self.groups = groups
    }

    /// The name without its 市/町/村 suffix (檜枝岐村 → 檜枝岐), or nil when it has none.
    public var shortName: String? {
        guard let suffix = kind.nameSuffix, name.hasSuffix(suffix), name.count > 1 else { return nil }
        return String(name.dropLast(suffix.count))
    }

    /// `檜枝岐村 (hinoemata)`: how messages name a body.
    public var label: String { "\(name) (\(romaji))" }
}
