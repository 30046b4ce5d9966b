/// Reads results from rows of a file (`IndicatorFile` reads CSV, TSV and .xlsx): one row a
/// body, measure and fiscal year. Bodies resolve as everywhere (codes as Excel writes them,
/// names, kana, romaji), and the data set's name (`福島県`, `total`) is the whole; measures
/// by id, name or alias. Any problem refuses the whole file, each located at its line.
public enum ActualLoader {
    public static func load(_ table: SheetRows, dataset: Dataset, resolver: BodyResolver) throws(IndicatorError) -> Actuals {
        let file = table.file
        let columns = try ActualColumns.find(in: table)
        var issues: [DataIssue] = []
        var results: [Actuals.Key: Actuals.Result] = [:]
        var firstLine: [Actuals.Key: Int] = [:]
        for record in table.records {
            func problem(_ message: Message) { issues.append(DataIssue(file: file, line: record.line, message)) }
            guard record.fields.count == table.header.count else {
                problem(Message.Data.fieldCount(expected: table.header.count, found: record.fields.count))
                continue
            }
            func field(_ i: Int) -> String { record.fields[i].trimmingWhitespace() }
            func heading(_ i: Int) -> String { Excerpt.of(table.header[i]) }
            // Every cell of the row is checked, so one pass reports all it holds.
            let body: String?? = resolveBody(field(columns.body), dataset: dataset, resolver: resolver) { reason in
                problem(Message.Actual.inColumn(problem: reason, column: heading(columns.body)))
            }
            let measure = dataset.measureID(for: field(columns.measure))
            if measure == nil {
                problem(Message.Actual.inColumn(problem: PlanError.unknownMeasure(Excerpt.of(field(columns.measure)), known: dataset.measures.map(\.id)).message,
                                                column: heading(columns.measure)))
            }
            let year = fiscalYear(field(columns.year), dataset: dataset)
            if year == nil { problem(Message.Actual.badYear(value: Excerpt.of(field(columns.year)), column: heading(columns.year))) }
            let (result, refused) = self.result(record, columns: columns, table: table, measure: measure, body: body, dataset: dataset)
            if let refused { problem(refused) }
            guard let body, let measure, let year, let result else { continue }
            let key = Actuals.Key(measure: measure, year: year, body: body)
            if let first = firstLine[key] {
                problem(Message.Actual.duplicate(body: body ?? dataset.totalLabel, measure: measure, year: year.short, first: first))
                continue
            }
            firstLine[key] = record.line
            results[key] = result
        }
        if table.records.isEmpty { issues.append(DataIssue(file: file, line: 1, Message.Actual.noRows)) }
        guard issues.isEmpty else { throw IndicatorError(issues: issues.sorted { $0.line < $1.line }) }
        return Actuals(results)
    }

    /// The body a cell names: `.some(nil)` for the whole data set, nil when it names none
    /// (`refuse` is told why).
    static func resolveBody(_ text: String, dataset: Dataset, resolver: BodyResolver, refuse: (Message) -> Void) -> String?? {
        do { return .some(try body(text, dataset: dataset, resolver: resolver)) } catch {
            refuse(error.message)
            return nil
        }
    }

    /// The data set's own name in either language (`福島県`; `total`, `計`): the whole.
    static func isWhole(_ text: String, dataset: Dataset) -> Bool {
        let word = WidthFolding.ascii(text).trimmingWhitespace().lowercased()
        return [dataset.totalName.text(in: .english).lowercased(), dataset.totalName.text(in: .japanese), "total", "計"].contains(word)
    }

    /// A fiscal year as typed anywhere (`FY2022`, `R4`, `令和4年度`, `2022`) or `baseline`.
    static func fiscalYear(_ text: String, dataset: Dataset) -> FiscalYear? {
        if ["baseline", "base", "before"].contains(text.lowercased()) { return dataset.firstFiscalYear.advanced(by: -1) }
        return try? FiscalYear.parse(text)
    }

