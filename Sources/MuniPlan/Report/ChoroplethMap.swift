/// The report's map: one SVG `<path>` per boundary shape, filled by the body's value on
/// the layer's colour scale, with the name and status as a hover `<title>`; plus its
/// legend (HTML, no paths) and a note naming bodies that have a value but no shape.
public struct ChoroplethMap: Sendable {
    public let boundaries: Boundaries
    public let layer: ReportInput.MapLayer
    public let width: Double
    public let height: Double
    private let bodiesByCode: [String: Body]
    private let bodyOrder: [Body]
    private let legendColors: [String]

    /// The id of the hatch that marks bodies without a value (distinct from any value's colour).
    public static let noDataPattern = "muniplan-nodata"

    static func hatch(id: String, size: Int) -> String {
        "<pattern id=\"\(id)\" width=\"\(size)\" height=\"\(size)\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"\(size)\" height=\"\(size)\" fill=\"#f5f7fa\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(size)\" stroke=\"\(ColorScale.noData)\" stroke-width=\"\(size / 2)\"/></pattern>"
    }

    public init(boundaries: Boundaries, bodies: [Body], layer: ReportInput.MapLayer,
                width: Double = 600, height: Double = 480) {
        self.boundaries = boundaries
        self.layer = layer
        self.width = width
        self.height = height
        var byCode: [String: Body] = [:]
        for body in bodies where byCode[body.code] == nil { byCode[body.code] = body }
        self.bodiesByCode = byCode
        self.bodyOrder = bodies
        self.legendColors = ColorScale.colors(count: layer.legend.count)
    }

    /// The fill of a value: its legend entry's colour, or a colour placed between the
    /// legend's lowest and highest values when it has no entry of its own.
    public func fill(for value: Int?) -> String {
        guard let value else { return "url(#\(Self.noDataPattern))" }
        if let i = layer.legend.firstIndex(where: { $0.value == value }) { return legendColors[i] }
        let values = layer.legend.isEmpty ? Array(layer.values.values) : layer.legend.map(\.value)
        guard let low = values.min(), let high = values.max(), high > low else { return ColorScale.color(at: 1) }
        return ColorScale.color(at: Double(value - low) / Double(high - low))
    }

    /// The status a body shows on hover: its legend label (or the bare value).
    public func status(for code: String) -> String {
        guard let value = layer.values[code] else { return layer.noDataLabel }
        return layer.legend.first { $0.value == value }?.label ?? String(value)
    }

    /// `福島市（県北）: 3事業` plus any detail line.
    public func hoverText(code: String, fallbackName: String) -> String {
        let body = bodiesByCode[code]
        var text = body?.name ?? fallbackName
        if let district = body?.district, !district.isEmpty { text += "（\(district)）" }
        text += ": " + status(for: code)
        if let detail = layer.details[code], !detail.isEmpty { text += "\n" + detail }
        return text
    }

    public func svg() -> String {
        let w = Table.Cell.format(width, places: 0), h = Table.Cell.format(height, places: 0)
        var out = "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" "
        out += "role=\"img\" aria-label=\"\(HTMLText.escape(layer.caption))\">\n"
        out += "<defs>\(Self.hatch(id: Self.noDataPattern, size: 6))</defs>\n"
        out += "<g class=\"municipalities\" fill-rule=\"evenodd\">\n"
        if let bounds = boundaries.bounds {
            let projection = MapProjection(bounds: bounds, width: width, height: height)
            for shape in boundaries.shapes {
                let value = layer.values[shape.code]
                let valueAttribute = value.map { " data-value=\"\($0)\"" } ?? " data-value=\"\""
                out += "<path class=\"muni\" data-code=\"\(HTMLText.escape(shape.code))\"\(valueAttribute)"
                out += " fill=\"\(fill(for: value))\" d=\"\(projection.path(shape))\">"
                out += "<title>\(HTMLText.escape(hoverText(code: shape.code, fallbackName: shape.name)))</title></path>\n"
            }
        }
        out += "</g>\n</svg>\n"
        return out
    }

    /// The legend as an HTML list with counts of shapes per step.
    public func legend() -> String {
        var counts: [Int: Int] = [:]
        var noData = 0
        for shape in boundaries.shapes {
            if let value = layer.values[shape.code] { counts[value, default: 0] += 1 } else { noData += 1 }
        }
        var out = "<ul class=\"legend\">\n"
        func item(_ color: String, _ label: String, _ count: Int, defs: String = "") {
            out += "<li><svg class=\"swatch\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">\(defs)<rect width=\"14\" height=\"14\" rx=\"2\" fill=\"\(color)\"/></svg>"
            out += "<span class=\"label\">\(HTMLText.escape(label))</span><span class=\"count\">\(count)</span></li>\n"
        }
        for (i, entry) in layer.legend.enumerated() {
            item(legendColors[i], entry.label, counts[entry.value] ?? 0)
        }
        if noData > 0 {
            let id = Self.noDataPattern + "-swatch"
            item("url(#\(id))", layer.noDataLabel, noData, defs: "<defs>\(Self.hatch(id: id, size: 4))</defs>")
        }
        out += "</ul>\n"
        return out
    }

    /// Bodies with a value but no shape (e.g. an association), in body order, as
    /// `name: status`; empty when every valued body is on the map.
    public func offMapBodies() -> [String] {
        bodyOrder.filter { layer.values[$0.code] != nil && boundaries.shape(code: $0.code) == nil }
            .map { "\($0.name): \(status(for: $0.code))" }
    }
}
