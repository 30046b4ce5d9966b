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

    /// Lines and fields are ranges of `bytes`: nothing is copied or counted until a row is
    /// read (76,604 rows made as many slices of the file, each retaining it, a third of the work).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, measure: String, file: String, bodies: Set<String>?) throws(DataError) -> ObservedSeries {
        typealias M = Message.Series
        typealias Field = Slice<UnsafeBufferPointer<UInt8>>
        var issues: [DataIssue] = []
        var rows: [String: [Observation]] = [:]
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        /// The next line without its `\n`; nil after the last (a final line end ends the file, as `split` read it).
        func nextLine() -> Field? {
            guard position <= bytes.count else { return nil }
            var end = position
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            if end == bytes.count, end == position { return nil }
            defer { position = end + 1 }
            return bytes[position..<end]
        }
        func withoutReturn(_ line: Field) -> Field { line.last == 13 ? line.dropLast() : line }
        guard let head = nextLine() else { throw DataError(file: file, line: 1, Message.Data.emptyCsv) }
        let header = String(decoding: withoutReturn(head), as: UTF8.self)
            .split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        guard header == columns else {
            throw DataError(file: file, line: 1, M.header(expected: columns.joined(separator: ","), found: header.joined(separator: ",")))
        }
        var lineNumbers: [String: [Int]] = [:]
        // Rows of one body come together: its code is made a String and checked once, and
        // its rows gather in `run` (no dictionary look-up a row), kept when the code changes.
        var current: (bytes: Field, code: String, known: Bool)?
        var run: (observations: [Observation], lines: [Int]) = ([], [])
        var previous = 0
        func keep() {
            guard let code = current?.code, !run.lines.isEmpty else { return }
            previous = run.lines.count
            rows[code] = run.observations
            lineNumbers[code] = run.lines
        }
        var fields: [Field] = []
        fields.reserveCapacity(columns.count + 1)
        var line = 1
        while let raw = nextLine() {
            line += 1
            func problem(_ what: Message) { issues.append(DataIssue(file: file, line: line, what)) }
            let record = withoutReturn(raw)
            if record.isEmpty { continue }
            fields.removeAll(keepingCapacity: true)
            // A plain index loop: `record.indices` built generic metadata at run time, a row at a time.
            var from = record.startIndex, i = from
            while i < record.endIndex {
                if record[i] == 44 { fields.append(record[from..<i]); from = i + 1 }
                i += 1
            }
            fields.append(record[from..<record.endIndex])
            guard fields.count == columns.count else {
                problem(Message.Data.fieldCount(expected: columns.count, found: fields.count))
                continue
            }
            if current == nil || !current!.bytes.elementsEqual(fields[0]) {
                keep()
                let code = String(decoding: fields[0], as: UTF8.self)
                current = (fields[0], code, (BodyCode.isValid(code) || Identifier.isValid(code)) && (bodies?.contains(code) ?? true))
                // A body whose rows were interrupted by another's carries on from where it was.
                run = (rows[code] ?? [], lineNumbers[code] ?? [])
                // Most bodies have as many rows as the one before: room for them, grown once.
                run.observations.reserveCapacity(run.observations.count + previous)
                run.lines.reserveCapacity(run.lines.count + previous)
            }
            guard let (_, code, known) = current, known else {
                problem(M.unknownCode(code: VisibleText.escaping(current?.code ?? "")))
                continue
            }
            func shown(_ field: Field) -> String { VisibleText.escaping(String(decoding: field, as: UTF8.self)) }
            guard let date = SeriesDate(utf8: fields[1]) else {
                problem(M.badDate(value: shown(fields[1])))
                continue
            }
            guard let population = count(fields[2]), population > 0 else {
                problem(M.badPopulation(value: shown(fields[2])))
                continue
            }
            guard let cards = count(fields[3]) else {
                problem(M.badCount(value: shown(fields[3])))
                continue
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

    /// A whole number written in ASCII digits only, within what a count can be.
    private static func count(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !field.isEmpty, field.count <= 12 else { return nil }
        var n = 0
        for byte in field { guard byte >= 48, byte <= 57 else { return nil }; n = n * 10 + Int(byte - 48) }
        return n
    }
}
