/// The calibration's factors worked out once for each origin and horizon: each is a sort of
/// every past forecast at that horizon, and the bodies of a data set mostly share an origin
/// (their latest observation), so `forecast` and `simulate` ask for the same few.
struct CalibrationFactorMemo {
    let calibration: IntervalCalibration?
    private var known: [SeriesDate: [Int: IntervalCalibration.Factors]] = [:]

    init(_ calibration: IntervalCalibration?) { self.calibration = calibration }

    /// `calibration.factors(months:at:)`, or none without a calibration.
    mutating func factors(_ months: Int, at origin: SeriesDate) -> IntervalCalibration.Factors {
        guard let calibration else { return .none }
        if let factors = known[origin]?[months] { return factors }
        let factors = calibration.factors(months: months, at: origin)
        known[origin, default: [:]][months] = factors
        return factors
    }
}
