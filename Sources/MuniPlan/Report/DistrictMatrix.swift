/// Coverage of each measure by district: a row a measure, a column a district and one for
/// the prefecture, each cell `covered/total` shaded by its share. With several measures a
/// single bar chart of "covered by any" says little (one measure covering everyone fills
/// every bar); this shows each.
public struct DistrictMatrix: Sendable {
    public struct Row: Sendable {
        /// The measure as the reader knows it (`セキュリティクラウド`).
        public let label: String
        /// One per district, in `districts` order.
        public let cells: [ReportInput.DistrictBar]

        public init(label: String, cells: [ReportInput.DistrictBar]) {
            self.label = label
            self.cells = cells
        }
    }

    public let districts: [String]
    public let rows: [Row]
    /// The heading of the total column (`県計`).
    public let totalLabel: String

    public init(districts: [String], rows: [Row], totalLabel: String) {
        self.districts = districts
        self.rows = rows
        self.totalLabel = totalLabel
    }

    /// The HTML table; `measureHeading` heads the first column.
    public func html(measureHeading: String) -> String {
        var out = "<table class=\"matrix\">\n<thead><tr><th scope=\"col\">\(HTMLText.escape(measureHeading))</th>"
        for name in districts + [totalLabel] { out += "<th scope=\"col\" class=\"num\">\(HTMLText.escape(name))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            let total = ReportInput.DistrictBar(district: totalLabel, covered: row.cells.reduce(0) { $0 + $1.covered },
                                                total: row.cells.reduce(0) { $0 + $1.total })
            out += "<tr><th scope=\"row\">\(HTMLText.escape(row.label))</th>"
            for (i, cell) in (row.cells + [total]).enumerated() {
                let background = cell.total > 0 ? ColorScale.color(at: cell.share) : "#ffffff"
                let cls = i == row.cells.count ? "num total" : "num"
                out += "<td class=\"\(cls)\" style=\"background:\(background);color:\(ColorScale.textColor(on: background))\""
                out += " title=\"\(HTMLText.escape(cell.district)): \(cell.covered)/\(cell.total)\">"
                out += cell.total > 0 ? "\(cell.covered)/\(cell.total)" : "—"
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }
}
