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

    /// Parses `bytes`, naming `file` in errors; `delimiter` is an ASCII byte (comma or tab).
    public init(bytes: [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ","), encoding: TextEncoding? = .utf8) throws(DataError) {
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

    /// By UTF-8 bytes: every byte the grammar looks at is ASCII, and no byte of a multi-byte
    /// character is, so each field is one slice of validated bytes made into a String once
    /// (a scalar at a time was most of loading Japan's bodies).
    static func parse(_ text: String, file: String, delimiter: UInt8) throws(DataError) -> [Record] {
        let bytes = Array(text.utf8)
        let (quote, cr, lf, equals): (UInt8, UInt8, UInt8, UInt8) = (0x22, 0x0D, 0x0A, 0x3D)
        var records: [Record] = []
        var fields: [String] = []
        // The field so far: bytes[start..<i] while it is unquoted, else `quoted`'s bytes.
        var start = 0
        var quoted: [UInt8] = []
        var quotedField = false
        var line = 1
        var recordLine = 1
        func endField(at end: Int) {
            fields.append(quotedField ? String(decoding: quoted, as: UTF8.self)
                                      : String(decoding: bytes[start..<end], as: UTF8.self))
            quotedField = false
        }
        func endRecord(at end: Int) {
            endField(at: end)
            records.append(Record(line: recordLine, fields: fields))
            // Records mostly have the same fields: room for as many, not grown field by field.
            let width = fields.count
            fields = []
            fields.reserveCapacity(width)
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c == delimiter {
                endField(at: i)
                start = i + 1
            } else if c == cr || c == lf {
                endRecord(at: i)
                i += c == cr && i + 1 < n && bytes[i + 1] == lf ? 2 : 1
                line += 1
                recordLine = line
                start = i
                continue
            } else if c == quote {
                // A quote opens a field, or follows a lone `=` (Excel's `="073644"`, which keeps
                // its quotes: the code reader takes them off); anywhere else it is stray.
                let formula = i - start == 1 && bytes[start] == equals
                guard !quotedField, i == start || formula else {
                    throw DataError(file: file, line: line, Message.Data.strayQuote)
                }
                quoted = formula ? [equals, quote] : []
                quotedField = true
                i += 1
                var closed = false
                while i < n {
                    let d = bytes[i]
                    i += 1
                    if d == quote {
                        if i < n && bytes[i] == quote { quoted.append(quote); i += 1; continue }
                        closed = true
                        break
                    }
                    if d == lf { line += 1 }
                    quoted.append(d)
                }
                guard closed else { throw DataError(file: file, line: recordLine, Message.Data.unclosedQuote) }
                if formula { quoted.append(quote) }
                // Only a delimiter or a line end may follow the closing quote.
                if i < n, bytes[i] != delimiter, bytes[i] != cr, bytes[i] != lf {
                    throw DataError(file: file, line: line, Message.Data.textAfterQuote)
                }
                continue
            }
            i += 1
        }
        // A last line without its line end; a lone `""` there is nothing, as an empty line is.
        if (quotedField ? !quoted.isEmpty : start < n) || !fields.isEmpty { endRecord(at: n) }
        return records
    }
}
