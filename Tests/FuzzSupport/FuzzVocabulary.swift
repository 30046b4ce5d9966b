import MuniPlan

/// The words generated lines are made of, per argument kind: the data set's own names and
/// codes, the spellings the language accepts, and their near misses.
public struct FuzzVocabulary: Sendable {
    /// The data set's measure ids, and those with near misses.
    public var realMeasures: [String]
    public var measures: [String]
    public var kpis: [String]
    public var bodies: [String]
    public var features: [String]
    public var years = ["2022", "2023", "FY2022", "FY2025", "R4", "R5", "令和4年度", "令和５年度", "H30", "baseline", "R99", "FY99999999999",
                        "0", "-1", "2021", "FY1900", "令和", "R", "fy2022", "２０２２"]
    public var snapshots = ["a", "b", "base", "ｓｎａｐ", "a b", "--", "-"]
    public var texts = ["kpi", "met", "short", "over", ">=", "<=", "==", "!=", ">", "<", "=", "covered", "not-covered", "count",
                        "probability", "clear", "default", "load", "set", "aging", "cost", "none", "by", "need", "spread",
                        "apportion", "hamilton", "dhondt", "webster", "huntington-hill", "population", "bodies", "district"]
    /// Numbers every parser must take or refuse with a message.
    public var numbers = ["0", "1", "2", "19", "42", "-1", "3.5", "0.5", "1,000", "1_000", "10%", "80%", "1e3", "nan", "inf", "-inf",
                          "0x10", "１９", "−1", "+5", "00019", ".5", "5.", "1e-300", "abc", "", "-0", "4294967296", "2147483648",
                          "12345678901", "1e9"]
    /// Numbers that reached traps before every numeric argument had a checked range (issue #11,
    /// defect 3): beyond Int, near it, and big enough to overflow sums of Ints. Only the
    /// executable fuzzer uses them while those traps are possible: in-process, one would end
    /// the test run.
    public static let hugeNumbers = ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "1317624576693539402",
                                     "2000000000000000000", "99999999999999999999", "1e19", "-1e19", "1e308", "-1e300", "1e300",
                                     "1.7976931348623157e308", "4611686018427387904", "1e15", "1e16", "9007199254740993"]
    /// Files a script may read: in the working directory, or leading out of it.
    public var readPaths: [String]
    /// Where a script might write, by extension appended later.
    public var writeStems: [String]

    /// A number as a person would type one half of the time (a count, a share), else one of
    /// `numbers`: arguments must parse for the command to reach what comes after them.
    public func number(_ g: inout RandomSource) -> String {
        switch Int.random(in: 0..<10, using: &g) {
        case 0..<4: String(Int.random(in: 0...60, using: &g))
        case 4: String(Double(Int.random(in: 0...2000, using: &g)) / 10)
        default: numbers.randomElement(using: &g)!
        }
    }

    /// A measure of the data set five times in six, else a near miss.
    public func measure(_ g: inout RandomSource) -> String {
        Int.random(in: 0..<6, using: &g) == 0 ? measures.randomElement(using: &g)! : realMeasures.randomElement(using: &g)!
    }

    public init(dataset: Dataset, hugeNumbers: Bool) {
        realMeasures = dataset.measures.map(\.id)
        measures = realMeasures + ["nosuch", "ADVISOR", "advisor\u{301}", "ａｄｖｉｓｏｒ", "advisr"]
        kpis = dataset.kpis.map(\.id) + dataset.measures.prefix(3).map(\.id) + ["nokpi"]
        var bodies: [String] = []
        for body in dataset.bodies.prefix(25) {
            bodies += [body.code, String(body.code.prefix(5)), body.name, body.kana, body.romaji, body.shortName ?? body.name]
        }
        bodies += ["all", "district:会津", "district:県北", "district:", "district:nowhere", "kind:village", "kind:city", "kind:town",
                   "kind:association", "kind:", "group:evac12", "group:hamadori15", "group:nowhere", "covered:advisor",
                   "covered:", "covered:nosuch", "hinoemta", "000000", "999999", "07364", "073645", "ひのえまた", "Hinoemata",
                   "檜枝岐村村", "福島", "ﾌｸｼﾏ"]
        self.bodies = bodies
        features = ["population", "small", "distance", "city", "village", "town", "evac12", "uncovered:advisor", "uncovered:",
                    "aging", "cost", "nosuch", "kind:village", "S"]
        if hugeNumbers { numbers += Self.hugeNumbers }
        readPaths = ["inside.plan", "self.plan", "nest.plan", "kg.plan", "expect.plan", "out.plan", "sub/deep.plan", "ind.csv", "bad.csv",
                     "model.toml", "bad.toml", "existing.plan", "a b.plan", "it's.plan", "semi;colon.plan", "#hash.plan",
                     "back\\slash.plan", "new\nline.plan", "esc\u{1B}[31m.plan", "\u{30C6}\u{3099}.plan", "\u{30C7}.plan",
                     "\u{202E}lmth.plan", "ｆｕｌｌ.plan", " lead.plan", "\u{301}x.plan", "データ/in.plan", "\u{30C6}\u{3099}ータ/in.plan",
                     "missing.plan", "sub", ".", "..", "", "~/secret.txt", "batch.plan",
                     // leading out: each must be refused, and none of it shown
                     "../outside/secret.plan", "../outside/secret.csv", "../outside/secret.toml", "../outside/secret.txt",
                     "link/secret.plan", "link/secret.csv", "link/secret.toml", "uplink/secret.txt", "abslink/secret.plan",
                     "filelink.plan", "filelink.csv", "cwd/../outside/secret.plan", "sub/up/../outside/secret.csv",
                     "selflink/../outside/secret.toml", "../\u{301}outside/secret.plan", "link\u{200D}/secret.plan",
                     "@ROOT@/outside/secret.plan", "@ROOT@/outside/secret.csv", "/proc/self/cwd/../outside/secret.txt",
                     "../../../../../outside/secret.plan", "/etc/passwd", "/etc/shadow", "/proc/self/environ", "/dev/zero",
                     "/proc/self/fd/0", "loop/x.plan", "dangdir/x.plan", "../allowed/x.plan", "../allowed/x.csv"]
        writeStems = ["out", "r", "x", "sub/x", "新しい", "データ/x", "\u{30C6}\u{3099}ータ/x", "a b", "-rf", "existing", "it's",
                      "semi;colon", "new\nline", "tab\tname", "\u{202E}txt", "ｆｕｌｌ", "...", "sub/../y", "./z", "missing/dir/x",
                      ".hidden", "x\u{200D}", "sub/up/w", "selflink/s",
                      // leading out: each must be refused
                      "../x", "../../x", "../../../../../x", "../\u{301}d/x", "../\u{200D}d/x", "../\u{FE0F}d/x", "link/x",
                      "link/\u{301}x", "uplink/x", "abslink/x", "filelink", "dangling", "dangdir/x", "cwd/../x", "sub/up/../x",
                      "selflink/../x", "@ROOT@/outside/x", "@ROOT@/x", "/proc/self/cwd/../x", "~/x", "../outside/existing",
                      "link/existing", "link/.existing", "loop/x", "../work/x", "@WORK@/abs",
                      // allowed only when the batch runs with --allow-write ../allowed
                      "../allowed/x", "../allowed/sub/x"]
    }
}
