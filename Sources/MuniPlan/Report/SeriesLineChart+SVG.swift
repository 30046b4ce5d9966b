/// The line chart as inline SVG: a rate axis in percent from 0 to a round top, a date axis
/// with a tick at each year's start, a line each (the total heavier), each labelled at its
/// last point with its latest rate, labels pushed apart so none overlaps another.
extension SeriesLineChart {
    static let width = 760.0, height = 300.0
    static let left = 56.0, right = 150.0, top = 14.0, bottom = 44.0
    /// Okabe–Ito's colours, which stay apart for readers with colour-blindness; the total is navy.
    static let palette = ["#e69f00", "#56b4e9", "#009e73", "#d55e00", "#cc79a7", "#0072b2", "#7f7f00", "#999999"]
    static let totalColour = "#0c2c84"

    /// The top of the rate axis: the highest rate rounded up to a step of 10 (at least 10).
    var rateTop: Double {
        let most = lines.flatMap { $0.points.map(\.rate) }.max() ?? 0
        return max(10, (most / 10).rounded(.up) * 10)
    }

    public func svg() -> String {
        guard let first = dates.first, let last = dates.last else { return "" }
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        let span = Double(max(1, last.dayNumber - first.dayNumber))
        func x(_ date: SeriesDate) -> Double { Self.left + plotWidth * Double(date.dayNumber - first.dayNumber) / span }
        let topRate = rateTop
        func y(_ rate: Double) -> Double { Self.top + plotHeight * (1 - min(max(rate, 0), topRate) / topRate) }
        var out = "<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\" "
        out += "role=\"img\" aria-label=\"\(HTMLText.escape(title))\">\n"
        let step = topRate > 50 ? 20.0 : 10.0
        for rate in stride(from: 0.0, through: topRate, by: step) {
            out += "<line class=\"grid\" x1=\"\(n(Self.left))\" y1=\"\(n(y(rate)))\" x2=\"\(n(Self.left + plotWidth))\" y2=\"\(n(y(rate)))\"/>"
            out += "<text class=\"tick rate\" x=\"\(n(Self.left - 6))\" y=\"\(n(y(rate) + 4))\">\(Int(rate))%</text>\n"
        }
        let baseline = Self.top + plotHeight
        for year in (first.year + 1)...max(first.year + 1, last.year) {
            guard let start = SeriesDate(year: year, month: 1, day: 1), start <= last else { continue }
            out += "<line class=\"tick\" x1=\"\(n(x(start)))\" y1=\"\(n(baseline))\" x2=\"\(n(x(start)))\" y2=\"\(n(baseline + 5))\"/>"
            let label = Message.Report.trendAxisYear(year: String(year)).text(in: language)
            out += "<text class=\"tick date\" x=\"\(n(x(start)))\" y=\"\(n(baseline + 18))\">\(HTMLText.escape(label))</text>\n"
        }
        out += "<line class=\"axis\" x1=\"\(n(Self.left))\" y1=\"\(n(baseline))\" x2=\"\(n(Self.left + plotWidth))\" y2=\"\(n(baseline))\"/>\n"
        out += "<text class=\"axis-title date\" x=\"\(n(Self.left + plotWidth / 2))\" y=\"\(n(Self.height - 6))\">\(HTMLText.escape(dateAxis))</text>\n"
        out += "<text class=\"axis-title rate\" transform=\"translate(14 \(n(Self.top + plotHeight / 2))) rotate(-90)\">\(HTMLText.escape(rateAxis))</text>\n"
        let labelY = Self.spread(lines.map { y($0.points.last?.rate ?? 0) + 4 }, gap: 12, within: Self.top + 4...baseline + 4)
        // Districts first, so the total is drawn over them.
        let order = lines.indices.filter { !lines[$0].isTotal } + lines.indices.filter { lines[$0].isTotal }
        for i in order {
            let line = lines[i]
            guard let end = line.points.last else { continue }
            let colour = line.isTotal ? Self.totalColour : Self.palette[(i - (lines.first?.isTotal == true ? 1 : 0)) % Self.palette.count]
            let name = HTMLText.escape(line.name)
            let latest = Table.Cell.format(end.rate, places: 1) + "%"
            let d = line.points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(n(x($0.element.date))) \(n(y($0.element.rate)))" }.joined(separator: " ")
            out += "<g class=\"line\(line.isTotal ? " total" : "")\" data-line=\"\(name)\"><title>\(name): \(end.date) \(latest)</title>"
            out += "<path d=\"\(d)\" stroke=\"\(colour)\"/>"
            out += "<text class=\"end\" x=\"\(n(x(end.date) + 6))\" y=\"\(n(labelY[i]))\" fill=\"\(colour)\">\(name) \(latest)</text></g>\n"
        }
        out += "</svg>\n"
        return out
    }

    /// `positions` moved as little as they must so that any two are `gap` apart, in order
    /// of position (ties by index), kept within `range` where there is room.
    static func spread(_ positions: [Double], gap: Double, within range: ClosedRange<Double>) -> [Double] {
        let order = positions.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }
        var placed = positions
        var previous = -Double.infinity
        for i in order {
            placed[i] = max(positions[i], previous + gap)
            previous = placed[i]
        }
        // Pushed past the foot: shift the stack back up, keeping the gaps.
        if let lowest = order.last, placed[lowest] > range.upperBound {
            var next = range.upperBound
            for i in order.reversed() {
                placed[i] = min(placed[i], next)
                next = placed[i] - gap
            }
        }
        return placed
    }

    private func n(_ value: Double) -> String { Table.Cell.format(value, places: 1) }
}
