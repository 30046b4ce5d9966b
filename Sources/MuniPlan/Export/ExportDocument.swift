/// The JSON export schema, `muniplan.<name>/<version>`, as a decodable value:
///
///     { "schema": "muniplan.coverage/1", "title": "…" | null,
///       "columns": [{"id": "code", "label": "団体コード"}, …],
///       "rows": [{"code": "072010", "population": 282802, "share": 62.5, "note": null}, …],
///       "notes": ["…"],
///       "sources": [{"id": "codes", "subject": "…", "attribution": "japancode 0.1.0",
///                    "detail": "MIT License — …" | null, "licence_text": "…" | null}, …] }
///
/// Version 1 promises: these five keys; `rows` holds records only (no subtotals), one
/// object per row whose keys are the column ids in column order; values are strings,
/// numbers or null. Adding a column is not a new version; renaming or removing a key or
/// changing a value's type is.
public struct ExportDocument: Codable, Sendable, Equatable {
    /// 2: `sources` added (where the data came from, with its licences).
    public static let version = 2

    public struct Column: Codable, Sendable, Equatable {
        public let id: String
        public let label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// A cell: integers and decimals are both JSON numbers.
    public enum Value: Codable, Sendable, Equatable {
        case string(String)
        case integer(Int)
        case number(Double)
        case null

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null; return }
            if let n = try? container.decode(Int.self) { self = .integer(n); return }
            if let d = try? container.decode(Double.self) { self = .number(d); return }
            self = .string(try container.decode(String.self))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .string(s): try container.encode(s)
            case let .integer(n): try container.encode(n)
            case let .number(d): try container.encode(d)
            case .null: try container.encodeNil()
            }
        }

        /// Numbers compare by value: `.integer(3) == .number(3.0)` (JSON does not tell
        /// `3` from `3.0` reliably across decoders).
        public static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case let (.string(x), .string(y)): x == y
            case (.null, .null): true
            case let (.integer(x), .integer(y)): x == y
            case let (.integer(x), .number(y)), let (.number(y), .integer(x)): Double(x) == y
            case let (.number(x), .number(y)): x == y
            default: false
            }
        }

        /// The value a cell is written as; a decimal is read back from its fixed digits,
        /// so `.decimal(62.499, places: 1)` is `62.5`.
        public init(_ cell: Table.Cell) {
            switch cell {
            case let .text(s): self = .string(s)
            case let .integer(n): self = .integer(n)
            case let .decimal(d, _):
                guard d.isFinite else { self = .null; return }
                let plain = cell.plain
                self = Double(plain).map(Value.number) ?? .null
            case .empty: self = .null
            }
        }
    }

    public let schema: String
    public let title: String?
    public let columns: [Column]
    public let rows: [[String: Value]]
    public let notes: [String]
    /// Version 2; nil when decoding a version 1 document, which has none.
    public let sources: [Source]?

    /// Where the data came from (`Attribution`), as JSON holds it.
    public struct Source: Codable, Sendable, Equatable {
        public let id: String
        public let subject: String
        public let attribution: String
        public let detail: String?
        public let licenceText: String?

        enum CodingKeys: String, CodingKey {
            case id, subject, attribution, detail
            case licenceText = "licence_text"
        }

        public init(_ source: Attribution) {
            id = source.part.rawValue
            subject = source.subject.text(in: .english)
            attribution = source.attribution
            detail = source.detail
            licenceText = source.licenceText
        }
    }

    public init(schema: String, title: String?, columns: [Column], rows: [[String: Value]], notes: [String],
                sources: [Source]? = []) {
        self.sources = sources
        self.schema = schema
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// The document a table exports as, with the sources the export carries.
    public init(_ table: Table, sources: [Attribution] = []) {
        self.sources = sources.map(Source.init)
        self.schema = Self.schema(for: table.name)
        self.title = table.title
        self.columns = table.columns.map { Column(id: $0.id, label: $0.label) }
        self.rows = table.records.map { row in
            var object: [String: Value] = [:]
            for (column, cell) in zip(table.columns, CSVTableEncoder.cells(of: row, count: table.columns.count)) {
                object[column.id] = Value(cell)
            }
            return object
        }
        self.notes = table.footer
    }

    /// `muniplan.coverage/1` for a table named `coverage`.
    public static func schema(for name: String) -> String { "muniplan.\(name)/\(version)" }

    /// The table name and version a schema string names, or nil when it is not a muniplan
    /// schema.
    public static func parseSchema(_ schema: String) -> (name: String, version: Int)? {
        guard schema.hasPrefix("muniplan."), let slash = schema.lastIndex(of: "/") else { return nil }
        let name = schema[schema.index(schema.startIndex, offsetBy: 9)..<slash]
        guard !name.isEmpty, let version = Int(schema[schema.index(after: slash)...]) else { return nil }
        return (String(name), version)
    }
}
