/// The simulation's random numbers: xoshiro256** (Blackman and Vigna, 2018), seeded
/// through SplitMix64. Written here rather than taken from the system so that a seed gives
/// the same stream on every platform and Swift version.
///
/// Every chunk of runs has its own generator, seeded from (seed, chunk index) alone: which
/// thread runs a chunk, and when, cannot change its numbers. Tests use it as their seeded
/// `RandomNumberGenerator` too.
public struct RandomSource: Sendable, RandomNumberGenerator {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator whose whole state comes from SplitMix64 started at `seed`.
    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        // SplitMix64 never gives four zeros in a row, but the all-zero state would be fatal.
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }
    }

    /// A generator with this exact state (for known-answer tests); not all zero.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The generator of chunk `chunk` of a run seeded with `seed`, for one stream (one a
    /// measure, keyed by its id: a measure's numbers do not depend on which others run).
    public init(seed: UInt64, chunk: Int, stream: String = "") {
        let a = SplitMix64.mix(seed)
        let b = SplitMix64.mix(a ^ SplitMix64.mix(UInt64(truncatingIfNeeded: chunk) &+ 0x632B_E59B_D9B4_E019))
        let c = SplitMix64.mix(b ^ SplitMix64.mix(Self.key(stream) &+ 0x9E37_79B9_7F4A_7C15))
        self.init(seed: c)
    }

    /// FNV-1a of the UTF-8 bytes: a stream's key, the same on every platform.
    static func key(_ stream: String) -> UInt64 {
        stream.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    /// The next 64 random bits.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    @inline(__always)
    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): seeds xoshiro and mixes chunk indices into seeds.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 output function: a bijective 64-bit mixer.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A probability as a 64-bit threshold: an event with probability p happens when a random
/// 64-bit word is below `p · 2⁶⁴`. 0 and 1 are exact (never and always, no draw).
public struct ProbabilityThreshold: Sendable, Equatable {
    public let raw: UInt64

    public static let never = ProbabilityThreshold(raw: 0)
    public static let always = ProbabilityThreshold(raw: .max)

    private init(raw: UInt64) { self.raw = raw }

    public init(_ p: Double) {
        if !(p > 0) {
            raw = 0
        } else if p >= 1 {
            raw = .max
        } else {
            // p · 2⁶⁴ is exact (a power of two) and below 2⁶⁴ for p < 1; kept inside
            // [1, 2⁶⁴ − 2] so that only p = 1 means always and only p = 0 never.
            raw = min(.max - 1, max(1, UInt64(p * 18_446_744_073_709_551_616.0)))
        }
    }
}
