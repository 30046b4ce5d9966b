import Foundation

/// Reads and checks an observed series file (`mynumber.csv`: `code,date,population,cards`).
/// The file is all digits and dashes, so it is split by bytes rather than through the
/// general CSV parser: the nationwide file has 76,604 rows and start-up should not notice it.
public enum SeriesLoader {
    public static let columns = ["code", "date", "population", "cards"]

    /// The series in `directory` for each measure that has a file named for it; none is fine.
    public static func load(directory: String, measures: [String], bodies: Set<String>) throws(DataError) -> [ObservedSeries] {
        var found: [ObservedSeries] = []
        var issues: [DataIssue] = []
        for measure in measures where !reserved.contains(measure) {
            let file = measure + ".csv"
            let path = (directory as NSString).appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            do throws(DataError) {
                found.append(try parse(try TextFile.bytes(atPath: path, shownAs: file), measure: measure, file: file, bodies: bodies))
            } catch { issues += error.issues }
        }
        guard issues.isEmpty else { throw DataError(issues) }
        return found
    }

    /// File names the data folder uses for other things.
    static let reserved: Set<String> = ["bodies", "districts"]

    /// Parses `bytes`; `bodies` (when given) are the codes a row may name.
    public static func parse(_ bytes: [UInt8], measure: String, file: String, bodies: Set<String>?) throws(DataError) -> ObservedSeries {
        try bytes.withUnsafeBufferPointer { (buffer) throws(DataError) -> ObservedSeries in
            try parse(buffer, measure: measure, file: file, bodies: bodies)
        }
    }

