import Foundation
import MuniPlan

/// The last simulation and the plan it simulated: `expect probability` and `export
/// simulation` refuse a result whose coverage the plan has moved on from.
struct SimulationRecord: Sendable, Equatable {
    let result: SimulationResult
    let plan: Plan
}

/// `simulate`, `expect probability`, `export simulation`.
extension Interpreter {
    func simulate(_ options: SimulateOptions, emit: (Output) -> Void) throws(ShellError) {
        let dataset = session.dataset
        for id in options.measures { _ = try session.measure(id) }
        let through = try options.through.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        let model = try uptakeModel(options.model)
        let engineOptions = SimulationOptions(runs: options.runs ?? SimulationOptions.defaultRuns, seed: options.seed ?? 1,
                                              through: through, measures: options.measures, threads: options.threads)
        let result: SimulationResult
        do {
            result = try SimulationEngine.run(dataset: dataset, plan: session.plan, model: model, options: engineOptions,
                                              isCancelled: settings.isInterrupted, progress: simulationProgress)
        } catch {
            if case .interrupted = error { throw .interrupted }
            throw .invalid(error.description)
        }
        session.simulation = SimulationRecord(result: result, plan: session.plan)
        emit(.text(summary(result)))
        for part in SimulationResult.parts {
            if let table = result.table(part, districts: dataset.districts) { emit(.table(table)) }
        }
    }

