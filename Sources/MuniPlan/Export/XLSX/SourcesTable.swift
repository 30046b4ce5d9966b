/// The workbook's sources sheet (出典): what each part of the data came from with the
/// attribution its licence asks for (the Prefecture's plan the measures quote among them),
/// the full text of the licences that must travel with copies, and the scenario lines that
/// rebuild the plan the workbook shows.
public enum SourcesTable {
    /// The sources (no scenario lines) as the sheet that follows a workbook's tables, named in `language`.
    static func sheet(_ sources: [Attribution], language: Language) -> WorkbookSheet {
        let table = make(sources: sources, scenario: [], language: language)
        return WorkbookSheet(name: WorkbookSheetName.of(table, in: language), table: table)
    }

    public static func make(sources: [Attribution], scenario: [String], language: Language) -> Table {
        var rows = sources.map { source in
            Table.Row([.text(source.subject.text(in: language)), .text(source.attribution), source.detail.map(Table.Cell.text) ?? .empty])
        }
        for source in sources {
            guard let licence = source.licenceText else { continue }
            rows.append(Table.Row([.text(Message.Xlsx.sourcesLicence(name: source.attribution).text(in: language)),
                                   .text(licence), source.detail.map(Table.Cell.text) ?? .empty]))
        }
        for (index, line) in scenario.enumerated() {
            rows.append(Table.Row([.text(Message.Xlsx.sourcesScenario(number: index + 1).text(in: language)), .text(line), .empty]))
        }
        return Table(name: "sources", columns: [
            Table.Column("subject", label: Message.Xlsx.sourcesSubject.text(in: language)),
            Table.Column("source", label: Message.Xlsx.sourcesSource.text(in: language)),
            Table.Column("detail", label: Message.Xlsx.sourcesDetail.text(in: language)),
        ], rows: rows)
    }
}
