/// A calendar date of an observation (`2022-09-30`), counted in days so that spacing
/// between snapshots is exact. Proleptic Gregorian; no time zone (the Ministry's dates are days).
public struct SeriesDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Eight bytes, not thirty-two: the nationwide series holds 76,604 observations.
    private let days: Int32
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }
    /// Days since 1970-01-01.
    public var dayNumber: Int { Int(days) }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...SeriesDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
        days = Int32(SeriesDate.days(year: year, month: month, day: day))
    }

    /// `YYYY-MM-DD` exactly, or nil.
    public init?(_ text: some StringProtocol) { self.init(utf8: Array(text.utf8)[...]) }

    /// `YYYY-MM-DD` exactly, as bytes (a field of a data file).
    public init?<Bytes: RandomAccessCollection<UInt8>>(utf8 u: Bytes) where Bytes.Index == Int {
        let o = u.startIndex
        guard u.count == 10, u[o + 4] == 45, u[o + 7] == 45 else { return nil }
        // Straight-line digits, no loop or closure: a row of the nationwide series at a time.
        var bad = false
        func digit(_ i: Int) -> Int {
            let c = u[o + i]
            bad = bad || c < 48 || c > 57
            return Int(c) &- 48
        }
        let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let m = digit(5) * 10 + digit(6), d = digit(8) * 10 + digit(9)
        guard !bad else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (a: SeriesDate, b: SeriesDate) -> Bool { a.dayNumber < b.dayNumber }

    /// The same day `months` later (clamped to the month's last day: 08-31 + 1 = 09-30).
    public func adding(months: Int) -> SeriesDate {
        let index = year * 12 + (month - 1) + months
        let y = index / 12, m = index % 12 + 1
        return SeriesDate(year: y, month: m, day: min(day, SeriesDate.daysIn(month: m, year: y))) ?? self
    }

    /// Days from `self` to `other`, in months of 30.4375 days (a mean Gregorian month).
    public func months(to other: SeriesDate) -> Double { Double(other.dayNumber - dayNumber) / 30.4375 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days-from-civil.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
