/// The date a report is made, a civil date without a clock or time zone: `2025-04-01`
/// in English, `2025年4月1日` in Japanese. The report never reads the clock itself; the
/// caller passes a date (an option, `SOURCE_DATE_EPOCH`, or today) so the same input gives
/// the same bytes.
public struct ReportDate: Sendable, Equatable, Comparable, MessageArgument {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date in the Gregorian calendar, or nil.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, or nil for anything else (`2025-4-1`, `2025-02-30`).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The UTC date of a Unix time in seconds (as `SOURCE_DATE_EPOCH` gives it), or nil
    /// when it is not a whole number of seconds in years 1970–9999.
    public init?(epochSeconds text: String) {
        guard let seconds = Int(text.trimmingSpaces), seconds >= 0, seconds < 253_402_300_800 else { return nil }
        // Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil, inverted).
        let z = seconds / 86_400 + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func text(in language: Language) -> String {
        switch language {
        case .japanese: "\(year)年\(month)月\(day)日"
        case .english: iso
        }
    }

    /// `2025-04-01`.
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (a: ReportDate, b: ReportDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

private extension String {
    var trimmingSpaces: Substring {
        var s = self[...]
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " || s.last == "\n" { s = s.dropLast() }
        return s
    }
}
