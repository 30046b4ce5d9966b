/// The most muniplan reads of input it does not trust (scenario files, data and standard
/// input from others): sizes with ample room for real plans, measured in docs/limits.md,
/// that keep a hostile or broken file from exhausting memory or time. Keep that page in
/// step with these numbers.
public enum InputLimits {
    /// One logical command line (continuation lines joined), in UTF-8 bytes. The longest
    /// that `save` writes is `indicators set`, about 31 bytes a body at worst (a code and a
    /// full-precision value): 620 KB for 20,000 bodies; 4 MiB holds 130,000.
    public static let commandLine = 4 << 20
    /// One line of standard input, its bytes up to the line feed: as long as a command line.
    public static let standardInputLine = commandLine
    /// A scenario file (`run FILE`, `muniplan FILE`, `check`). `save` of 20,000 bodies
    /// with 200 indicator columns writes 55 MB (124 MB with full-precision values).
    public static let scenarioFile = 256 << 20
    /// A CSV file of indicators (`indicators load`): 20,000 bodies × 200 full-precision
    /// columns is 89 MB.
    public static let indicatorsFile = 256 << 20
    /// Indicator columns in a plan (`indicators load`, `indicators set`): every edit of a
    /// plan copies its list of columns and weights, and undo keeps 1,000 plans, so columns
    /// without bound would make each edit and the history grow with their number. The
    /// largest real case measured has 200.
    public static let indicatorColumns = 1_000
    /// An uptake model (`simulate --model FILE`, a data set's `uptake.toml`): a few KB.
    public static let modelFile = 16 << 20
    /// A file of a data set (bodies, districts, measures, boundaries); the nationwide
    /// boundaries are 3 MB.
    public static let dataFile = 256 << 20

    /// A limit in either language: `4 MiB`, `10 bytes` / `10バイト`.
    public static func size(_ bytes: Int) -> Message {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return Message.Files.sizeMib(count: bytes >> 20) }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return Message.Files.sizeKib(count: bytes >> 10) }
        return Message.Files.sizeBytes(count: bytes)
    }
}
