import MuniPlan

/// The one-line summary of a coverage change, printed by `assign`, `unassign` and `allocate`.
extension Interpreter {
    /// `advisor FY2022 (R4): +2 檜枝岐村 只見町; 19 covered`.
    func changeSummary(_ measure: String, added: Set<String>, removed: Set<String>, total: Int) -> String {
        session.changeSummary(measure, added: added, removed: removed, total: total)
    }
}

extension Session {
    /// The summary in the session's language, for the year edits apply to; a method of the
    /// session so that an edit made inside it (`editCoverage`) reads it in place.
    func changeSummary(_ measure: String, added: Set<String>, removed: Set<String>, total: Int) -> String {
        func text(_ message: Message) -> String { message.text(in: language) }
        func names(_ codes: Set<String>) -> String {
            // In code order, found by rank: a change of one body does not visit every body.
            let dataset = self.dataset
            let bodies = codes.compactMap(dataset.rank(of:)).sorted().map { dataset.bodies[$0].name }
            return bodies.count > 12 ? bodies.prefix(12).joined(separator: " ") + " …" : bodies.joined(separator: " ")
        }
        var parts: [Message] = []
        if !added.isEmpty { parts.append(Message.Edit.changeAdded(count: added.count, names: names(added))) }
        if !removed.isEmpty { parts.append(Message.Edit.changeRemoved(count: removed.count, names: names(removed))) }
        if parts.isEmpty { parts.append(Message.Edit.noChange) }
        // The separator's sentence only where there is something to separate (most lines change one side).
        let joined = parts.count == 1 ? text(parts[0]) : parts.map(text).joined(separator: text(Message.Edit.changeSeparator))
        return text(Message.Edit.changeSummary(measure: measure, year: dataset.yearLabel(year), parts: joined, total: total))
    }
}
