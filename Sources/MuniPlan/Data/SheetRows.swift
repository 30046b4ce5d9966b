/// Rows of a table as read from a file (CSV, TSV or a workbook's sheet): a header and
/// records that remember the line (or sheet row) each came from, for located errors.
public struct SheetRows: Sendable {
    public let file: String
    public let header: [String]
    public let records: [CSVTable.Record]

    public init(file: String, header: [String], records: [CSVTable.Record]) {
        self.file = file
        self.header = header
        self.records = records
    }

    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
