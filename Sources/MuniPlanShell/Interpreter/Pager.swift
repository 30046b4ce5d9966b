import MuniPlan

/// The pager at the prompt, for output taller than the screen: which command, and when.
/// The executable runs it (`PagerProcess`). `$PAGER` is split on spaces, with no shell
/// (`less -R` is `less` and `-R`); without it `less -FRX` (-F: gone at once if the text
/// fits after all; -R: our colours; -X: the text stays on the screen).
public enum Pager {
    /// The command to run, from `PAGER` when it is set and not blank.
    public static func command(environment: [String: String]) -> [String] {
        let words = (environment["PAGER"] ?? "").split(separator: " ").map(String.init)
        return words.isEmpty ? ["less", "-FRX"] : words
    }

    /// Lines `text` takes on a terminal `width` columns wide (a longer line takes more).
    public static func height(of text: String, width: Int) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { sum, line in
            sum + max(1, (DisplayWidth.of(String(line)) + width - 1) / max(1, width))
        }
    }
}
