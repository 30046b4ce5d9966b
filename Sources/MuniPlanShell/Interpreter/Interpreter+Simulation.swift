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
            throw .simulation(error)
        }
        session.simulation = SimulationRecord(result: result, plan: session.plan)
        emit(.text(summary(result)))
        for part in SimulationTablePart.allCases { emit(.table(result.table(part, districts: dataset.districts))) }
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
            do { bytes = try readFile(file).bytes } catch {
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
            do { bytes = try TextFile.bytes(atPath: path, shownAs: shown) } catch { throw oneLine(error) }
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
    func simulationTable(_ part: SimulationTablePart) throws(ShellError) -> Table {
        try currentSimulation(for: "export simulation").table(part, districts: session.dataset.districts)
    }
}
