/// The word before the colon of a selector (`district:会津`): what the value names.
/// `all` is a selector too, but takes no value.
public enum SelectorKey: String, CaseIterable, Sendable {
    case district, kind, group, covered

    /// `district:`, as typed.
    public var prefix: String { rawValue + ":" }
}
