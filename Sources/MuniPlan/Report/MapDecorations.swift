/// What a full-size map carries besides its shapes: the district names (white-haloed, at
/// each district's centre), labels for chosen bodies placed only where they overlap
/// nothing already written, a scale bar and a north arrow. Sizes are in the map's SVG
/// units (600 wide), about screen pixels at 1,280 px.
struct MapDecorations {
    let geometry: MapGeometry
    let language: Language

    static let districtFont = 13.0
    static let bodyFont = 9.5

    /// A box a label covers, to keep labels apart.
    struct Box {
        let minX, minY, maxX, maxY: Double
        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    /// The box of `text` centred on `point`: a half-width character is about half the font
    /// size wide, a full-width one the font size.
    static func box(_ text: String, at point: MapGeometry.Point, font: Double) -> Box {
        let width = Double(DisplayWidth.of(text)) * font * 0.55 + 4
        return Box(minX: point.x - width / 2, minY: point.y - font * 0.8, maxX: point.x + width / 2, maxY: point.y + font * 0.35)
    }

    func svg(labelling bodies: [(name: String, anchor: MapGeometry.Point)]) -> String {
        var taken = [scaleBarBox, northArrowBox]
        var out = "<g class=\"district-labels\">"
        for district in geometry.districts {
            taken.append(Self.box(district.name, at: district.anchor, font: Self.districtFont))
            out += "<text class=\"district-label\" x=\"\(n(district.anchor.x))\" y=\"\(n(district.anchor.y))\">\(HTMLText.escape(district.name))</text>"
        }
        out += "</g>\n"
        let frame = Box(minX: 0, minY: 0, maxX: geometry.width, maxY: geometry.height)
        var labels = ""
        for body in bodies {
            // The label sits just under the body's centre, so the centre stays visible.
            let at = MapGeometry.Point(x: body.anchor.x, y: body.anchor.y + Self.bodyFont * 0.4)
            let box = Self.box(body.name, at: at, font: Self.bodyFont)
            guard box.minX >= frame.minX, box.maxX <= frame.maxX, box.minY >= frame.minY, box.maxY <= frame.maxY,
                  !taken.contains(where: { $0.overlaps(box) }) else { continue }
            taken.append(box)
            labels += "<text class=\"body-label\" x=\"\(n(at.x))\" y=\"\(n(at.y))\">\(HTMLText.escape(body.name))</text>"
        }
        if !labels.isEmpty { out += "<g class=\"body-labels\">\(labels)</g>\n" }
        out += scaleBar() + northArrow()
        return out
    }

    /// The longest round distance whose bar is at most 120 units.
    var scaleKilometres: Int {
        let perKm = geometry.unitsPerKilometre
        return [200, 100, 50, 40, 30, 20, 10, 5, 2, 1].first { Double($0) * perKm <= 120 } ?? 1
    }

    var scaleBarBox: Box {
        Box(minX: 8, minY: geometry.height - 34, maxX: 16 + 120, maxY: geometry.height - 4)
    }

    func scaleBar() -> String {
        let km = scaleKilometres
        let length = Double(km) * geometry.unitsPerKilometre
        let x = 12.0, y = geometry.height - 12
        var out = "<g class=\"scale-bar\" data-km=\"\(km)\">"
        out += "<path d=\"M\(n(x)) \(n(y - 5))V\(n(y))H\(n(x + length))V\(n(y - 5))\"/>"
        out += "<text x=\"\(n(x))\" y=\"\(n(y - 9))\">\(km) km</text></g>\n"
        return out
    }

    var northArrowBox: Box {
        Box(minX: geometry.width - 40, minY: 0, maxX: geometry.width, maxY: 50)
    }

    func northArrow() -> String {
        let x = geometry.width - 22, top = 10.0
        var out = "<g class=\"north-arrow\">"
        out += "<path d=\"M\(n(x)) \(n(top))L\(n(x + 8)) \(n(top + 22))L\(n(x)) \(n(top + 17))L\(n(x - 8)) \(n(top + 22))Z\"/>"
        out += "<text x=\"\(n(x))\" y=\"\(n(top + 36))\">\(HTMLText.escape(Message.Report.north.text(in: language)))</text></g>\n"
        return out
    }

    private func n(_ value: Double) -> String { Table.Cell.format(value, places: 1) }
}
