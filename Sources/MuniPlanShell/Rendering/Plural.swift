/// Counts that read right: `1 body`, `2 bodies`.
enum Plural {
    static func bodies(_ n: Int) -> String { n == 1 ? "1 body" : "\(n) bodies" }
}
