import Foundation

/// Reads one line of a boundaries file: a GeoJSON Feature (or a whole FeatureCollection
/// written on one line) into shapes, with errors located at the line.
struct FeatureParser {
    let line: Int
    let file: String

    func shapes(from bytes: [UInt8]) throws(DataError) -> [Boundaries.Shape] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw fail("not valid JSON (expected one GeoJSON Feature on this line)")
        }
        guard let object = json as? [String: Any] else { throw fail("expected a JSON object (a GeoJSON Feature)") }
        switch object["type"] as? String {
        case "Feature":
            return [try shape(from: object)]
        case "FeatureCollection":
            guard let features = object["features"] as? [Any] else { throw fail("FeatureCollection without a features array") }
            var shapes: [Boundaries.Shape] = []
            for (i, feature) in features.enumerated() {
                guard let f = feature as? [String: Any] else { throw fail("feature \(i + 1) is not an object") }
                shapes.append(try shape(from: f))
            }
            return shapes
        case let other:
            throw fail("expected a GeoJSON Feature, found type \(other.map { "'\($0)'" } ?? "none")")
        }
    }

    private func shape(from feature: [String: Any]) throws(DataError) -> Boundaries.Shape {
        guard let properties = feature["properties"] as? [String: Any] else { throw fail("feature without properties") }
        guard let code = properties["code"] as? String, !code.isEmpty else {
            throw fail("feature without a properties.code string")
        }
        let name = properties["name"] as? String ?? code
        guard let geometry = feature["geometry"] as? [String: Any] else { throw fail("\(code): feature without a geometry") }
        let type = geometry["type"] as? String ?? "none"
        guard let coordinates = geometry["coordinates"] as? [Any] else { throw fail("\(code): geometry without coordinates") }
        let polygons: [[Boundaries.Ring]]
        switch type {
        case "Polygon":
            polygons = [try polygon(coordinates, code: code)]
        case "MultiPolygon":
            var list: [[Boundaries.Ring]] = []
            for item in coordinates {
                guard let rings = item as? [Any] else { throw fail("\(code): MultiPolygon member is not an array of rings") }
                list.append(try polygon(rings, code: code))
            }
            polygons = list
        default:
            throw fail("\(code): geometry type '\(type)' is not a Polygon or MultiPolygon")
        }
        guard !polygons.isEmpty else { throw fail("\(code): geometry has no polygons") }
        return Boundaries.Shape(code: code, name: name, polygons: polygons, line: line)
    }

    private func polygon(_ rings: [Any], code: String) throws(DataError) -> [Boundaries.Ring] {
        guard !rings.isEmpty else { throw fail("\(code): polygon has no rings") }
        var result: [Boundaries.Ring] = []
        for ringValue in rings {
            guard let positions = ringValue as? [Any] else { throw fail("\(code): ring is not an array of positions") }
            var ring: Boundaries.Ring = []
            ring.reserveCapacity(positions.count)
            for position in positions {
                guard let pair = position as? [Any], pair.count >= 2,
                      let lon = number(pair[0]), let lat = number(pair[1]) else {
                    throw fail("\(code): position is not [longitude, latitude]")
                }
                guard lon.isFinite, lat.isFinite, (-180...180).contains(lon), (-90...90).contains(lat) else {
                    throw fail("\(code): position [\(lon), \(lat)] is not a longitude and latitude")
                }
                ring.append(Boundaries.Point(longitude: lon, latitude: lat))
            }
            guard ring.count >= 3 else { throw fail("\(code): ring has \(ring.count) positions, a ring needs at least 3") }
            result.append(ring)
        }
        return result
    }

    /// A JSON number. (On Linux a JSON 0 or 1 also casts to Bool, so Bool is not tested.)
    private func number(_ value: Any) -> Double? {
        if let n = value as? NSNumber { return n.doubleValue }
        return value as? Double
    }

    private func fail(_ message: String) -> DataError {
        DataError(file: file, line: line, message)
    }
}
