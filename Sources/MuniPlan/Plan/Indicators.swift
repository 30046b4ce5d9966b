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
    public var description: String {
        // One line, as every error: the first problems, then how many more.
        let shown = issues.prefix(3).map(\.description)
        return (shown + (issues.count > 3 ? ["and \(issues.count - 3) more problems"] : [])).joined(separator: "; ")
    }
}

public enum IndicatorLoader {
    /// Columns that would shadow a built-in need feature are refused.
    public static func load(bytes: [UInt8], file: String, dataset: Dataset) throws(IndicatorError) -> [String: [String: Double]] {
        let table: CSVTable
        do { table = try CSVTable(bytes: bytes, file: file) } catch { throw IndicatorError(issues: error.issues) }
        guard let codeColumn = table.column("code") else {
            throw IndicatorError(issues: [DataIssue(file: file, line: 1, message: "no 'code' column (header: \(Excerpt.of(table.header.joined(separator: ","))))")])
        }
        var issues: [DataIssue] = []
        let valueColumns = table.header.indices.filter { $0 != codeColumn }
        // Refused before any value is read: no plan may hold that many (`settingIndicators`).
        guard valueColumns.count <= InputLimits.indicatorColumns else {
            throw IndicatorError(issues: [DataIssue(file: file, line: 1, message: "\(valueColumns.count) value columns, "
                                                    + "more than the \(InputLimits.indicatorColumns) a plan may hold: load fewer")])
        }
        if valueColumns.isEmpty { issues.append(DataIssue(file: file, line: 1, message: "no numeric columns beside 'code'")) }
        for i in valueColumns {
            let name = table.header[i]
            if !Identifier.isValid(name) {
                issues.append(DataIssue(file: file, line: 1, message: "column '\(Excerpt.of(name))' must be lower-case ASCII letters, digits and hyphens"))
            } else if NeedFeature.builtInNames.contains(name) {
                issues.append(DataIssue(file: file, line: 1, message: "column '\(Excerpt.of(name))' would shadow the built-in feature of that name"))
            }
        }
        var out: [String: [String: Double]] = [:]
        var seen: [String: Int] = [:]
        var unknown: [String] = []
        for record in table.records {
            guard record.fields.count == table.header.count else {
                issues.append(DataIssue(file: file, line: record.line, message: "expected \(table.header.count) fields, found \(record.fields.count)"))
                continue
            }
            var code = record.fields[codeColumn].trimmingWhitespace()
            if code.utf8.count == 5, let full = BodyCode.withCheckDigit(code) { code = full }
            guard dataset.body(code: code) != nil else {
                unknown.append("\(Excerpt.of(record.fields[codeColumn])) (line \(record.line))")
                continue
            }
            if let first = seen[code] {
                issues.append(DataIssue(file: file, line: record.line, message: "duplicate code \(code) (first on line \(first))"))
                continue
            }
            seen[code] = record.line
            for i in valueColumns {
                let text = record.fields[i].trimmingWhitespace()
                if text.isEmpty { continue }
                guard let value = Double(text), value.isFinite else {
                    issues.append(DataIssue(file: file, line: record.line, message: "'\(Excerpt.of(text))' in column \(Excerpt.of(table.header[i])) is not a number"))
                    continue
                }
                guard NumberLimits.isAmount(value) else {
                    issues.append(DataIssue(file: file, line: record.line, message: "\(text) in column \(table.header[i]) is out of range: values must be from \(NumberLimits.describe(-NumberLimits.amount...NumberLimits.amount))"))
                    continue
                }
                out[table.header[i], default: [:]][code] = value
            }
        }
        if !unknown.isEmpty {
            issues.append(DataIssue(file: file, line: 1, message: "unknown codes: \(unknown.prefix(10).joined(separator: ", "))\(unknown.count > 10 ? ", …" : "")"))
        }
        guard issues.isEmpty else { throw IndicatorError(issues: issues.sorted { $0.line < $1.line }) }
        for i in valueColumns where out[table.header[i]] == nil { out[table.header[i]] = [:] }
        return out
    }
}
