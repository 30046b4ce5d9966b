/// What `export sources` writes, in any format: one row a source, its full licence text
/// in the last column where it has one.
public enum AttributionTable {
    public static func make(_ sources: [Attribution], language: Language) -> Table {
        typealias M = Message.Sources
        let rows = sources.map { source in
            Table.Row([.text(source.part.rawValue), .text(source.subject.text(in: language)), .text(source.attribution),
                       source.detail.map(Table.Cell.text) ?? .empty, source.licenceText.map(Table.Cell.text) ?? .empty])
        }
        return Table(name: "sources", columns: [
            Table.Column("id", label: M.columnId.text(in: language)), Table.Column("subject", label: M.columnSubject.text(in: language)),
            Table.Column("attribution", label: M.columnAttribution.text(in: language)),
            Table.Column("detail", label: M.columnDetail.text(in: language)),
            Table.Column("licence", label: M.columnLicence.text(in: language)),
        ], rows: rows)
    }

    /// The lines under a Markdown or HTML table: a heading, then `subject: attribution
    /// (detail)` a source; licence texts follow (`licences`).
    public static func lines(_ sources: [Attribution], language: Language) -> [String] {
        sources.map { source in
            source.subject.text(in: language) + (language == .japanese ? "：" : ": ") + source.attribution
                + (source.detail.map { language == .japanese ? "（\($0)）" : " (\($0))" } ?? "")
        }
    }

    /// Each licence text with its heading, for the sources that carry one.
    public static func licences(_ sources: [Attribution], language: Language) -> [(heading: String, text: String)] {
        sources.compactMap { source in
            source.licenceText.map { (Message.Sources.licenceHeading(name: source.attribution).text(in: language), $0) }
        }
    }
}
