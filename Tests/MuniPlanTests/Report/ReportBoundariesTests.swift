import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Loading boundaries.geojson and projecting it to SVG.
@Suite("Report boundaries")
struct ReportBoundariesTests {
    private func bundledText() throws -> String {
        let path = bundledDataDirectory.appendingPathComponent(Boundaries.fileName).path
        return String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    }

    /// The bundled file with line `number` (1-based) replaced.
    private func replacingLine(_ number: Int, in text: String, with transform: (String) -> String) -> [UInt8] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[number - 1] = transform(lines[number - 1])
        return Array(lines.joined(separator: "\n").utf8)
    }

    private func issues(_ bytes: [UInt8]) -> [DataIssue] {
        do {
            _ = try Boundaries(bytes: bytes)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func loadsTheBundledFile() throws {
        let boundaries = try reportBundledBoundaries()
        #expect(boundaries.shapes.count == 59)
        #expect(boundaries.codes == boundaries.codes.sorted())
        #expect(boundaries.codes.allSatisfy(BodyCode.isValid))
        #expect(boundaries.shape(code: "072010")?.name == "福島市")
        #expect(boundaries.shapes.filter { $0.polygons.count > 1 }.count == 5, "five MultiPolygons")
        let bounds = try #require(boundaries.bounds)
        #expect(abs(bounds.minLongitude - 139.16484) < 1e-9)
        #expect(abs(bounds.maxLatitude - 37.97659) < 1e-9)
    }

    @Test func aBadCoordinateIsLocated() throws {
        let bytes = replacingLine(5, in: try bundledText()) { $0.replacingOccurrences(of: "[[[", with: "[[[\"x\",") }
        let found = issues(bytes)
        #expect(found.count == 1)
        #expect(found.first?.description.hasPrefix("boundaries.geojson:5: ") == true, "\(found)")
        #expect(found.first?.message.contains("longitude") == true)
    }

    @Test func brokenJSONIsLocated() throws {
        let bytes = replacingLine(12, in: try bundledText()) { String($0.dropLast(20)) }
        let found = issues(bytes)
        #expect(found.map(\.line) == [12], "\(found)")
        #expect(found.first?.description.hasPrefix("boundaries.geojson:12: not valid JSON") == true)
    }

    @Test func everyBadLineIsReported() throws {
        var bytes = replacingLine(3, in: try bundledText()) { $0.replacingOccurrences(of: "\"Polygon\"", with: "\"Point\"") }
        bytes = replacingLine(7, in: String(decoding: bytes, as: UTF8.self)) {
            $0.replacingOccurrences(of: "\"code\":", with: "\"kode\":")
        }
        let found = issues(bytes)
        #expect(found.map(\.line) == [3, 7], "\(found)")
        #expect(found.first?.message.contains("'Point' is not a Polygon or MultiPolygon") == true)
        #expect(found.last?.message.contains("properties.code") == true)
    }

    @Test func duplicateCodesAreRefused() throws {
        let lines = try bundledText().split(separator: "\n").map(String.init)
        let text = ([lines[0], lines[1], lines[1]] + lines.dropFirst(2)).joined(separator: "\n")
        let found = issues(Array(text.utf8))
        #expect(found.map(\.description) == ["boundaries.geojson:3: duplicate code 072010 (first on line 2)"])
    }

    @Test func aMissingFileSaysSo() {
        #expect(throws: DataError.self) { try Boundaries.load(directory: "/nonexistent-muniplan") }
    }

    @Test func acceptsACollectionOnOneLine() throws {
        let text = """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"000001","name":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}
        """
        let boundaries = try Boundaries(bytes: Array(text.utf8))
        #expect(boundaries.codes == ["000001"])
    }

    @Test func projectionFitsTheBoxAndIsDeterministic() throws {
        let boundaries = try reportBundledBoundaries()
        let bounds = try #require(boundaries.bounds)
        let projection = MapProjection(bounds: bounds, width: 600, height: 480, padding: 8)
        for shape in boundaries.shapes {
            for point in shape.polygons.joined().joined() {
                let (x, y) = projection.project(point)
                #expect(x >= 7.99 && x <= 592.01 && y >= 7.99 && y <= 472.01)
            }
        }
        let fukushima = try #require(boundaries.shape(code: "072010"))
        let path = projection.path(fukushima)
        #expect(path.hasPrefix("M"))
        #expect(path.hasSuffix("Z"))
        #expect(path == MapProjection(bounds: bounds, width: 600, height: 480, padding: 8).path(fukushima))
        // One decimal everywhere.
        let numbers = path.split { "MLZ ".contains($0) }
        #expect(numbers.allSatisfy { $0.split(separator: ".").last?.count == 1 })
    }

    @Test func windingDoesNotMatter() throws {
        let square: Boundaries.Ring = [.init(longitude: 0, latitude: 0), .init(longitude: 1, latitude: 0),
                                       .init(longitude: 1, latitude: 1), .init(longitude: 0, latitude: 1),
                                       .init(longitude: 0, latitude: 0)]
        let bounds = try #require(GeoBounds(points: square))
        let projection = MapProjection(bounds: bounds, width: 100, height: 100, padding: 0)
        let forward = projection.path(.init(code: "a", name: "a", polygons: [[square]], line: 1))
        let backward = projection.path(.init(code: "a", name: "a", polygons: [[square.reversed()]], line: 1))
        func points(_ p: String) -> Set<Substring> {
            Set(p.dropFirst().dropLast().split(separator: "L").flatMap { $0.split(separator: " ") }.chunked())
        }
        #expect(forward.count == backward.count)
        #expect(points(forward) == points(backward))
    }
}

private extension Array where Element == Substring {
    /// Pairs `x y` joined back into one token, so points compare as a set.
    func chunked() -> [Substring] {
        stride(from: 0, to: count - 1, by: 2).map { Substring(self[$0] + " " + self[$0 + 1]) }
    }
}