    /// Two lines: what was simulated, and each KPI's odds in the last year.
    func summary(_ result: SimulationResult) -> String {
        let years = result.years
        let span = years.count == 1 ? years[0].description : "\(years[0].description)–\(years[years.count - 1].description)"
        let measures = result.setup.measures.indices.map { m in
            "\(result.setup.measures[m]) (\(result.setup.candidateCount(measure: m)) supported)"
        }
        var lines = ["simulated \(Table.Cell.integer(result.runs).display) runs, seed \(result.seed), \(span): "
                     + (measures.isEmpty ? "no measures" : measures.joined(separator: ", "))
                     + " — uptake rates from \(result.setup.modelFile) are assumptions"]
        let t = result.lastYearIndex
        let odds = result.kpis.indices.map { k in
            let p = result.probabilityMet(kpi: k, year: t)
            return "\(result.kpis[k].kpi.id) ≥ \(result.kpis[k].threshold): "
                + "\(Self.decimal(p)) ± \(Self.decimal(result.standardError(p)))"
        }
        if !odds.isEmpty { lines.append("P(meet) by \(years[t].token): " + odds.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    static func decimal(_ p: Double) -> String { Table.Cell.decimal(p, places: 4).plain }

    /// The uptake model: `--model FILE` (read under the file policy, like every file a
    /// command names), else the data directory's uptake.toml. Read each time, so edits to
    /// the file count at the next `simulate`.
    func uptakeModel(_ file: String?) throws(ShellError) -> UptakeModel {
        let shown: String
        let bytes: [UInt8]
        func missing() -> ShellError { .file("no uptake model: \(shown) does not exist (see Data/README.md, uptake.toml)") }
        // Errors are one line: every problem, each located, separated by "; ".
        func oneLine(_ error: DataError) -> ShellError {
            .invalid(error.issues.map { $0.line > 0 ? $0.description : "\($0.file): \($0.message)" }.joined(separator: "; "))
        }
        if let file {
            shown = file
            do { bytes = try readFile(file, limit: InputLimits.modelFile).bytes } catch {
                if case .notFound = error { throw missing() }
                throw .file(error.description)
            }
        } else {
            guard let directory = session.dataset.directory else {
                throw .invalid("the data set has no folder to read uptake.toml from: name a model with --model FILE")
            }
            let path = (directory as NSString).appendingPathComponent(UptakeModel.fileName)
            shown = shortPath(path)
            guard FileManager.default.fileExists(atPath: path) else { throw missing() }
            do { bytes = try TextFile.bytes(atPath: path, shownAs: shown, limit: InputLimits.modelFile) } catch { throw oneLine(error) }
        }
        do {
            return try UptakeModel(text: try TextFile.text(bytes, file: shown), file: shown, dataset: session.dataset)
        } catch { throw oneLine(error) }
    }

    /// A path under the working directory relative to it (`Data/uptake.toml`), else as is.
    func shortPath(_ path: String) -> String {
        let standard = (path as NSString).standardizingPath
        let base = (settings.workingDirectory as NSString).standardizingPath
        return standard.hasPrefix(base + "/") ? String(standard.dropFirst(base.count + 1)) : standard
    }

    /// The last simulation, refused when the plan's coverage has changed since.
    func currentSimulation(for what: String) throws(ShellError) -> SimulationResult {
        guard let record = session.simulation else { throw .invalid("\(what) needs a simulation: run simulate first") }
        // Only coverage feeds a simulation: a new weight or indicator leaves it current.
        guard record.plan.coverage == session.plan.coverage else {
            throw .invalid("the plan's coverage has changed since the last simulate: run simulate again before \(what)")
        }
        return record.result
    }

    /// `export simulation [PART]`.
    func simulationTable(_ part: String?) throws(ShellError) -> Table {
        let result = try currentSimulation(for: "export simulation")
        let name = part ?? "kpi"
        guard let table = result.table(name, districts: session.dataset.districts) else {
            throw .invalid("export simulation takes \(SimulationResult.parts.joined(separator: ", ")), not '\(name)'")
        }
        return table
    }

    /// `expect probability KPI [TARGET] OP P [--fy FY]`: for each KPI named (a KPI id, or
    /// every KPI of a measure), P(count ≥ TARGET) in the KPI's year (or FY) OP P.
    func checkProbability(_ name: String, target: Double?, comparison: Comparison, value: Double,
                          fy: String?) throws(ShellError) -> String {
        let result = try currentSimulation(for: "expect probability")
        let kpis = result.kpis
        let byID = kpis.indices.filter { kpis[$0].kpi.id == name }
        let indices = byID.isEmpty ? kpis.indices.filter { kpis[$0].kpi.measure == name } : byID
        guard !indices.isEmpty else {
            let dataset = session.dataset
            if dataset.kpis.contains(where: { $0.id == name || $0.measure == name }) {
                throw .invalid("\(name) was not simulated (simulated: \(result.setup.measures.joined(separator: ", ")))")
            }
            throw .plan(.unknownKPI(name, known: kpis.map(\.kpi.id) + result.setup.measures))
        }
        let year = try fy.map { (text: String) throws(ShellError) in try session.fiscalYear(text) }
        var checked: [(what: String, p: Double)] = []
        var seen = Set<String>()
        for k in indices {
            let kpi = kpis[k]
            let when = year ?? kpi.kpi.fiscalYear
            guard let t = result.yearIndex(when) else {
                let span = "\(result.years[0].token)–\(result.years[result.years.count - 1].token)"
                throw .invalid("\(when.token) was not simulated (\(span)): simulate --through \(when.token)")
            }
            let threshold = target.map(SimulationSetup.threshold) ?? kpi.threshold
            let subject = target == nil ? kpi.kpi.id : name
            let what = "P(\(subject) ≥ \(threshold) \(kpi.isCumulative ? "by" : "in") \(when.token))"
            guard seen.insert(what).inserted else { continue }
            checked.append((what, result.probability(kpi: k, year: t, atLeast: threshold)))
        }
        let stated = "probability \(name)\(target.map { " " + NumberText.shortest($0) } ?? "") \(comparison.rawValue) \(NumberText.shortest(value))"
        let actual = checked.map { "\($0.what) = \(Self.decimal($0.p)) (s.e. \(Self.decimal(result.standardError($0.p))))" }
            .joined(separator: ", ")
        guard checked.allSatisfy({ comparison.holds($0.p, value) }) else {
            throw .expectation("expected \(stated), actual \(actual), \(Table.Cell.integer(result.runs).display) runs")
        }
        return "ok: \(stated) (\(actual))"
    }
}
