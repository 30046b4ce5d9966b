/// The language a person reads muniplan in. Machine formats (saved scenarios, JSON keys,
/// exit statuses) are the same in both.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case japanese = "ja"

    /// As POSIX chooses a locale for messages: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set and not empty; Japanese when it starts with `ja` (`ja_JP.UTF-8`, `ja`).
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        self = locale.hasPrefix("ja") ? .japanese : .english
    }

    /// `ja`, `en` and their spellings a person may type (`japanese`, `日本語`, `english`, `英語`).
    public init?(word: String) {
        switch word.lowercased() {
        case "ja", "jp", "japanese", "日本語": self = .japanese
        case "en", "english", "英語": self = .english
        default: return nil
        }
    }
}
