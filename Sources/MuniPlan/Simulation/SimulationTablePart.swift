/// The tables a simulation's result is shown as, in the order `simulate` prints them; the
/// raw values are the words `export simulation PART` takes.
public enum SimulationTablePart: String, CaseIterable, Sendable {
    case kpi, drivers, districts, bodies
    /// The exact odds beside the sampled ones: printed by `simulate --exact`, exported on request.
    case exact
    /// Rate KPIs drawn from their observed series, printed under the count KPIs.
    case rates

    /// What `simulate` prints and the workbook holds: the sampled results.
    public static let sampled: [SimulationTablePart] = [.kpi, .rates, .drivers, .districts, .bodies]
}
