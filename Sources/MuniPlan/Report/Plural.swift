/// Counts that read right in table cells and messages: `1 body`, `2 bodies` / `2団体`.
public enum Plural {
    public static func bodies(_ n: Int, language: Language = .english) -> String {
        Message.Coverage.bodies(count: n).text(in: language)
    }
}
