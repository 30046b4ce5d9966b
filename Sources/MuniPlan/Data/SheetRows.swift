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

    /// The column headed by the first of `names` that heads one, headings read as staff type
    /// them: widths folded (ＣＯＤＥ), any case (Code), spaces around trimmed.
    public func column(_ names: [String]) -> Int? {
        let headings = header.map { WidthFolding.ascii($0).trimmingWhitespace().lowercased() }
        return names.lazy.compactMap { headings.firstIndex(of: $0) }.first
    }
}
