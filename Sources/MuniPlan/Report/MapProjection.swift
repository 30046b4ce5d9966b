import Foundation

/// Longitude/latitude to SVG coordinates: equirectangular, with longitudes shrunk by the
/// cosine of the middle latitude so shapes keep their proportions, fitted and centred in a
/// `width` × `height` box with `padding`. Coordinates are written with a fixed number of
/// decimals, so the same boundaries always give the same path text.
public struct MapProjection: Sendable {
    public let width: Double
    public let height: Double
    public let decimals: Int
    private let bounds: GeoBounds
    private let xFactor: Double
    /// SVG units per degree of latitude (what a scale bar measures with).
    public let scale: Double
    private let offsetX: Double
    private let offsetY: Double

    public init(bounds: GeoBounds, width: Double, height: Double, padding: Double = 8, decimals: Int = 1) {
        self.width = width
        self.height = height
        self.decimals = decimals
        self.bounds = bounds
        let middle = (bounds.minLatitude + bounds.maxLatitude) / 2
        let factor = cos(middle * .pi / 180)
        self.xFactor = factor
        let worldWidth = max((bounds.maxLongitude - bounds.minLongitude) * factor, 1e-9)
        let worldHeight = max(bounds.maxLatitude - bounds.minLatitude, 1e-9)
        let scale = min(max(width - 2 * padding, 1) / worldWidth, max(height - 2 * padding, 1) / worldHeight)
        self.scale = scale
        self.offsetX = (width - worldWidth * scale) / 2
        self.offsetY = (height - worldHeight * scale) / 2
    }

    /// The SVG position of a point (y grows downwards).
    public func project(_ point: Boundaries.Point) -> (x: Double, y: Double) {
        (offsetX + (point.longitude - bounds.minLongitude) * xFactor * scale,
         offsetY + (bounds.maxLatitude - point.latitude) * scale)
    }

    /// Path data for a shape: `M x y L x y … Z` for every ring, consecutive points that
    /// round to the same position written once. Fill it with `fill-rule="evenodd"`.
    public func path(_ shape: Boundaries.Shape) -> String {
        var out = ""
        for points in rings(shape) {
            out += "M" + points[0] + "L" + points.dropFirst().joined(separator: " ") + "Z"
        }
        return out
    }

    /// Each ring of a shape as its written points (`x y`), without the closing repeat;
    /// rings that collapse to fewer than 3 points are left out. Neighbouring shapes that
    /// share an edge in the file share these texts, which is how district outlines are found.
    public func rings(_ shape: Boundaries.Shape) -> [[String]] {
        var result: [[String]] = []
        for ring in shape.polygons.joined() {
            var points: [String] = []
            for point in ring {
                let (x, y) = project(point)
                let text = format(x) + " " + format(y)
                if points.last != text { points.append(text) }
            }
            if points.count > 1, points.first == points.last { points.removeLast() }
            if points.count >= 3 { result.append(points) }
        }
        return result
    }

    func format(_ value: Double) -> String {
        Table.Cell.format(value, places: decimals)
    }
}
