/// Sheet names as Excel allows them: at most 31 characters, none of `[ ] : * ? / \`, not
/// starting or ending with an apostrophe, not blank, and unique in a workbook regardless
/// of case. A name that breaks a rule is mended, not refused: a sheet name is a label.
enum SheetName {
    static let maximumLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// `wanted` made valid, and different from every name in `taken` (compared
    /// case-insensitively, as Excel does) by a ` (2)`, ` (3)` … suffix.
    static func make(_ wanted: String, taken: [String]) -> String {
        var base = String(wanted.map { forbidden.contains($0) ? "_" : $0 })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.allSatisfy(\.isWhitespace) { base = "Sheet" }
        let used = Set(taken.map { $0.lowercased() })
        var candidate = String(base.prefix(maximumLength))
        var number = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(base.prefix(maximumLength - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }
}
