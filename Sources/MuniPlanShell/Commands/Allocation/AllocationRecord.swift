import MuniPlan

/// What an allocation decided, kept so `explain` and `export allocation` can answer later.
struct AllocationRecord: Sendable {
    let options: AllocateOptions
    let count: Int
    let result: AllocationResult
    /// The plan the allocation was made on (scores come from it).
    let plan: Plan
}

extension Interpreter {
    /// The last allocation of a measure in the current year.
    func record(_ measureID: String) throws(ShellError) -> AllocationRecord {
        _ = try session.measure(measureID)
        guard let record = session.allocations[session.year]?[measureID] else {
            throw .refused(Message.Allocate.noAllocation(measure: measureID, year: session.dataset.yearLabel(session.year)))
        }
        return record
    }
}
