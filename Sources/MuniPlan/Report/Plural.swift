/// Counts that read right in table cells and messages: `1 body`, `2 bodies`.
public enum Plural {
    public static func bodies(_ n: Int) -> String { n == 1 ? "1 body" : "\(n) bodies" }
}
