/// How an export is written beyond its format.
public struct ExportOptions: Sendable, Hashable {
    /// The character encoding of the bytes.
    public enum Encoding: String, Sendable, Hashable, CaseIterable {
        case utf8 = "utf-8"
        /// Windows-31J (Microsoft's Shift_JIS), what older Japanese tools read.
        case cp932

        /// Parses `utf-8`, `utf8`, `cp932`, `sjis`, `shift_jis`, `windows-31j`.
        public init?(name: String) {
            switch name.lowercased() {
            case "utf-8", "utf8": self = .utf8
            case "cp932", "sjis", "shift_jis", "shift-jis", "windows-31j", "ms932": self = .cp932
            default: return nil
            }
        }
    }

    /// CSV/TSV for Japanese Excel: CRLF line ends, and a UTF-8 byte order mark when the
    /// encoding is UTF-8 (CP932 has no BOM).
    public var excel: Bool
    public var encoding: Encoding
    /// The sheet an .xlsx export writes the table to (`WorkbookSheetName.of` when nil).
    public var sheetName: String?
    /// Who reads the header of a CSV or TSV: in Japanese it is the columns' labels (as the
    /// table was built), in English their ASCII ids. JSON keys are ids whatever the language.
    public var language: Language
    /// Where the data came from: JSON writes them as `sources`, Markdown and HTML as a
    /// footer; CSV and TSV stay pure data (`export sources` writes them as a table).
    public var sources: [Attribution]

    public init(excel: Bool = false, encoding: Encoding = .utf8, sheetName: String? = nil, language: Language = .english,
                sources: [Attribution] = []) {
        self.sources = sources
        self.excel = excel
        self.encoding = encoding
        self.sheetName = sheetName
        self.language = language
    }

    public static let standard = ExportOptions()
}
