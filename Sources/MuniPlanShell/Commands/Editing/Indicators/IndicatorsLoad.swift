import MuniPlan

/// `indicators load FILE.csv`: every numeric column of a file, read under the file policy.
extension IndicatorsCommand {
    static func load(_ file: String, in interpreter: Interpreter) throws(ShellError) -> String {
        let bytes: [UInt8]
        do { bytes = try interpreter.readFile(file, limit: InputLimits.indicatorsFile).bytes } catch {
            if case .notFound = error { throw .refused(Message.Edit.missingFile(file: file)) }
            throw .fileAccess(error)
        }
        let session = interpreter.session
        let columns: [String: [String: Double]]
        do {
            columns = try IndicatorLoader.load(bytes: bytes, file: file, dataset: session.dataset)
        } catch { throw .indicators(error) }
        do { interpreter.session.commit(try session.plan.settingIndicators(columns)) } catch { throw .plan(error) }
        let summary = MessageList(columns.sorted { $0.key < $1.key }.map {
            Message.Edit.indicatorLoaded(name: $0.key, bodies: Message.Lookup.bodyCount(count: $0.value.count))
        })
        return interpreter.text(Message.Edit.indicatorsLoaded(summary: summary))
    }
}
