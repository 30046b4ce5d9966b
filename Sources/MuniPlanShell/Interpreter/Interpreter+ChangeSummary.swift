import MuniPlan

/// The one-line summary of a coverage change, printed by `assign`, `unassign` and `allocate`.
extension Interpreter {
    /// `advisor FY2022 (R4): +2 檜枝岐村 只見町; 19 covered`.
    func changeSummary(_ measure: String, added: some Collection<String>, removed: some Collection<String>, total: Int) -> String {
        session.changeSummary(measure, added: added, removed: removed, total: total)
    }
}

extension Session {
    /// The summary in the session's language, for the year edits apply to; a method of the
    /// session so that an edit made inside it (`editCoverage`) reads it in place.
    func changeSummary(_ measure: String, added: some Collection<String>, removed: some Collection<String>, total: Int) -> String {
        func names(_ codes: some Collection<String>) -> String {
            // In code order, found by rank: a change of one body does not visit every body.
            let dataset = self.dataset
            // One body, as a script line mostly changes: its name, without arrays to sort and join.
            if codes.count == 1, let code = codes.first { return dataset.rank(of: code).map { dataset.bodies[$0].name } ?? "" }
            let bodies = codes.compactMap(dataset.rank(of:)).sorted().map { dataset.bodies[$0].name }
            return bodies.count > 12 ? bodies.prefix(12).joined(separator: " ") + " …" : bodies.joined(separator: " ")
        }
        func text(_ message: Message) -> String { message.text(in: language) }
        let gained = added.isEmpty ? nil : text(Message.Edit.changeAdded(count: added.count, names: names(added)))
        let lost = removed.isEmpty ? nil : text(Message.Edit.changeRemoved(count: removed.count, names: names(removed)))
        // The separator's sentence only where there is something to separate (most lines change
        // one side). Each side is made as a String: as a message in the summary's placeholder it
        // was boxed, and cost more than it saved.
        let joined: String
        switch (gained, lost) {
        case let (gained?, lost?): joined = gained + text(Message.Edit.changeSeparator) + lost
        case let (gained?, nil): joined = gained
        case let (nil, lost?): joined = lost
        case (nil, nil): joined = text(Message.Edit.noChange)
        }
        return text(Message.Edit.changeSummary(measure: measure, year: dataset.yearLabel(year), parts: joined, total: total))
    }
}
