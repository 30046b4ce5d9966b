/// The ids users type and scripts keep (measures, groups, indicators): lower-case ASCII
/// letters, digits and hyphens, starting with a letter.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.utf8.first, first >= 97, first <= 122 else { return false }
        return id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
