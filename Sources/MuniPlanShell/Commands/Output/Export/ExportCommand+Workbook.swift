import MuniPlan

/// `export workbook --to plan.xlsx`: the session's tables in one workbook for the meeting.
extension ExportCommand {
    func writeWorkbook(in interpreter: Interpreter, emit: (Output) -> Void) throws(ShellError) {
        let format: ExportFormat
        do throws(ExportError) { format = try exportFormat() } catch { throw .export(error) }
        guard format == .xlsx else { throw .refused(Message.Xlsx.workbookIsXlsx(format: format.fileExtension)) }
        if excel { throw .export(.optionNotApplicable(option: "--excel", format: .xlsx)) }
        if let encoding, ExportOptions.Encoding(name: encoding) != .utf8 {
            throw .export(.optionNotApplicable(option: "--encoding \(encoding)", format: .xlsx))
        }
        let sheets = try workbookSheets(interpreter)
        let bytes: [UInt8]
        do { bytes = try XLSXWriter.bytes(sheets) } catch { throw .export(.workbook(error)) }
        try interpreter.write(bytes, to: path, force: force)
        emit(.text(interpreter.text(Message.Xlsx.wroteWorkbook(path: path, sheets: sheets.count, bytes: NumberText.grouped(bytes.count)))))
    }

    /// KPI, coverage by body, coverage by district with its chart, each allocation of the
    /// current year (its table holds the explanation: chosen or not, and why), the last
    /// simulation while it is current, each observed series over time with its line chart,
    /// and the sources with the scenario that made the plan.
    func workbookSheets(_ interpreter: Interpreter) throws(ShellError) -> [WorkbookSheet] {
        let session = interpreter.session
        let language = session.language
        func sheet(_ table: Table, detail: String? = nil, chart: WorkbookChart? = nil) -> WorkbookSheet {
            WorkbookSheet(name: WorkbookSheetName.of(table, detail: detail, in: language), table: table, chart: chart)
        }
        let coverage = try interpreter.coverageTables(measures: [], fy: fy, cumulative: cumulative)
        let districts = coverage.districtTable(language: language)
        let chart = WorkbookChart(title: Message.Xlsx.chartCoverageByDistrict.text(in: language), categoryColumn: "district",
                                  valueColumns: districts.columns.map(\.id).filter { $0.hasSuffix("_bodies_pct") })
        var sheets = [sheet(try interpreter.kpiTable(fy: fy, language: language)), sheet(coverage.bodyTable(language: language)), sheet(districts, chart: chart)]
        for measure in (session.allocations[session.year] ?? [:]).keys.sorted() {
            sheets.append(sheet(try interpreter.allocationTable(measure, language: language), detail: measure))
        }
        if session.simulation != nil, let result = try? interpreter.currentSimulation(for: "export workbook") {
            for part in SimulationTablePart.sampled where part != .rates || !result.setup.rates.isEmpty { sheets.append(sheet(result.table(part, districts: session.dataset.districts, language: language))) }
        }
        for series in session.dataset.series {
            guard let trend = SeriesLineChart(measure: series.measure, dataset: session.dataset, language: language) else { continue }
            sheets.append(sheet(trend.table(), chart: trend.workbookChart()))
        }
        let sources = SourcesTable.make(sources: interpreter.dataSources(), scenario: scenarioLines(session), language: language)
        sheets.append(sheet(sources))
        return sheets
    }

    /// The lines `save` would write, without its comments (they carry the date: the same
    /// plan must give the same bytes).
    private func scenarioLines(_ session: Session) -> [String] {
        ScenarioWriter(session: session, version: "", date: "").text.split(separator: "\n")
            .map(String.init).filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
    }
}
