/// Per-body numeric columns imported from CSV (`indicators load FILE.csv`).
public struct Indicators: Sendable, Equatable {
    /// column → body code → value.
    public private(set) var columns: [String: [String: Double]] = [:]

    public init() {}

    public var names: [String] { columns.keys.sorted() }

    public func value(_ column: String, for code: String) -> Double? { columns[column]?[code] }

    public mutating func set(_ column: String, values: [String: Double]) { columns[column] = values }

    public mutating func remove(_ column: String) { columns[column] = nil }
}

/// Why an indicators file was refused; nothing of it is loaded.
public struct IndicatorError: Error, Sendable, CustomStringConvertible {
    public let issues: [DataIssue]
    /// One line, as every error: the first problems, then how many more.
    public var message: Message {
        let shown: [any MessageArgument] = Array(issues.prefix(3))
        let more: [any MessageArgument] = issues.count > 3 ? [Message.Data.moreProblems(count: issues.count - 3)] : []
        return Message.Data.problems(problems: ProblemList(items: shown + more))
    }

    public var description: String { message.description }

    /// Problems one after another, as each language separates clauses: `; ` and `；`.
    private struct ProblemList: MessageArgument {
        let items: [any MessageArgument]
        func text(in language: Language) -> String {
            items.map { $0.text(in: language) }.joined(separator: language == .japanese ? "；" : "; ")
        }
    }
}

public enum IndicatorLoader {
    /// Columns that would shadow a built-in need feature are refused.
    public static func load(bytes: [UInt8], file: String, dataset: Dataset) throws(IndicatorError) -> [String: [String: Double]] {
        let table: CSVTable
        do { table = try CSVTable(bytes: bytes, file: file) } catch { throw IndicatorError(issues: error.issues) }
        guard let codeColumn = table.column("code") else {
            throw IndicatorError(issues: [DataIssue(file: file, line: 1, Message.Data.noCodeColumn(header: Excerpt.of(table.header.joined(separator: ","))))])
        }
        var issues: [DataIssue] = []
        let valueColumns = table.header.indices.filter { $0 != codeColumn }
        // Refused before any value is read: no plan may hold that many (`settingIndicators`).
        guard valueColumns.count <= InputLimits.indicatorColumns else {
            throw IndicatorError(issues: [DataIssue(file: file, line: 1, Message.Data.tooManyColumns(count: valueColumns.count,
                                                                                                     limit: InputLimits.indicatorColumns))])
        }
        if valueColumns.isEmpty { issues.append(DataIssue(file: file, line: 1, Message.Data.noValueColumns)) }
        for i in valueColumns {
            let name = table.header[i]
            if !Identifier.isValid(name) {
                issues.append(DataIssue(file: file, line: 1, Message.Data.columnName(column: Excerpt.of(name))))
            } else if NeedFeature.builtInNames.contains(name) {
                issues.append(DataIssue(file: file, line: 1, Message.Data.columnShadows(column: Excerpt.of(name))))
            }
        }
        var out: [String: [String: Double]] = [:]
        var seen: [String: Int] = [:]
        var unknown: [any MessageArgument] = []
        for record in table.records {
            guard record.fields.count == table.header.count else {
                issues.append(DataIssue(file: file, line: record.line, Message.Data.fieldCount(expected: table.header.count, found: record.fields.count)))
                continue
            }
            var code = record.fields[codeColumn].trimmingWhitespace()
            if code.utf8.count == 5, let full = BodyCode.withCheckDigit(code) { code = full }
            guard dataset.body(code: code) != nil else {
                unknown.append(Message.Data.codeOnLine(code: Excerpt.of(record.fields[codeColumn]), line: record.line))
                continue
            }
            if let first = seen[code] {
                issues.append(DataIssue(file: file, line: record.line, Message.Data.duplicateCode(code: code, first: first)))
                continue
            }
            seen[code] = record.line
            for i in valueColumns {
                let text = record.fields[i].trimmingWhitespace()
                if text.isEmpty { continue }
                guard let value = Double(text), value.isFinite else {
                    issues.append(DataIssue(file: file, line: record.line, Message.Data.notANumber(value: Excerpt.of(text), column: Excerpt.of(table.header[i]))))
                    continue
                }
                guard NumberLimits.isAmount(value) else {
                    issues.append(DataIssue(file: file, line: record.line, Message.Data.valueOutOfRange(value: text, column: table.header[i], range: NumberLimits.range(-NumberLimits.amount...NumberLimits.amount))))
                    continue
                }
                out[table.header[i], default: [:]][code] = value
            }
        }
        if !unknown.isEmpty {
            issues.append(DataIssue(file: file, line: 1, Message.Data.unknownCodes(codes: MessageList(Array(unknown.prefix(10)) + (unknown.count > 10 ? ["…"] : [])))))
        }
        guard issues.isEmpty else { throw IndicatorError(issues: issues.sorted { $0.line < $1.line }) }
        for i in valueColumns where out[table.header[i]] == nil { out[table.header[i]] = [:] }
        return out
    }
}
