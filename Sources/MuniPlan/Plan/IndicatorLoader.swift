/// Reads indicator columns from rows of a file (`IndicatorFile` reads CSV, TSV and .xlsx):
/// a body column (codes, or names resolved like any body argument) and value columns.
/// Any problem refuses the whole file, located at its line.
public enum IndicatorLoader {
    /// Headings of the body column, codes first: a file with both uses the codes.
    public static let codeHeadings = ["code", "コード", "団体コード"]
    public static let nameHeadings = ["name", "名称", "団体名"]

    /// What a file gave: its columns, and the text columns left out (names, kinds, …).
    public struct Loaded: Sendable {
        public let columns: [String: [String: Double]]
        public let skipped: [String]
    }

    /// The bytes of a CSV file (the fuzzer's and older callers' way in).
    public static func load(bytes: [UInt8], file: String, dataset: Dataset) throws(IndicatorError) -> [String: [String: Double]] {
        let table: CSVTable
        do { table = try CSVTable(bytes: bytes, file: file) } catch { throw IndicatorError(issues: error.issues) }
        return try load(table.rows, dataset: dataset, resolver: BodyResolver(dataset: dataset)).columns
    }

    /// Columns that would shadow a built-in need feature are refused; a column with no number
    /// at all is left out (`skipped`) beside one with numbers, one with both is refused at the text.
    public static func load(_ table: SheetRows, dataset: Dataset, resolver: BodyResolver) throws(IndicatorError) -> Loaded {
        let file = table.file
        let codeColumn = table.column(codeHeadings)
        let nameColumn = table.column(nameHeadings)
        guard let bodyColumn = codeColumn ?? nameColumn else {
            throw IndicatorError(issues: [DataIssue(file: file, line: 1, Message.IndicatorsFile.noBodyColumn(header: Excerpt.of(table.header.joined(separator: ","))))])
        }
        let candidates = table.header.indices.filter { $0 != codeColumn && $0 != nameColumn }
        // Columns of text, or of nothing at all (a coverage export's measures nobody covers),
        // are left out beside numbers; without numbers, their text is what is wrong.
        let numbers = candidates.filter { hasNumber(column: $0, in: table) }
        let skipped = candidates.filter { !numbers.contains($0) && (!numbers.isEmpty || isEmpty(column: $0, in: table)) }
        let valueColumns = candidates.filter { !skipped.contains($0) }
        // Refused before any value is read: no plan may hold that many (`settingIndicators`).
        guard valueColumns.count <= InputLimits.indicatorColumns else {
            throw IndicatorError(issues: [DataIssue(file: file, line: 1, Message.Data.tooManyColumns(count: valueColumns.count,
                                                                                                     limit: InputLimits.indicatorColumns))])
        }
        var issues: [DataIssue] = []
        if valueColumns.isEmpty { issues.append(DataIssue(file: file, line: 1, Message.Data.noValueColumns)) }
        for i in valueColumns {
            let name = table.header[i]
            if !IndicatorName.isValid(name) {
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
            let code: String
            if let codeColumn {
                let text = IndicatorCell.codeText(record.fields[codeColumn])
                let codes = IndicatorCell.codes(text, in: dataset)
                guard codes.count == 1 else {
                    if codes.isEmpty {
                        unknown.append(Message.Data.codeOnLine(code: Excerpt.of(record.fields[codeColumn]), line: record.line))
                    } else {
                        issues.append(DataIssue(file: file, line: record.line, Message.IndicatorsFile.ambiguousCode(code: text, first: codes[0], second: codes[1])))
                    }
                    continue
                }
                code = codes[0]
            } else {
                do { code = try resolver.body(record.fields[bodyColumn].trimmingWhitespace()).code } catch {
                    issues.append(DataIssue(file: file, line: record.line, error.message))
                    continue
                }
            }
            if let first = seen[code] {
                issues.append(DataIssue(file: file, line: record.line, Message.Data.duplicateCode(code: code, first: first)))
                continue
            }
            seen[code] = record.line
            for i in valueColumns {
                let text = record.fields[i].trimmingWhitespace()
                if text.isEmpty { continue }
                guard let value = IndicatorCell.value(text) else {
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
        return Loaded(columns: out, skipped: skipped.map { table.header[$0] })
    }

    private static func isEmpty(column: Int, in table: SheetRows) -> Bool {
        table.records.allSatisfy { column >= $0.fields.count || $0.fields[column].trimmingWhitespace().isEmpty }
    }

    /// Whether any cell of the column is a number: a column of words (a name, a kind, a
    /// district) has none, nor has an empty one.
    private static func hasNumber(column: Int, in table: SheetRows) -> Bool {
        table.records.contains { record in
            guard column < record.fields.count else { return false }
            let text = record.fields[column].trimmingWhitespace()
            return !text.isEmpty && IndicatorCell.value(text) != nil
        }
    }
}
