/// A horizontal SVG bar chart of coverage share by district, with a total bar: each row
/// the district name, a bar of covered / total on a 0–100% track, and `5/8 (62.5%)`.
public struct DistrictBarChart: Sendable {
    public let bars: [ReportInput.DistrictBar]
    public let totalLabel: String?
    public let width: Double

    static let rowHeight = 26.0
    static let labelWidth = 78.0
    static let valueWidth = 108.0
    static let top = 22.0

    public init(bars: [ReportInput.DistrictBar], totalLabel: String?, width: Double = 480) {
        self.bars = bars
        self.totalLabel = totalLabel
        self.width = width
    }

    /// The rows drawn: the bars, then the total when there are two or more bars.
    public var rows: [(bar: ReportInput.DistrictBar, isTotal: Bool)] {
        var rows = bars.map { (bar: $0, isTotal: false) }
        if let totalLabel, bars.count > 1 {
            let total = ReportInput.DistrictBar(district: totalLabel, covered: bars.reduce(0) { $0 + $1.covered },
                                                total: bars.reduce(0) { $0 + $1.total })
            rows.append((bar: total, isTotal: true))
        }
        return rows
    }

    public func svg(ariaLabel: String) -> String {
        let rows = self.rows
        let trackX = Self.labelWidth
        let trackWidth = max(width - Self.labelWidth - Self.valueWidth, 40)
        let height = Self.top + Double(rows.count) * Self.rowHeight + 6
        var out = "<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
        out += "role=\"img\" aria-label=\"\(HTMLText.escape(ariaLabel))\">\n"
        // Grid at 0, 25, 50, 75, 100 %.
        for step in 0...4 {
            let x = trackX + trackWidth * Double(step) / 4
            out += "<line class=\"grid\" x1=\"\(n(x))\" y1=\"\(n(Self.top - 4))\" x2=\"\(n(x))\" y2=\"\(n(height - 4))\"/>"
            out += "<text class=\"axis\" x=\"\(n(x))\" y=\"\(n(Self.top - 8))\" text-anchor=\"middle\">\(step * 25)%</text>\n"
        }
        for (i, row) in rows.enumerated() {
            let y = Self.top + Double(i) * Self.rowHeight
            let barHeight = Self.rowHeight - 8
            let share = row.bar.share
            let fill = row.isTotal ? "#0c2c84" : ColorScale.color(at: 0.8)
            let label = HTMLText.escape(row.bar.district)
            let cls = row.isTotal ? "bar total" : "bar"
            out += "<g class=\"\(cls)\" data-district=\"\(label)\">"
            out += "<title>\(label): \(row.bar.covered)/\(row.bar.total) (\(percent(row.bar)))</title>"
            out += "<text class=\"name\" x=\"\(n(trackX - 8))\" y=\"\(n(y + barHeight / 2 + 4))\" text-anchor=\"end\">\(label)</text>"
            out += "<rect class=\"track\" x=\"\(n(trackX))\" y=\"\(n(y))\" width=\"\(n(trackWidth))\" height=\"\(n(barHeight))\"/>"
            out += "<rect class=\"fill\" x=\"\(n(trackX))\" y=\"\(n(y))\" width=\"\(n(trackWidth * share))\" height=\"\(n(barHeight))\" fill=\"\(fill)\"/>"
            out += "<text class=\"value\" x=\"\(n(trackX + trackWidth + 8))\" y=\"\(n(y + barHeight / 2 + 4))\">"
            out += "\(row.bar.covered)/\(row.bar.total) (\(percent(row.bar)))</text></g>\n"
        }
        out += "</svg>\n"
        return out
    }

    /// `62.5%`, or `—` when the district has no bodies.
    func percent(_ bar: ReportInput.DistrictBar) -> String {
        bar.total > 0 ? Table.Cell.format(bar.share * 100, places: 1) + "%" : "—"
    }

    private func n(_ value: Double) -> String { Table.Cell.format(value, places: 1) }
}
