/// The longitude/latitude box of a set of points.
public struct GeoBounds: Sendable, Equatable {
    public let minLongitude: Double
    public let minLatitude: Double
    public let maxLongitude: Double
    public let maxLatitude: Double

    public init(minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.minLatitude = minLatitude
        self.maxLongitude = maxLongitude
        self.maxLatitude = maxLatitude
    }

    public init?<S: Sequence>(points: S) where S.Element == Boundaries.Point {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        var minLon = first.longitude, maxLon = first.longitude
        var minLat = first.latitude, maxLat = first.latitude
        while let p = iterator.next() {
            minLon = min(minLon, p.longitude); maxLon = max(maxLon, p.longitude)
            minLat = min(minLat, p.latitude); maxLat = max(maxLat, p.latitude)
        }
        self.init(minLongitude: minLon, minLatitude: minLat, maxLongitude: maxLon, maxLatitude: maxLat)
    }
}
