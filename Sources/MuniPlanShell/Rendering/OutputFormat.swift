/// How tables print (`format`); the session holds the current one.
public enum OutputFormat: String, Sendable, CaseIterable, Equatable {
    case table, csv, tsv, md, json
}
