/// A parsed CSV file (RFC 4180; TSV with a tab delimiter) whose records remember the line
/// they start on. Accepts a UTF-8 BOM and CRLF line ends; refuses bytes not in `encoding`
/// (UTF-8 unless told; nil detects CP932, `TextEncoding`).
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        public let line: Int
        public let fields: [String]
    }

    public let file: String
    public let header: [String]
    public let records: [Record]

    /// Parses `bytes`, naming `file` in errors.
    public init(bytes: [UInt8], file: String, delimiter: Unicode.Scalar = ",", encoding: TextEncoding? = .utf8) throws(DataError) {
        self.file = file
        var rows = try CSVTable.parse(try TextEncoding.text(bytes, file: file, encoding: encoding), file: file, delimiter: delimiter)
        guard !rows.isEmpty else { throw DataError(file: file, line: 1, Message.Data.emptyCsv) }
        let head = rows.removeFirst()
        self.header = head.fields.map { $0.trimmingWhitespace() }
        self.records = rows.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    }

    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    public var rows: SheetRows { SheetRows(file: file, header: header, records: records) }

    /// Column indexes for required names, or one issue naming every missing column.
    public func columns(_ names: [String]) throws(DataError) -> [Int] {
        let missing = names.filter { column($0) == nil }
        guard missing.isEmpty else {
            throw DataError(file: file, line: 1, Message.Data.missingColumns(count: missing.count, columns: MessageList(missing), header: header.joined(separator: ",")))
        }
        return names.map { column($0)! }
    }

    private static func parse(_ text: String, file: String, delimiter: Unicode.Scalar) throws(DataError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var quotedField = false
        var formula = false
        var line = 1
        var recordLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        func endRecord() {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
            fields = []
            field = ""
            quotedField = false
            formula = false
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = d }
                    } else { inQuotes = false }
                    // Excel's `="073644"` keeps its quotes: the code reader takes them off.
                    if !inQuotes && formula { field.unicodeScalars.append("\"") }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case delimiter:
                fields.append(field)
                field = ""
                quotedField = false
                formula = false
            case "\r":
                if let d = next(), d != "\n" { pending = d }
                line += 1
                endRecord()
                recordLine = line
            case "\n":
                line += 1
                endRecord()
                recordLine = line
            case "\"":
                if field.isEmpty && !quotedField {
                    inQuotes = true
                    quotedField = true
                } else if field == "=" && !quotedField {
                    inQuotes = true
                    quotedField = true
                    formula = true
                    field.unicodeScalars.append("\"")
                } else {
                    throw DataError(file: file, line: line, Message.Data.strayQuote)
                }
            default:
                if quotedField {
                    throw DataError(file: file, line: line, Message.Data.textAfterQuote)
                }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw DataError(file: file, line: recordLine, Message.Data.unclosedQuote) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
