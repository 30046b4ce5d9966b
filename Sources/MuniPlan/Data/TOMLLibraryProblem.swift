/// What TOMLKit (toml++) refused in text the syntax check passed, in the reader's language
/// where muniplan knows the problem: the library words its errors in English only, and the
/// one a staff member meets is a key or table written twice (`cannot redefine existing
/// integer 'a'`). Anything else, and all English, is shown as the library gave it.
struct TOMLLibraryProblem: MessageArgument {
    let libraryText: String

    func text(in language: Language) -> String {
        guard language == .japanese, let name = redefinedName else { return libraryText }
        return Message.Toml.definedTwice(key: name).text(in: language)
    }

    /// `a` in `… cannot redefine existing integer 'a'`.
    private var redefinedName: String? {
        guard let marker = libraryText.range(of: "cannot redefine existing "), libraryText.hasSuffix("'") else { return nil }
        let rest = libraryText[marker.upperBound...].dropLast()
        guard let open = rest.firstIndex(of: "'") else { return nil }
        return String(rest[rest.index(after: open)...])
    }
}
