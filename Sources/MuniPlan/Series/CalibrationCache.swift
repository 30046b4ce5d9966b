import Synchronization

/// Interval calibrations worked out once for a loaded data set. Each fits a model at every
/// past origin of every body (most of what `simulate` spends on a rate), and depends only on
/// the series and the horizons, never on the plan: the second `simulate` or `forecast` of a
/// session reuses the first's. A `Dataset` holds one, so its copies (the same series) share
/// it and a data set loaded again starts empty; within it a calibration is known by its
/// measure, the series' latest date and the horizons.
public final class CalibrationCache: Sendable {
    struct Key: Hashable {
        let measure: String
        let latest: SeriesDate?
        let months: [Int]
    }

    private let known = Mutex<[Key: IntervalCalibration]>([:])

    public init() {}

    /// `IntervalCalibration(series:months:)` of one of the data set's series, the first time
    /// it is asked for.
    public func calibration(of series: ObservedSeries, months: Set<Int>) -> IntervalCalibration {
        let key = Key(measure: series.measure, latest: series.latestDate, months: months.sorted())
        if let calibration = known.withLock({ $0[key] }) { return calibration }
        let calibration = IntervalCalibration(series: series, months: months)
        known.withLock { $0[key] = calibration }
        return calibration
    }

    /// How many calibrations it holds.
    public var count: Int { known.withLock { $0.count } }
}
