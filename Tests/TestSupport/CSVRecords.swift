import MuniPlan

/// CSV records (header included) through the core's own RFC 4180 reader.
public func parseCSV(_ text: String) -> [[String]] {
    guard let table = try? CSVTable(bytes: Array(text.utf8), file: "stdout") else { return [] }
    return [table.header] + table.records.map(\.fields)
}
