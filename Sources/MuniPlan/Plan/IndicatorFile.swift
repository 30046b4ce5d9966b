/// An indicators file as staff have them: an .xlsx workbook (its first sheet, or `sheet`),
/// TSV (a `.tsv` name, or tabs and no commas in the first line) or CSV, in UTF-8 or CP932.
public enum IndicatorFile {
    public struct Options: Sendable, Equatable {
        public var encoding: TextEncoding?
        public var sheet: String?

        public init(encoding: TextEncoding? = nil, sheet: String? = nil) {
            self.encoding = encoding
            self.sheet = sheet
        }
    }

    /// The file's rows; a workbook option on a text file (or the reverse) is refused.
    public static func rows(_ bytes: [UInt8], file: String, options: Options) throws(IndicatorError) -> SheetRows {
        do throws(DataError) {
            if XLSXReader.isWorkbook(bytes) {
                if options.encoding != nil { throw DataError(file: file, line: 1, Message.IndicatorsFile.encodingNotForXlsx) }
                return try XLSXReader.rows(bytes, file: file, sheet: options.sheet, limit: InputLimits.indicatorsFile)
            }
            if options.sheet != nil { throw DataError(file: file, line: 1, Message.IndicatorsFile.sheetOnlyForXlsx) }
            let firstLine = bytes.prefix { $0 != 0x0A }
            let tabs = file.lowercased().hasSuffix(".tsv") || (firstLine.contains(0x09) && !firstLine.contains(0x2C))
            return try CSVTable(bytes: bytes, file: file, delimiter: UInt8(ascii: tabs ? "\t" : ","), encoding: options.encoding).rows
        } catch {
            throw IndicatorError(issues: error.issues)
        }
    }
}
