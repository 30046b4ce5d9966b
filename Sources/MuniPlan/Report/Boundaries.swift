import Foundation

/// Municipal boundary polygons from `boundaries.geojson`, by body code. Loaded only when a
/// map is drawn. The file is a GeoJSON FeatureCollection written one Feature a line
/// (`properties.code`, `properties.name`; Polygon or MultiPolygon geometry in
/// longitude/latitude); problems are reported as `boundaries.geojson:LINE: what`.
/// Ring orientation is not relied on (maps fill with the even-odd rule).
public struct Boundaries: Sendable {
    public static let fileName = "boundaries.geojson"

    public struct Point: Sendable, Hashable {
        public let longitude: Double
        public let latitude: Double

        public init(longitude: Double, latitude: Double) {
            self.longitude = longitude
            self.latitude = latitude
        }
    }

    /// A closed ring of positions (the closing repeat of the first point may be present).
    public typealias Ring = [Point]

    /// One body's area: polygons, each an outer ring followed by its holes.
    public struct Shape: Sendable {
        public let code: String
        public let name: String
        public let polygons: [[Ring]]
        /// Where it was read, for messages.
        public let line: Int

        public init(code: String, name: String, polygons: [[Ring]], line: Int) {
            self.code = code
            self.name = name
            self.polygons = polygons
            self.line = line
        }
    }

    /// The file name used in messages.
    public let file: String
    /// Shapes in the order of the file (code order for generated data).
    public let shapes: [Shape]
    private let index: [String: Int]

    public init(shapes: [Shape], file: String = Boundaries.fileName) {
        self.file = file
        self.shapes = shapes
        var index: [String: Int] = [:]
        for (i, shape) in shapes.enumerated() where index[shape.code] == nil { index[shape.code] = i }
        self.index = index
    }

    public func shape(code: String) -> Shape? { index[code].map { shapes[$0] } }

    public var codes: [String] { shapes.map(\.code) }

    /// The smallest box holding every point, or nil when there are none.
    public var bounds: GeoBounds? {
        GeoBounds(points: shapes.lazy.flatMap { $0.polygons.joined().joined() })
    }

    /// Loads `DIRECTORY/boundaries.geojson`.
    public static func load(directory: String) throws(DataError) -> Boundaries {
        try Boundaries(contentsOf: directory + "/" + fileName)
    }

    public init(contentsOf path: String) throws(DataError) {
        let file = (path as NSString).lastPathComponent
        try self.init(bytes: try TextFile.bytes(atPath: path, shownAs: file), file: file)
    }

    /// Parses the text of a boundaries file; every problem is collected, each with its line.
    public init(bytes: [UInt8], file: String = Boundaries.fileName) throws(DataError) {
        var issues: [DataIssue] = []
        var shapes: [Shape] = []
        var firstLine: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine[...]
            while let last = line.last, last == 0x0D || last == 0x20 || last == 0x09 { line = line.dropLast() }
            while let first = line.first, first == 0x20 || first == 0x09 || first == 0xEF || first == 0xBB || first == 0xBF {
                line = line.dropFirst()
            }
            if line.last == UInt8(ascii: ",") { line = line.dropLast() }
            if line.isEmpty || Self.isCollectionFrame(line) { continue }
            let parser = FeatureParser(line: lineNumber, file: file)
            do throws(DataError) {
                for shape in try parser.shapes(from: Array(line)) {
                    if let first = firstLine[shape.code] {
                        issues.append(DataIssue(file: file, line: lineNumber, Message.Data.duplicateCode(code: shape.code, first: first)))
                        continue
                    }
                    firstLine[shape.code] = lineNumber
                    shapes.append(shape)
                }
            } catch {
                issues.append(contentsOf: error.issues)
            }
        }
        if issues.isEmpty, shapes.isEmpty {
            issues.append(DataIssue(file: file, line: max(lineNumber, 1), Message.Boundaries.noFeatures))
        }
        guard issues.isEmpty else { throw DataError(issues) }
        self.init(shapes: shapes, file: file)
    }

    /// The opening `{"type":"FeatureCollection","features":[` and closing `]}` lines.
    private static func isCollectionFrame(_ line: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: line, as: UTF8.self).filter { !$0.isWhitespace }
        if text == "]}" || text == "]" || text == "}" { return true }
        return text.hasSuffix("[") && text.contains("\"FeatureCollection\"")
    }
}
