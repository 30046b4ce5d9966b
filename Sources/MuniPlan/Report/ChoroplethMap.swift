/// The report's map: one shape per body, filled by the body's value on the layer's colour
/// scale, with the name and status as a hover `<title>`; district outlines drawn heavier
/// than municipal edges; and, on a full-size map, the district names, labels for the
/// layer's `labels` where they fit without overlap, a scale bar and a north arrow. The
/// shapes are references to `MapGeometry.definitions()`, which the page holds once.
/// Also its legend (HTML) and a note naming bodies that have a value but no shape.
public struct ChoroplethMap: Sendable {
    public let geometry: MapGeometry
    public let layer: ReportInput.MapLayer
    public let language: Language
    /// District names, body labels, scale, north arrow and hover text; off for the small maps.
    public let decorated: Bool
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

    public init(geometry: MapGeometry, bodies: [Body], layer: ReportInput.MapLayer,
                language: Language = .english, decorated: Bool = true) {
        self.geometry = geometry
        self.layer = layer
        self.language = language
        self.decorated = decorated
        var byCode: [String: Body] = [:]
        for body in bodies where byCode[body.code] == nil { byCode[body.code] = body }
        self.bodiesByCode = byCode
        self.bodyOrder = bodies
        self.legendColors = ColorScale.colors(count: layer.legend.count)
    }

    public init(boundaries: Boundaries, bodies: [Body], layer: ReportInput.MapLayer, language: Language = .english) {
        self.init(geometry: MapGeometry(boundaries: boundaries, bodies: bodies), bodies: bodies, layer: layer, language: language)
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
        let w = n(geometry.width, 0), h = n(geometry.height, 0)
        var out = "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" "
        out += "role=\"img\" aria-label=\"\(HTMLText.escape(layer.caption))\">\n"
        out += "<g class=\"municipalities\" fill-rule=\"evenodd\">\n"
        for (i, shape) in geometry.shapes.enumerated() {
            let value = layer.values[shape.code]
            out += "<use href=\"#\(MapGeometry.shapeID(i))\" class=\"muni\" data-code=\"\(HTMLText.escape(shape.code))\""
            out += " data-value=\"\(value.map(String.init) ?? "")\" fill=\"\(fill(for: value))\""
            // Hover text on the full-size map only: on ten small maps it would double the page.
            out += decorated ? "><title>\(HTMLText.escape(hoverText(code: shape.code, fallbackName: shape.name)))</title></use>\n" : "/>\n"
        }
        out += "</g>\n<g class=\"districts\" aria-hidden=\"true\">"
        for i in geometry.districts.indices { out += "<use href=\"#\(MapGeometry.districtID(i))\" class=\"district\"/>" }
        out += "</g>\n"
        if decorated { out += MapDecorations(geometry: geometry, language: language).svg(labelling: labelled()) }
        out += "</svg>\n"
        return out
    }

    /// The layer's labels with their names, in the layer's order, for shapes on the map.
    func labelled() -> [(name: String, anchor: MapGeometry.Point)] {
        layer.labels.compactMap { code in
            geometry.shape(code: code).map { (name: bodiesByCode[code]?.name ?? $0.name, anchor: $0.anchor) }
        }
    }

    /// The legend as an HTML list, with counts of shapes per step unless `counts` is false
    /// (a legend shared by several maps).
    public func legend(counts: Bool = true) -> String {
        var tally: [Int: Int] = [:]
        var noData = 0
        for shape in geometry.shapes {
            if let value = layer.values[shape.code] { tally[value, default: 0] += 1 } else { noData += 1 }
        }
        var out = "<ul class=\"legend\">\n"
        func item(_ color: String, _ label: String, _ count: Int, defs: String = "") {
            out += "<li><svg class=\"swatch\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">\(defs)<rect width=\"14\" height=\"14\" rx=\"2\" fill=\"\(color)\"/></svg>"
            out += "<span class=\"label\">\(HTMLText.escape(label))</span>"
            if counts { out += "<span class=\"count\">\(HTMLText.escape(Plural.bodies(count, language: language)))</span>" }
            out += "</li>\n"
        }
        for (i, entry) in layer.legend.enumerated() {
            item(legendColors[i], entry.label, tally[entry.value] ?? 0)
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
        let drawn = Set(geometry.shapes.map(\.code))
        return bodyOrder.filter { layer.values[$0.code] != nil && !drawn.contains($0.code) }
            .map { "\($0.name): \(status(for: $0.code))" }
    }

    private func n(_ value: Double, _ places: Int) -> String { Table.Cell.format(value, places: places) }
}
