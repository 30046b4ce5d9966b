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
        typealias M = Message.Series
        var issues: [DataIssue] = []
        var rows: [String: [Observation]] = [:]
        var lineOf: [String: [SeriesDate: Int]] = [:]
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        var lines = body.split(separator: 10, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let head = lines.first else { throw DataError(file: file, line: 1, Message.Data.emptyCsv) }
        let header = text(head).split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        guard header == columns else {
            throw DataError(file: file, line: 1, M.header(expected: columns.joined(separator: ","), found: header.joined(separator: ",")))
        }
        for (index, raw) in lines.enumerated().dropFirst() {
            let line = index + 1
            func problem(_ what: Message) { issues.append(DataIssue(file: file, line: line, what)) }
            let fields = text(raw).split(separator: ",", omittingEmptySubsequences: false)
            if fields.count == 1, fields[0].isEmpty { continue }
            guard fields.count == columns.count else {
                problem(Message.Data.fieldCount(expected: columns.count, found: fields.count))
                continue
            }
            let code = String(fields[0])
            guard BodyCode.isValid(code) || Identifier.isValid(code), bodies?.contains(code) ?? true else {
                problem(M.unknownCode(code: VisibleText.escaping(code)))
                continue
            }
            guard let date = SeriesDate(fields[1]) else {
                problem(M.badDate(value: VisibleText.escaping(String(fields[1]))))
                continue
            }
            guard let population = count(fields[2]), population > 0 else {
                problem(M.badPopulation(value: VisibleText.escaping(String(fields[2]))))
                continue
            }
            guard let cards = count(fields[3]) else {
                problem(M.badCount(value: VisibleText.escaping(String(fields[3]))))
                continue
            }
            guard cards <= population else {
                problem(M.rateOver(cards: cards, population: population))
                continue
            }
            if let first = lineOf[code]?[date] {
                problem(M.duplicateDate(code: code, date: date.description, first: first))
                continue
            }
            if let previous = rows[code]?.last, previous.date > date {
                problem(M.dateOrder(code: code, date: date.description, previous: previous.date.description))
                continue
            }
            lineOf[code, default: [:]][date] = line
            rows[code, default: []].append(Observation(date: date, population: population, cards: cards))
        }
        guard issues.isEmpty else { throw DataError(issues) }
        return ObservedSeries(measure: measure, observations: rows)
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        var b = bytes
        if b.last == 13 { b.removeLast() }
        return String(decoding: b, as: UTF8.self)
    }

    /// A whole number written in ASCII digits only, within what a count can be.
    private static func count(_ field: Substring) -> Int? {
        guard !field.isEmpty, field.utf8.count <= 12, field.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(field)
    }
}
