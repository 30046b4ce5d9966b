import MuniPlan

/// `indicators load FILE`: every numeric column of a CSV, TSV or .xlsx file
/// (`Interpreter.sheetRows` reads it).
extension IndicatorsCommand {
    static func load(_ file: String, options: IndicatorFile.Options, in interpreter: Interpreter) throws(ShellError) -> String {
        let rows = try interpreter.sheetRows(file, options: options)
        let session = interpreter.session
        let loaded: IndicatorLoader.Loaded
        do { loaded = try IndicatorLoader.load(rows, dataset: session.dataset, resolver: session.resolver) } catch { throw .indicators(error) }
        let columns = loaded.columns
        do { interpreter.session.commit(try session.plan.settingIndicators(columns)) } catch { throw .plan(error) }
        let summary = MessageList(columns.sorted { $0.key < $1.key }.map {
            Message.Edit.indicatorLoaded(name: $0.key, bodies: Message.Lookup.bodyCount(count: $0.value.count))
        })
        let text = interpreter.text(Message.Edit.indicatorsLoaded(summary: summary))
        guard !loaded.skipped.isEmpty else { return text }
        return text + "\n" + interpreter.text(Message.IndicatorsFile.skippedColumns(columns: MessageList(loaded.skipped)))
    }
}
