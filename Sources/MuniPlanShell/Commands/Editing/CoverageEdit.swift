import MuniPlan

/// `assign` and `unassign` done inside the session, as one access to it: its parts are read
/// in place (a method called on the session as the interpreter holds it works on a copy of
/// the whole session, twice a line), the command says what it changed instead of the undo
/// entry comparing plans, and it commits last, so a failure leaves the session as it was.
extension Session {
    /// Adds the bodies to (or takes them from) the measure's coverage in the year edits apply
    /// to; returns the change summary.
    mutating func editCoverage(_ arguments: MeasureBodies, adding: Bool) throws(ShellError) -> String {
        let measure = arguments.measure
        // An id needs no look-up by name (a copy of the measure twice); anything else gets its error there.
        if !dataset.measures.contains(where: { $0.id == measure }) { _ = try self.measure(measure) }
        let selection = try resolve(arguments.bodies)
        let before = plan.covered(measure, in: year)
        let edited: Plan
        do {
            edited = adding
                ? try plan.assigning(selection.codes, explicit: selection.named, measure: measure, year: year, dataset: dataset)
                : try plan.unassigning(selection.codes, measure: measure, year: year, dataset: dataset)
        } catch { throw .plan(error) }
        let after = edited.covered(measure, in: year)
        // What changed is among the selected codes (nothing else is touched): looked up one by
        // one, not by a pass over the coverage.
        let changed = Set(selection.codes.lazy.filter { adding ? after.contains($0) && !before.contains($0) : before.contains($0) && !after.contains($0) })
        let (added, removed): (Set<String>, Set<String>) = adding ? (changed, []) : ([], changed)
        commit(edited, reverting: PlanDelta(year: year, measure: measure, gained: added, lost: removed), changed: !changed.isEmpty)
        return changeSummary(measure, added: added, removed: removed, total: after.count)
    }
}
