/// A file format for exporting a `Table`.
public enum ExportFormat: String, CaseIterable, Sendable, Hashable {
    case csv, tsv, markdown, json, html
    /// An Office Open XML workbook (binary: `TableEncoder.text` has no text for it).
    case xlsx

    /// The file extension written for this format, without the dot.
    public var fileExtension: String {
        switch self {
        case .csv: "csv"
        case .tsv: "tsv"
        case .markdown: "md"
        case .json: "json"
        case .html: "html"
        case .xlsx: "xlsx"
        }
    }

    /// The extensions accepted by `init(extension:)`, in a fixed order for messages.
    public static let knownExtensions = ["csv", "tsv", "md", "json", "html", "xlsx"]

    /// The format for a file extension (`csv`, `.CSV`, `md`, `markdown`, `htm`, …).
    public init(extension ext: String) throws(ExportError) {
        var word = ext.lowercased()
        if word.hasPrefix(".") { word.removeFirst() }
        switch word {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "html", "htm": self = .html
        case "xlsx": self = .xlsx
        default: throw ExportError.unknownExtension(ext, choices: Self.knownExtensions)
        }
    }

    /// The format named by a path's extension (`out/coverage.csv` → `.csv`).
    public init(path: String) throws(ExportError) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            throw ExportError.unknownExtension("", choices: Self.knownExtensions)
        }
        try self.init(extension: String(name[name.index(after: dot)...]))
    }

    /// The format a `--format` option names, else the path's extension.
    public init(option: String?, path: String) throws(ExportError) {
        if let option { try self.init(extension: option) } else { try self.init(path: path) }
    }

    /// Whether the format drops subtotal and total rows (machine formats do).
    public var keepsSummaryRows: Bool {
        switch self {
        case .csv, .tsv, .json, .xlsx: false
        case .markdown, .html: true
        }
    }
}
