/// The tables a simulation's result is shown as, in the order `simulate` prints them; the
/// raw values are the words `export simulation PART` takes.
public enum SimulationTablePart: String, CaseIterable, Sendable {
    case kpi, drivers, districts, bodies
}
