/// Double → integer conversions that cannot trap. `Int(x)` traps on NaN, ±inf and values
/// beyond the type; these clamp instead (NaN to 0). Use them where the range is already
/// bounded by construction (say why beside the call) — the clamp then never bites, but a
/// mistake in that reasoning gives a wrong number, not a crash.
extension Int {
    public init(saturating x: Double) {
        if x.isNaN { self = 0 } else if x >= 0x1p63 { self = .max } else if x < -0x1p63 { self = .min } else { self = Int(x) }
    }
}

extension Int64 {
    public init(saturating x: Double) {
        if x.isNaN { self = 0 } else if x >= 0x1p63 { self = .max } else if x < -0x1p63 { self = .min } else { self = Int64(x) }
    }
}
