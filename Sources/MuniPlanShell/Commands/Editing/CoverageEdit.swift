import MuniPlan

/// `assign` and `unassign` done inside the session, as one access to it: its parts are read
/// in place (a method called on the session as the interpreter holds it works on a copy of
/// the whole session, twice a line), the plan is edited in place, the command says what it
/// changed instead of the undo entry comparing plans, and a failure leaves the session as it was.
extension Session {
    /// Adds the bodies to (or takes them from) the measure's coverage in the year edits apply
    /// to; returns the change summary.
    mutating func editCoverage(_ arguments: MeasureBodies, adding: Bool) throws(ShellError) -> String {
        let measure = arguments.measure
        // An id needs no look-up by name (a copy of the measure twice); anything else gets its error there.
        if !dataset.measures.contains(where: { $0.id == measure }) { _ = try self.measure(measure) }
        let selection = try resolve(arguments.bodies)
        // The plan is edited in place, after every check of the words; its own checks leave
        // it as it was when they fail, and nothing fails after it.
        let edit: (changed: [String], total: Int)
        do {
            edit = try plan.editCoverage(selection.codes, adding: adding, named: selection.isNamed, measure: measure, year: year, dataset: dataset)
        } catch { throw .plan(error) }
        // The codes the edit says it changed, and nothing else is touched.
        let (added, removed): ([String], [String]) = adding ? (edit.changed, []) : ([], edit.changed)
        if !edit.changed.isEmpty { committed(reverting: PlanDelta(year: year, measure: measure, gained: added, lost: removed)) }
        return changeSummary(measure, added: added, removed: removed, total: edit.total)
    }
}