    /// Lines and fields are offsets into `bytes`: nothing is copied or counted until a row is
    /// read, and a row costs a scan of its bytes (76,604 rows in the nationwide file).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, measure: String, file: String, bodies: Set<String>?) throws(DataError) -> ObservedSeries {
        typealias M = Message.Series
        guard let base = bytes.baseAddress, !bytes.isEmpty else { throw DataError(file: file, line: 1, Message.Data.emptyCsv) }
        let count = bytes.count
        var issues: [DataIssue] = []
        var rows: [String: [Observation]] = [:]
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        /// The next line's start and end (without `\n` or a `\r` before it); nil after the last
        /// (a final line end ends the file).
        func nextLine() -> (start: Int, end: Int)? {
            guard position < count else { return nil }
            let start = position
            let end = memchr(base + start, 10, count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? count
            position = end + 1
            return (start, end > start && base[end - 1] == 13 ? end - 1 : end)
        }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(start: base + from, count: to - from), as: UTF8.self) }
        guard let head = nextLine() else { throw DataError(file: file, line: 1, Message.Data.emptyCsv) }
        let header = text(head.start, head.end).split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        guard header == columns else {
            throw DataError(file: file, line: 1, M.header(expected: columns.joined(separator: ","), found: header.joined(separator: ",")))
        }
        var lineNumbers: [String: [Int]] = [:]
        // Rows of one body come together: its code is made a String and checked once, and
        // its rows gather in `run` (no dictionary look-up a row), kept when the code changes.
        var current: (start: Int, length: Int, code: String, known: Bool)?
        var run: (observations: [Observation], lines: [Int]) = ([], [])
        var previous = 0
        func keep() {
            guard let code = current?.code, !run.lines.isEmpty else { return }
            previous = run.lines.count
            rows[code] = run.observations
            lineNumbers[code] = run.lines
        }
        // Every body is observed on much the same dates: the n-th row of a body usually has
        // the n-th date seen before, compared as raw bytes instead of parsed again.
        var dates: [(first: UInt64, last: UInt16, date: SeriesDate)] = []
        func cachedDate(_ from: Int, _ to: Int, row: Int) -> SeriesDate? {
            guard to - from == 10 else { return nil }
            let raw = UnsafeRawPointer(base + from)
            let first = raw.loadUnaligned(as: UInt64.self), last = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
            if row < dates.count, dates[row].first == first, dates[row].last == last { return dates[row].date }
            guard let parsed = SeriesDate(utf8: UnsafeBufferPointer(start: base + from, count: 10)) else { return nil }
            if row < dates.count { dates[row] = (first, last, parsed) } else if row == dates.count { dates.append((first, last, parsed)) }
            return parsed
        }
        /// The digits from `from` up to the first other byte (at most 12, what a count can
        /// be): their value and where they stop.
        func digits(_ from: Int, _ end: Int) -> (value: Int, stop: Int) {
            var n = 0, i = from
            while i < end, i - from < 12 {
                let digit = base[i] &- 48
                guard digit <= 9 else { break }
                n = n &* 10 &+ Int(digit)
                i += 1
            }
            return (n, i)
        }
        /// A whole number of ASCII digits filling `from..<to`, or nil.
        func number(_ from: Int, _ to: Int) -> Int? {
            let (value, stop) = digits(from, to)
            return to > from && stop == to ? value : nil
        }
        var line = 1
        while let (start, end) = nextLine() {
            line += 1
            func problem(_ what: Message) { issues.append(DataIssue(file: file, line: line, what)) }
            if start == end { continue }
            // The usual row is read in one pass: a code, a date of ten bytes, two counts.
            var codeEnd = start
            while codeEnd < end, base[codeEnd] != 44 { codeEnd += 1 }
            // The body first (its code compared as bytes), so a date is looked for at its row.
            let codeLength = codeEnd - start
            if current == nil || current!.length != codeLength || memcmp(base + current!.start, base + start, codeLength) != 0 {
                keep()
                let code = text(start, codeEnd)
                current = (start, codeLength, code, (BodyCode.isValid(code) || Identifier.isValid(code)) && (bodies?.contains(code) ?? true))
                // A body whose rows were interrupted by another's carries on from where it was.
                run = (rows[code] ?? [], lineNumbers[code] ?? [])
                // Most bodies have as many rows as the one before: room for them, grown once.
                run.observations.reserveCapacity(run.observations.count + previous)
                run.lines.reserveCapacity(run.lines.count + previous)
            }
            var fast: (date: SeriesDate, population: Int, cards: Int)?
            if codeEnd + 11 < end, base[codeEnd + 11] == 44, let date = cachedDate(codeEnd + 1, codeEnd + 11, row: run.observations.count) {
                let population = digits(codeEnd + 12, end)
                if population.value > 0, population.stop > codeEnd + 12, population.stop < end, base[population.stop] == 44 {
                    let cards = digits(population.stop + 1, end)
                    if cards.stop == end, end > population.stop + 1 { fast = (date, population.value, cards.value) }
                }
            }
            if fast == nil {
                // Anything else is checked field by field, for the message that says what is wrong.
                let commas = (start..<end).reduce(0) { $0 + (base[$1] == 44 ? 1 : 0) }
                guard commas == columns.count - 1 else {
                    problem(Message.Data.fieldCount(expected: columns.count, found: commas + 1))
                    continue
                }
            }
            guard let (_, _, code, known) = current, known else {
                problem(M.unknownCode(code: VisibleText.escaping(current?.code ?? "")))
                continue
            }
            func shown(_ from: Int, _ to: Int) -> String { VisibleText.escaping(text(from, to)) }
            let date: SeriesDate, population: Int, cards: Int
            if let fast {
                (date, population, cards) = fast
            } else {
                let dateEnd = (codeEnd + 1..<end).first { base[$0] == 44 } ?? end
                let populationEnd = (dateEnd + 1..<end).first { base[$0] == 44 } ?? end
                guard let parsed = cachedDate(codeEnd + 1, dateEnd, row: run.observations.count) else {
                    problem(M.badDate(value: shown(codeEnd + 1, dateEnd)))
                    continue
                }
                guard let people = number(dateEnd + 1, populationEnd), people > 0 else {
                    problem(M.badPopulation(value: shown(dateEnd + 1, populationEnd)))
                    continue
                }
                guard let issued = number(populationEnd + 1, end) else {
                    problem(M.badCount(value: shown(populationEnd + 1, end)))
                    continue
                }
                (date, population, cards) = (parsed, people, issued)
            }
            guard cards <= population else {
                problem(M.rateOver(cards: cards, population: population))
                continue
            }
            if let last = run.observations.last, last.date >= date {
                // The body's dates so far rise, so an earlier copy of this one is found by halving.
                let earlier = run.observations
                var lo = 0, hi = earlier.count
                while lo < hi { let mid = (lo + hi) / 2; if earlier[mid].date < date { lo = mid + 1 } else { hi = mid } }
                if lo < earlier.count, earlier[lo].date == date {
                    problem(M.duplicateDate(code: code, date: date.description, first: run.lines[lo]))
                } else {
                    problem(M.dateOrder(code: code, date: date.description, previous: last.date.description))
                }
                continue
            }
            run.lines.append(line)
            run.observations.append(Observation(date: date, population: population, cards: cards))
        }
        keep()
        guard issues.isEmpty else { throw DataError(issues) }
        return ObservedSeries(measure: measure, observations: rows)
    }
}
