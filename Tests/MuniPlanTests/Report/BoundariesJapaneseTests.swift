import Foundation
import Testing
@testable import MuniPlan

/// A broken boundaries.geojson as a Japanese session reads it: what is wrong in Japanese,
/// GeoJSON's own words (Feature, properties.code, Polygon) as the file writes them; the
/// English exactly as before.
@Suite("Boundaries in Japanese")
struct BoundariesJapaneseTests {
    static let square = "[[[140.0,37.0],[140.1,37.0],[140.1,37.1],[140.0,37.0]]]"

    static func feature(geometry: String) -> String {
        "{\"type\":\"Feature\",\"properties\":{\"code\":\"072010\"},\"geometry\":\(geometry)}"
    }

    func issues(_ text: String) -> [DataIssue] {
        do {
            _ = try Boundaries(bytes: Array(text.utf8))
            Issue.record("accepted: \(text)")
            return []
        } catch {
            return error.issues
        }
    }

    @Test("each problem of a line in both languages", arguments: [
        ("not json", "JSONとして正しくありません（1行にGeoJSONのFeatureを1つ書いてください）",
         "not valid JSON (expected one GeoJSON Feature on this line)"),
        ("[1]", "JSONのオブジェクト（GeoJSONのFeature）が必要です", "expected a JSON object (a GeoJSON Feature)"),
        ("{\"type\":\"FeatureCollection\"}", "FeatureCollectionにfeaturesの配列がありません", "FeatureCollection without a features array"),
        ("{\"type\":\"FeatureCollection\",\"features\":[1]}", "1番目のfeatureがオブジェクトではありません", "feature 1 is not an object"),
        ("{\"type\":\"Thing\"}", "GeoJSONのFeatureが必要です（typeは「Thing」）", "expected a GeoJSON Feature, found type 'Thing'"),
        ("{\"a\":1}", "GeoJSONのFeatureが必要です（typeは指定なし）", "expected a GeoJSON Feature, found type none"),
        ("{\"type\":\"Feature\"}", "featureにpropertiesがありません", "feature without properties"),
        ("{\"type\":\"Feature\",\"properties\":{}}", "featureにproperties.codeの文字列がありません", "feature without a properties.code string"),
        ("{\"type\":\"Feature\",\"properties\":{\"code\":\"072010\"}}", "072010：featureにgeometryがありません", "072010: feature without a geometry"),
        (feature(geometry: "{\"type\":\"Polygon\"}"), "072010：geometryにcoordinatesがありません", "072010: geometry without coordinates"),
        (feature(geometry: "{\"coordinates\":\(square)}"), "072010：geometryにtypeがありません（PolygonかMultiPolygonを指定してください）",
         "072010: geometry type 'none' is not a Polygon or MultiPolygon"),
        (feature(geometry: "{\"type\":\"Point\",\"coordinates\":[140,37]}"), "072010：geometryの種類「Point」はPolygonでもMultiPolygonでもありません",
         "072010: geometry type 'Point' is not a Polygon or MultiPolygon"),
        (feature(geometry: "{\"type\":\"MultiPolygon\",\"coordinates\":[]}"), "072010：geometryにポリゴンがありません", "072010: geometry has no polygons"),
        (feature(geometry: "{\"type\":\"MultiPolygon\",\"coordinates\":[1]}"), "072010：MultiPolygonの要素がリングの配列ではありません",
         "072010: MultiPolygon member is not an array of rings"),
        (feature(geometry: "{\"type\":\"Polygon\",\"coordinates\":[]}"), "072010：ポリゴンにリングがありません", "072010: polygon has no rings"),
        (feature(geometry: "{\"type\":\"Polygon\",\"coordinates\":[1]}"), "072010：リングが座標の配列ではありません", "072010: ring is not an array of positions"),
        (feature(geometry: "{\"type\":\"Polygon\",\"coordinates\":[[[140]]]}"), "072010：座標が[経度, 緯度]の形ではありません",
         "072010: position is not [longitude, latitude]"),
        (feature(geometry: "{\"type\":\"Polygon\",\"coordinates\":[[[500,37],[140,37],[140,38]]]}"), "072010：座標[500.0, 37.0]は経度・緯度の範囲外です",
         "072010: position [500.0, 37.0] is not a longitude and latitude"),
        (feature(geometry: "{\"type\":\"Polygon\",\"coordinates\":[[[140,37],[141,38]]]}"), "072010：リングの座標が2個です（リングには3個以上必要です）",
         "072010: ring has 2 positions, a ring needs at least 3"),
        ("", "featureが1つもありません", "no features found"),
    ] as [(String, String, String)])
    func eachProblem(line: String, japanese: String, english: String) throws {
        let found = issues(line)
        #expect(found.count == 1, "\(found)")
        let issue = try #require(found.first)
        #expect(issue.text(in: .japanese) == "boundaries.geojson:1: " + japanese)
        #expect(issue.description == "boundaries.geojson:1: " + english)
    }

    @Test("a code twice: the second line, naming the first, in Japanese")
    func duplicateCode() throws {
        let line = Self.feature(geometry: "{\"type\":\"Polygon\",\"coordinates\":\(Self.square)}")
        let found = issues(line + "\n" + line + "\n")
        #expect(found.map { $0.text(in: .japanese) } == ["boundaries.geojson:2: 団体コード072010が重複しています（最初は1行）"])
        #expect(found.map(\.description) == ["boundaries.geojson:2: duplicate code 072010 (first on line 1)"])
    }
}
