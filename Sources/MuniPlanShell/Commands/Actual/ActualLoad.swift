import MuniPlan

/// `actual load FILE`, `actual set …`, `actual clear`: results into the plan (undo takes
/// them back), a file read by `Interpreter.sheetRows` like `indicators load`.
extension ActualCommand {
    static func load(_ file: String, options: IndicatorFile.Options, in interpreter: Interpreter) throws(ShellError) -> String {
        let rows = try interpreter.sheetRows(file, options: options)
        let session = interpreter.session
        let loaded: Actuals
        do { loaded = try ActualLoader.load(rows, dataset: session.dataset, resolver: session.resolver) } catch { throw .indicators(error) }
        var plan = session.plan
        plan.actuals = plan.actuals.replacing(with: loaded)
        interpreter.session.commit(plan)
        let groups = MessageList(loaded.groups.map { group in
            Message.Actual.loadedGroup(measure: group.measure, year: group.year.short, count: loaded.results(group.measure, year: group.year).count)
        })
        return interpreter.text(Message.Actual.loaded(count: loaded.count, summary: groups))
    }

    static func set(_ measureWord: String, fy: String, _ results: [BodyResult], in session: inout Session) throws(ShellError) -> String {
        let measure = try session.measure(measureWord).id
        let year = try session.fiscalYear(fy)
        var plan = session.plan
        for entry in results {
            let body: String?
            do { body = try ActualLoader.body(entry.body, dataset: session.dataset, resolver: session.resolver) } catch { throw .resolve(error) }
            let (result, refused) = ActualLoader.result(word: entry.result, measure: measure, whole: body == nil, dataset: session.dataset)
            guard let result else { throw .refused(refused ?? Message.Actual.setNeeds) }
            plan.actuals.set(result, for: Actuals.Key(measure: measure, year: year, body: body))
        }
        session.commit(plan)
        return Message.Actual.set(count: results.count, measure: measure, year: year.short).text(in: session.language)
    }

    static func clear(in session: inout Session) -> String {
        let count = session.plan.actuals.count
        var plan = session.plan
        plan.actuals = Actuals()
        session.commit(plan)
        return Message.Actual.cleared(count: count).text(in: session.language)
    }
}
