/// The map's shapes projected once for a whole page: a path per municipality and an
/// outline per district, defined in one hidden SVG and drawn by reference (`<use>`) in
/// every map on the page, so ten small maps cost little more than one.
public struct MapGeometry: Sendable {
    public struct Shape: Sendable {
        public let code: String
        public let name: String
        public let path: String
        /// Where a label of the body goes: the centre of its largest polygon.
        public let anchor: Point
    }

    /// A district's outer edge: the edges of its municipalities that no other of them shares.
    public struct District: Sendable {
        public let name: String
        public let path: String
        /// The area-weighted centre of its municipalities, where its name is written.
        public let anchor: Point
    }

    public struct Point: Sendable, Equatable {
        public let x: Double
        public let y: Double
    }

    public let width: Double
    public let height: Double
    public let shapes: [Shape]
    public let districts: [District]
    /// SVG units per kilometre, for the scale bar.
    public let unitsPerKilometre: Double

    public init(boundaries: Boundaries, bodies: [Body], width: Double = 600, height: Double = 480) {
        self.width = width
        self.height = height
        guard let bounds = boundaries.bounds else {
            (shapes, districts, unitsPerKilometre) = ([], [], 0)
            return
        }
        let projection = MapProjection(bounds: bounds, width: width, height: height)
        // A degree of latitude is 111.32 km; the projection keeps latitude unscaled.
        unitsPerKilometre = projection.scale / 111.32
        var districtOf: [String: String] = [:]
        for body in bodies { if let district = body.district { districtOf[body.code] = district } }
        var shapes: [Shape] = []
        var ringsByDistrict: [String: [[String]]] = [:]
        var areaByDistrict: [String: (area: Double, x: Double, y: Double)] = [:]
        var districtOrder: [String] = []
        for shape in boundaries.shapes {
            let rings = projection.rings(shape)
            let path = rings.map { "M" + $0[0] + "L" + $0.dropFirst().joined(separator: " ") + "Z" }.joined()
            let centres = rings.map(Self.centroid)
            let largest = centres.max { abs($0.area) < abs($1.area) }
            shapes.append(Shape(code: shape.code, name: shape.name, path: path,
                                anchor: largest.map { Point(x: $0.x, y: $0.y) } ?? Point(x: width / 2, y: height / 2)))
            guard let district = districtOf[shape.code] else { continue }
            if ringsByDistrict[district] == nil { districtOrder.append(district) }
            ringsByDistrict[district, default: []] += rings
            var sum = areaByDistrict[district] ?? (0, 0, 0)
            // Weighted by size whatever the ring's direction (the file's orientation is not relied on).
            for c in centres { let a = abs(c.area); sum = (sum.area + a, sum.x + c.x * a, sum.y + c.y * a) }
            areaByDistrict[district] = sum
        }
        self.shapes = shapes
        self.districts = districtOrder.map { name in
            let sum = areaByDistrict[name] ?? (0, 0, 0)
            let anchor = sum.area != 0 ? Point(x: sum.x / sum.area, y: sum.y / sum.area) : Point(x: width / 2, y: height / 2)
            return District(name: name, path: Self.outline(ringsByDistrict[name] ?? []), anchor: anchor)
        }
    }

    /// Index of the shape drawn for `code`.
    public func shape(code: String) -> Shape? { shapes.first { $0.code == code } }

    static func shapeID(_ index: Int) -> String { "muni-\(index)" }
    static func districtID(_ index: Int) -> String { "district-\(index)" }

    /// The hidden SVG holding every path once; maps refer to them by id.
    public func definitions() -> String {
        var out = "<svg class=\"geometry\" xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" aria-hidden=\"true\">\n<defs>\n"
        out += ChoroplethMap.hatch(id: ChoroplethMap.noDataPattern, size: 6) + "\n"
        for (i, shape) in shapes.enumerated() {
            out += "<path id=\"\(Self.shapeID(i))\" d=\"\(shape.path)\"/>\n"
        }
        for (i, district) in districts.enumerated() {
            out += "<path id=\"\(Self.districtID(i))\" d=\"\(district.path)\"/>\n"
        }
        out += "</defs>\n</svg>\n"
        return out
    }

    /// The edges that appear once among `rings`, chained in ring order: an edge two
    /// municipalities of the district share is inside it and appears twice.
    static func outline(_ rings: [[String]]) -> String {
        func key(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }
        var count: [String: Int] = [:]
        for ring in rings {
            for i in ring.indices { count[key(ring[i], ring[(i + 1) % ring.count]), default: 0] += 1 }
        }
        var out = "", end: String?
        for ring in rings {
            for i in ring.indices {
                let a = ring[i], b = ring[(i + 1) % ring.count]
                guard count[key(a, b)] == 1 else { end = nil; continue }
                out += end == a ? " " + b : "M" + a + "L" + b
                end = b
            }
            end = nil
        }
        return out
    }

    /// Signed area and centre of a ring of `x y` texts (shoelace formula).
    static func centroid(_ ring: [String]) -> (area: Double, x: Double, y: Double) {
        let points = ring.map { text -> (Double, Double) in
            let parts = text.split(separator: " ")
            return (Double(parts.first ?? "") ?? 0, Double(parts.last ?? "") ?? 0)
        }
        var area = 0.0, cx = 0.0, cy = 0.0
        for i in points.indices {
            let (x0, y0) = points[i], (x1, y1) = points[(i + 1) % points.count]
            let cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        }
        guard area != 0 else {
            let n = Double(max(points.count, 1))
            return (0, points.reduce(0) { $0 + $1.0 } / n, points.reduce(0) { $0 + $1.1 } / n)
        }
        return (area / 2, cx / (3 * area), cy / (3 * area))
    }
}
