/// The columns of a results file, found by their headings in English or Japanese: a body
/// (code or name), a measure, a fiscal year, and covered (yes/no) or value, or both.
struct ActualColumns {
    static let bodyHeadings = IndicatorLoader.codeHeadings + IndicatorLoader.nameHeadings + ["body", "団体"]
    static let measureHeadings = ["measure", "事業", "事業名"]
    static let yearHeadings = ["fy", "year", "年度"]
    static let coveredHeadings = ["covered", "実施", "実施状況"]
    static let valueHeadings = ["value", "実績", "実績値"]

    let body: Int
    let measure: Int
    let year: Int
    let covered: Int?
    let value: Int?

    /// The columns of `table`, or the problem with its heading (line 1).
    static func find(in table: SheetRows) throws(IndicatorError) -> ActualColumns {
        let column = table.column
        var missing: [any MessageArgument] = []
        let body = column(bodyHeadings), measure = column(measureHeadings), year = column(yearHeadings)
        let covered = column(coveredHeadings), value = column(valueHeadings)
        if body == nil { missing.append("code/name/団体") }
        if measure == nil { missing.append("measure/事業") }
        if year == nil { missing.append("fy/年度") }
        if covered == nil, value == nil { missing.append(Message.ActualColumns.coveredOrValue) }
        guard let body, let measure, let year, missing.isEmpty else {
            throw IndicatorError(issues: [DataIssue(file: table.file, line: 1, Message.Actual.missingColumns(
                columns: MessageList(missing), header: Excerpt.of(table.header.joined(separator: ","))))])
        }
        return ActualColumns(body: body, measure: measure, year: year, covered: covered, value: value)
    }
}
