/// What kind of local public body a recipient is.
public enum BodyKind: String, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case city, town, village
    /// Tokyo's special wards (特別区), in the nationwide data set.
    case ward
    /// A partial-affairs association (一部事務組合).
    case association

    /// The suffix a municipality's name ends with, used to accept names without it.
    public var nameSuffix: String? {
        switch self {
        case .city: "市"
        case .town: "町"
        case .village: "村"
        case .ward: "区"
        case .association: nil
        }
    }

    public var japanese: String {
        switch self {
        case .city: "市"
        case .town: "町"
        case .village: "村"
        case .ward: "特別区"
        case .association: "一部事務組合"
        }
    }

    public var isMunicipality: Bool { self != .association }

    /// Parses `city`, `市`, and so on.
    public init?(word: String) {
        let lowered = word.lowercased()
        if let kind = BodyKind(rawValue: lowered) {
            self = kind
            return
        }
        guard let kind = BodyKind.allCases.first(where: { $0.japanese == word || $0.nameSuffix == word }) else { return nil }
        self = kind
    }

    public static func < (a: BodyKind, b: BodyKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
