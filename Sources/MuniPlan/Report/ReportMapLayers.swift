extension ReportInput.MapLayer {
    /// Number of measures covered, 0…`maximum`, with labels like `3事業`.
    public static func measureCount(caption: String, values: [String: Int], maximum: Int,
                                    unit: String = "事業") -> Self {
        let top = max(maximum, values.values.max() ?? 0, 1)
        return Self(caption: caption, values: values,
                    legend: (0...top).map { ReportInput.LegendEntry(value: $0, label: "\($0)\(unit)") })
    }

    /// Covered (1) or not (0) by one measure, for every code in `codes`; `details` can
    /// say since when, e.g. `["072010": "FY2022から"]`.
    public static func coverage(caption: String, codes: [String], covered: Set<String>,
                                coveredLabel: String = "対象", notCoveredLabel: String = "対象外",
                                details: [String: String] = [:]) -> Self {
        var values: [String: Int] = [:]
        for code in codes { values[code] = covered.contains(code) ? 1 : 0 }
        return Self(caption: caption, values: values,
                    legend: [.init(value: 0, label: notCoveredLabel), .init(value: 1, label: coveredLabel)],
                    details: details)
    }
}
