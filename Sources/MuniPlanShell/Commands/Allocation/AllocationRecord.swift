import MuniPlan

/// What an allocation decided, kept so `explain` and `export allocation` can answer later.
struct AllocationRecord: Sendable {
    let options: AllocateOptions
    let count: Int
    let result: AllocationResult
    /// The plan the allocation was made on (scores come from it).
    let plan: Plan
}

/// Which allocation `explain` alone explains: the session's last, in the year it was made.
struct AllocationKey: Sendable, Equatable {
    let year: FiscalYear
    let measure: String
}

extension Interpreter {
    /// The last allocation of a measure in `year` (the current year unless given).
    func record(_ measureID: String, year: FiscalYear? = nil) throws(ShellError) -> AllocationRecord {
        _ = try session.measure(measureID)
        let year = year ?? session.year
        guard let record = session.allocations[year]?[measureID] else {
            throw .refused(Message.Allocate.noAllocation(measure: measureID, year: session.dataset.yearLabel(year)))
        }
        return record
    }
}
