/// A table of results: what commands print and exports write. One value, many renderings
/// (terminal table, CSV, TSV, Markdown, JSON, HTML).
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        /// Stable ASCII name: the CSV header and JSON key.
        public let id: String
        /// What a person reads in a terminal table or report (may be Japanese).
        public let label: String
        public let alignment: Alignment
        /// A shorter heading, for a terminal too narrow for `label`; the table's `legend`
        /// says what it stands for. nil: the label is the only heading.
        public var short: String?
        /// The narrowest its text stays readable in (display columns), for a column of
        /// sentences: a terminal too narrow to give it that prints the table as record blocks
        /// rather than wrap it a few words a line. nil: any width its words allow.
        public var readable: Int?
        /// A column a terminal may leave out when that lets every other column keep its words
        /// whole (kpi's measure, which most KPIs are named after); the table then says so.
        /// Files and exports always have it.
        public var optional = false

        public init(_ id: String, label: String? = nil, alignment: Alignment = .left) {
            self.id = id
            self.label = label ?? id
            self.alignment = alignment
        }
    }

    public enum Alignment: Sendable, Equatable { case left, right }

    public enum Cell: Sendable, Equatable {
        case text(String)
        case integer(Int)
        /// A number with a fixed number of decimals.
        case decimal(Double, places: Int)
        case empty

        /// The plain value: no thousands separators, `.` decimals.
        public var plain: String {
            switch self {
            case let .text(s): s
            case let .integer(n): String(n)
            case let .decimal(d, places): Self.format(d, places: places)
            case .empty: ""
            }
        }

        /// For people: thousands separators on numbers.
        public var display: String {
            switch self {
            case let .integer(n):
                return Self.grouped(String(n))
            case let .decimal(d, places):
                let s = Self.format(d, places: places)
                // Exponent forms (beyond 10^15), inf and NaN read as they are: grouping
                // their digits would garble them (`1e+,300`).
                guard s.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 46 }) else { return s }
                let parts = s.split(separator: ".", maxSplits: 1)
                return Self.grouped(String(parts[0])) + (parts.count > 1 ? "." + parts[1] : "")
            default:
                return plain
            }
        }

        public var isNumeric: Bool {
            switch self {
            case .integer, .decimal: true
            default: false
            }
        }

        static func format(_ d: Double, places asked: Int) -> String {
            // More than 15 decimals are noise in a Double; the clamp also keeps the scale finite.
            let places = min(max(asked, 0), 15)
            guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-inf" : "inf") }
            // Beyond exact integers the digits are noise: print the shortest round-tripping form.
            guard abs(d) < 1e15 else { return "\(d)" }
            var scale = 1.0
            for _ in 0..<places { scale *= 10 }
            let rounded = (abs(d) * scale).rounded() / scale
            let negative = d < 0 && rounded != 0
            // Below 10^15 (checked above), with at most 15 places, both conversions are in range.
            let whole = Int(rounded)
            var fraction = Int(((rounded - Double(whole)) * scale).rounded())
            var wholePart = whole
            if Double(fraction) >= scale { wholePart += 1; fraction = 0 }
            var s = (negative ? "-" : "") + String(wholePart)
            if places > 0 {
                let digits = String(fraction)
                s += "." + String(repeating: "0", count: max(0, places - digits.count)) + digits
            }
            return s
        }

        static func grouped(_ digits: String) -> String {
            let negative = digits.hasPrefix("-")
            let body = Array(negative ? digits.dropFirst() : Substring(digits))
            var out: [Character] = []
            for (i, c) in body.enumerated() {
                if i > 0, (body.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return (negative ? "-" : "") + String(out)
        }
    }

    /// Records are data; subtotal and total rows are for people (table, Markdown, HTML) and
    /// are left out of machine formats (CSV, TSV, JSON).
    public enum RowKind: Sendable, Equatable { case record, subtotal, total }

    public struct Row: Sendable, Equatable {
        public let cells: [Cell]
        public let kind: RowKind

        public init(_ cells: [Cell], kind: RowKind = .record) {
            self.cells = cells
            self.kind = kind
        }
    }

    /// Names the kind of data, e.g. `bodies`; JSON exports carry `muniplan.NAME/1`.
    public let name: String
    public let title: String?
    public let columns: [Column]
    public let rows: [Row]
    /// Lines printed under a terminal table (KPI targets under coverage columns, notes).
    public let footer: [String]
    /// Lines under a terminal table printed with its columns' `short` headings: what they stand for.
    public var legend: [String] = []

    public init(name: String, title: String? = nil, columns: [Column], rows: [Row], footer: [String] = []) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }

    /// Rows that are data, not subtotals.
    public var records: [Row] { rows.filter { $0.kind == .record } }
}
