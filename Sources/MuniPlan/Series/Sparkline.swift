/// A series drawn in eight block heights (▁▂▃▄▅▆▇█), sampled evenly in time so that a
/// faster climb looks steeper even where snapshots were sparse.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    public static let width = 24

    /// The rates of `observations` from first to last date in `width` marks, from the
    /// lowest (▁) to the highest (█) of the series.
    public static func draw(_ observations: [Observation], width: Int = width) -> String {
        guard let first = observations.first, let last = observations.last, width > 0 else { return "" }
        let span = Double(last.date.dayNumber - first.date.dayNumber)
        var samples: [Double] = []
        var j = 0
        for i in 0..<width {
            let day = Double(first.date.dayNumber) + (width == 1 ? span : span * Double(i) / Double(width - 1))
            while j + 1 < observations.count, Double(observations[j + 1].date.dayNumber) <= day { j += 1 }
            let a = observations[j]
            guard j + 1 < observations.count else { samples.append(a.rate); continue }
            let b = observations[j + 1]
            let w = (day - Double(a.date.dayNumber)) / Double(b.date.dayNumber - a.date.dayNumber)
            samples.append(a.rate * (1 - w) + b.rate * w)
        }
        let low = samples.min() ?? 0, high = samples.max() ?? 0
        return String(samples.map { value in
            guard high > low else { return blocks[0] }
            return blocks[min(blocks.count - 1, Int((value - low) / (high - low) * Double(blocks.count - 1) + 0.5))]
        })
    }
}
