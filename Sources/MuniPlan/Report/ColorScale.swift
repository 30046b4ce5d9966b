/// The report's sequential colour scale: pale grey for the lowest step through green to
/// dark blue (after ColorBrewer YlGnBu), readable by most colour-blind viewers and in
/// grey-scale print. Colours are `#rrggbb`, computed with integer rounding so they are
/// the same everywhere.
public enum ColorScale {
    static let stops: [(Int, Int, Int)] = [
        (0xE3, 0xE7, 0xEB), (0xC7, 0xE9, 0xB4), (0x7F, 0xCD, 0xBB), (0x41, 0xB6, 0xC4),
        (0x1D, 0x91, 0xC0), (0x22, 0x5E, 0xA8), (0x0C, 0x2C, 0x84),
    ]

    /// The stripes of the hatch that marks bodies without a value.
    public static let noData = "#b3bac2"

    /// The colour at `position` from 0 (palest) to 1 (darkest).
    public static func color(at position: Double) -> String {
        let t = min(max(position.isFinite ? position : 0, 0), 1) * Double(stops.count - 1)
        let lower = min(Int(t), stops.count - 2)
        let f = t - Double(lower)
        let a = stops[lower], b = stops[lower + 1]
        func mix(_ x: Int, _ y: Int) -> Int { Int((Double(x) + (Double(y) - Double(x)) * f).rounded()) }
        return "#" + [mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2)].map(hex).joined()
    }

    /// `count` colours spread from palest to darkest (one step is the darkest).
    public static func colors(count: Int) -> [String] {
        guard count > 1 else { return count == 1 ? [color(at: 1)] : [] }
        return (0..<count).map { color(at: Double($0) / Double(count - 1)) }
    }

    /// Text that stays readable on `background` (a colour from this scale).
    public static func textColor(on background: String) -> String {
        let digits = Array(background.dropFirst())
        guard digits.count == 6 else { return "#1f2933" }
        func channel(_ i: Int) -> Double { Double(Int(String(digits[i..<i + 2]), radix: 16) ?? 0) }
        let luminance = 0.299 * channel(0) + 0.587 * channel(2) + 0.114 * channel(4)
        return luminance < 140 ? "#ffffff" : "#1f2933"
    }

    private static func hex(_ n: Int) -> String {
        let s = String(n, radix: 16)
        return s.count == 1 ? "0" + s : s
    }
}
