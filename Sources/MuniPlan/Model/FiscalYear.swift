/// A Japanese fiscal year (April to March), named by the calendar year it starts in.
public struct FiscalYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int

    public init(_ year: Int) { self.year = year }

    /// Years muniplan accepts: the Heisei era onwards, within reason.
    public static let range = 1989...2100

    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.year < b.year }

    /// `R4`, or `H30` before Reiwa.
    public var era: String {
        year >= 2019 ? "R\(year - 2018)" : "H\(year - 1988)"
    }

    /// `FY2022 (R4)`. Every change summary names its year: the years muniplan accepts are
    /// written once, on first use (each short enough to be held inline), not per sentence.
    public var description: String {
        Self.range.contains(year) ? Self.descriptions[year - Self.range.lowerBound] : "FY\(year) (\(era))"
    }

    private static let descriptions: [String] = range.map { FiscalYear($0) }.map { "FY\($0.year) (\($0.era))" }

    /// `FY2022`: the form `save` writes and scripts keep.
    public var token: String { "FY\(year)" }

    public func advanced(by n: Int) -> FiscalYear { FiscalYear(year + n) }

    /// Parses `2022`, `2022年度`, `FY2022`, `R4`, `令和4年度`, `令和４年度`, `令和元年度`, `H30`, `平成30年度`.
    public static func parse(_ text: String) throws(FiscalYearError) -> FiscalYear {
        let folded = WidthFolding.ascii(text.trimmingWhitespace())
        var rest = Substring(folded.uppercased())
        // 2022年度 and 令和4年度 alike.
        if rest.hasSuffix("年度") { rest = rest.dropLast(2) } else if rest.hasSuffix("年") { rest = rest.dropLast() }
        let digits: (Substring) -> Int? = { s in s.allSatisfy { $0.isASCII && $0.isNumber } ? Int(s) : nil }
        var year: Int?
        if rest.count == 4, let n = digits(rest) {
            year = n
        } else if rest.hasPrefix("FY"), rest.count == 6, let n = digits(rest.dropFirst(2)) {
            year = n
        } else {
            let eras: [(prefixes: [String], base: Int, last: Int)] = [
                (["令和", "R"], 2018, 82),
                (["平成", "H"], 1988, 31),
            ]
            for era in eras {
                guard let prefix = era.prefixes.first(where: { rest.hasPrefix($0) }) else { continue }
                let number = rest.dropFirst(prefix.count)
                // Digits only: Int("+4") would accept R+4.
                let n = number == "元" ? 1 : digits(number)
                if let n, n >= 1, n <= era.last { year = era.base + n }
                break
            }
        }
        guard let year, range.contains(year) else { throw FiscalYearError(text: text) }
        return FiscalYear(year)
    }
}

public struct FiscalYearError: Error, Sendable, Equatable, CustomStringConvertible {
    public let text: String
    public var message: Message { Message.Model.invalidFiscalYear(text: text) }
    public var description: String { message.description }
}

