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
            throw fail(M.notJson)
        }
        guard let object = json as? [String: Any] else { throw fail(M.notObject) }
        switch object["type"] as? String {
        case "Feature":
            return [try shape(from: object)]
        case "FeatureCollection":
            guard let features = object["features"] as? [Any] else { throw fail(M.noFeaturesArray) }
            var shapes: [Boundaries.Shape] = []
            for (i, feature) in features.enumerated() {
                guard let f = feature as? [String: Any] else { throw fail(M.featureNotObject(number: i + 1)) }
                shapes.append(try shape(from: f))
            }
            return shapes
        case let other:
            throw fail(M.notFeature(type: other.map { M.typeNamed(type: $0) } ?? M.typeNone))
        }
    }

    private func shape(from feature: [String: Any]) throws(DataError) -> Boundaries.Shape {
        guard let properties = feature["properties"] as? [String: Any] else { throw fail(M.noProperties) }
        guard let code = properties["code"] as? String, !code.isEmpty else {
            throw fail(M.noCode)
        }
        let name = properties["name"] as? String ?? code
        guard let geometry = feature["geometry"] as? [String: Any] else { throw fail(M.noGeometry(code: code)) }
        let type = geometry["type"] as? String
        guard let coordinates = geometry["coordinates"] as? [Any] else { throw fail(M.noCoordinates(code: code)) }
        let polygons: [[Boundaries.Ring]]
        switch type {
        case "Polygon":
            polygons = [try polygon(coordinates, code: code)]
        case "MultiPolygon":
            var list: [[Boundaries.Ring]] = []
            for item in coordinates {
                guard let rings = item as? [Any] else { throw fail(M.memberNotRings(code: code)) }
                list.append(try polygon(rings, code: code))
            }
            polygons = list
        default:
            throw fail(type.map { M.geometryType(code: code, type: $0) } ?? M.geometryNoType(code: code))
        }
        guard !polygons.isEmpty else { throw fail(M.noPolygons(code: code)) }
        return Boundaries.Shape(code: code, name: name, polygons: polygons, line: line)
    }

    private func polygon(_ rings: [Any], code: String) throws(DataError) -> [Boundaries.Ring] {
        guard !rings.isEmpty else { throw fail(M.noRings(code: code)) }
        var result: [Boundaries.Ring] = []
        for ringValue in rings {
            guard let positions = ringValue as? [Any] else { throw fail(M.ringNotPositions(code: code)) }
            var ring: Boundaries.Ring = []
            ring.reserveCapacity(positions.count)
            for position in positions {
                guard let pair = position as? [Any], pair.count >= 2,
                      let lon = number(pair[0]), let lat = number(pair[1]) else {
                    throw fail(M.positionShape(code: code))
                }
                guard lon.isFinite, lat.isFinite, (-180...180).contains(lon), (-90...90).contains(lat) else {
                    throw fail(M.positionRange(code: code, longitude: "\(lon)", latitude: "\(lat)"))
                }
                ring.append(Boundaries.Point(longitude: lon, latitude: lat))
            }
            guard ring.count >= 3 else { throw fail(M.shortRing(code: code, count: ring.count)) }
            result.append(ring)
        }
        return result
    }

    /// A JSON number. (On Linux a JSON 0 or 1 also casts to Bool, so Bool is not tested.)
    private func number(_ value: Any) -> Double? {
        if let n = value as? NSNumber { return n.doubleValue }
        return value as? Double
    }

    private typealias M = Message.Boundaries

    private func fail(_ what: Message) -> DataError {
        DataError(file: file, line: line, what)
    }
}
