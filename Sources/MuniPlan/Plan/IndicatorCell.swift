/// Cells of an indicators file as Excel writes them: codes as `="073644"`, with the
/// leading zero dropped (`73644`) or without the check digit; values with thousands
/// separators, full-width digits or a `%`.
enum IndicatorCell {
    /// The code as typed, without Excel's `="…"` formula wrapping or a leading apostrophe.
    static func codeText(_ field: String) -> String {
        var text = WidthFolding.ascii(field).trimmingWhitespace()
        if text.hasPrefix("=\""), text.hasSuffix("\""), text.count >= 3 { text = String(text.dropFirst(2).dropLast()) }
        if text.hasPrefix("'") { text.removeFirst() }
        return text.trimmingWhitespace()
    }

    /// The codes of `dataset` a typed code can mean: 6 digits are themselves; 5
    /// digits are a code without its check digit or one whose leading zero was dropped;
    /// 4 digits a 5-digit code whose leading zero was dropped. More than one is ambiguous.
    static func codes(_ text: String, in dataset: Dataset) -> [String] {
        // An association's code is an id (`assoc-1`): itself, or nothing.
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return dataset.body(code: text) == nil ? [] : [text] }
        var forms: [String] = []
        switch text.utf8.count {
        case 6: forms = [text]
        case 5: forms = [BodyCode.withCheckDigit(text), "0" + text].compactMap { $0 }
        case 4: forms = [BodyCode.withCheckDigit("0" + text)].compactMap { $0 }
        default: return []
        }
        var seen: Set<String> = []
        return forms.filter { BodyCode.isValid($0) && dataset.body(code: $0) != nil && seen.insert($0).inserted }
    }

    /// A value: `1,234`, `１２３４`, `31.5%` (31.5: the percentage as written). Nil when not
    /// a number.
    static func value(_ field: String) -> Double? {
        var text = WidthFolding.ascii(field).trimmingWhitespace()
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingWhitespace() }
        if text.contains(",") {
            guard hasThousandsSeparators(text) else { return nil }
            text.removeAll { $0 == "," }
        }
        // Double() also takes "nan", "inf" and hex: only plain decimals are values.
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 || $0 == 43 || $0 == 101 || $0 == 69 }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// `1,234,567.5`: groups of three digits after the first, before any decimal point.
    private static func hasThousandsSeparators(_ text: String) -> Bool {
        var whole = Substring(text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0])
        if whole.first == "-" || whole.first == "+" { whole = whole.dropFirst() }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 } && whole.allSatisfy { $0 == "," || $0.isASCII && $0.isNumber }
    }
}