    /// The row's result, from its covered and value cells (a column it lacks is empty).
    static func result(_ record: CSVTable.Record, columns: ActualColumns, table: SheetRows, measure: String?,
                       body: String??, dataset: Dataset) -> (Actuals.Result?, Message?) {
        result(covered: columns.covered.map { record.fields[$0] } ?? "", value: columns.value.map { record.fields[$0] } ?? "",
               names: (covered: columns.covered.map { Excerpt.of(table.header[$0]) } ?? "covered",
                       value: columns.value.map { Excerpt.of(table.header[$0]) } ?? "value"),
               measure: measure, whole: body.map { $0 == nil } ?? false, dataset: dataset)
    }

    /// A result: covered or a value, exactly one of them, and a value only for a measure with
    /// an event, rate or volume KPI (bodies are counted from covered rows); `names` are the
    /// columns the errors name, `whole` says it is the whole data set's.
    static func result(covered: String, value: String, names: (covered: String, value: String), measure: String?,
                       whole: Bool, dataset: Dataset) -> (Actuals.Result?, Message?) {
        let covered = covered.trimmingWhitespace(), value = value.trimmingWhitespace()
        switch (covered.isEmpty, value.isEmpty) {
        case (true, true): return (nil, Message.Actual.noResult(covered: names.covered, value: names.value))
        case (false, false): return (nil, Message.Actual.bothGiven(covered: names.covered, value: names.value))
        case (false, true):
            guard let yes = ActualCell.covered(covered) else {
                return (nil, Message.Actual.notCoveredWord(value: Excerpt.of(covered), column: names.covered, words: ActualCell.words))
            }
            if whole { return (nil, Message.Actual.wholeNeedsValue(total: dataset.totalName)) }
            return (.covered(yes), nil)
        case (true, false):
            guard let number = IndicatorCell.value(value) else {
                return (nil, Message.Data.notANumber(value: Excerpt.of(value), column: names.value))
            }
            guard NumberLimits.isAmount(number) else {
                return (nil, Message.Data.valueOutOfRange(value: value, column: names.value,
                                                             range: NumberLimits.range(-NumberLimits.amount...NumberLimits.amount)))
            }
            if let measure, !dataset.kpis(of: measure).contains(where: { $0.kind.takesValue }) {
                return (nil, Message.Actual.valueNotForMeasure(measure: measure, column: names.covered))
            }
            return (.value(number), nil)
        }
    }
}

extension KPI.Kind {
    /// Events, rates and volumes are figures; body counts come from covered rows.
    var takesValue: Bool { self == .events || self == .rate || self == .volume }
}

extension ActualLoader {
    /// One result given inline (`actual set`, what `save` writes): `yes`/`no` (or any
    /// covered word) is covered, a number a value; 1 and 0 are values only for a measure
    /// with an event, rate or volume KPI.
    public static func result(word: String, measure: String, whole: Bool, dataset: Dataset) -> (Actuals.Result?, Message?) {
        let takesValue = dataset.kpis(of: measure).contains { $0.kind.takesValue }
        let isNumber = IndicatorCell.value(word) != nil
        let covered = ActualCell.covered(word) != nil && !(takesValue && isNumber)
        // The errors name the word's column `result`, as a file's heading.
        return covered
            ? result(covered: word, value: "", names: (covered: "result", value: "value"), measure: measure, whole: whole, dataset: dataset)
            : result(covered: "", value: word, names: (covered: "covered", value: "result"), measure: measure, whole: whole, dataset: dataset)
    }

    /// The body a word names, as in a file: nil for the whole data set.
    public static func body(_ word: String, dataset: Dataset, resolver: BodyResolver) throws(ResolveError) -> String? {
        if isWhole(word, dataset: dataset) { return nil }
        let codes = IndicatorCell.codes(IndicatorCell.codeText(word), in: dataset)
        if codes.count == 1 { return codes[0] }
        return try resolver.body(word).code
    }
}
