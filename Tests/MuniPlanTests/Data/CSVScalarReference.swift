@testable import MuniPlan

/// The CSV reader as it was before it read bytes: one Unicode scalar at a time. Kept only
/// as the oracle the byte reader is held to (`CSVByteReaderTests`); nothing else uses it.
enum CSVScalarReference {
    static func parse(_ text: String, file: String, delimiter: Unicode.Scalar) throws(DataError) -> [CSVTable.Record] {
        var records: [CSVTable.Record] = []
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
            records.append(CSVTable.Record(line: recordLine, fields: fields))
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
                if quotedField { throw DataError(file: file, line: line, Message.Data.textAfterQuote) }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw DataError(file: file, line: recordLine, Message.Data.unclosedQuote) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
