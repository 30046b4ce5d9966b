import MuniPlan

/// `export`.
extension Interpreter {
    func planTable() -> Table {
        let dataset = session.dataset
        var rows: [Table.Row] = []
        for year in session.plan.years {
            for measure in dataset.measures {
                let covered = session.plan.covered(measure.id, in: year)
                for body in dataset.bodies where covered.contains(body.code) {
                    rows.append(Table.Row([.text(year < dataset.firstFiscalYear ? "baseline" : year.token), .text(measure.id),
                                           .text(body.code), .text(body.name), .empty]))
                }
            }
            for kpi in dataset.kpis {
                if let value = session.plan.plannedValue(kpi.id, in: year) {
                    rows.append(Table.Row([.text(year.token), .text(kpi.id), .empty, .empty, KPIFormat.cell(value, kpi: kpi)]))
                }
            }
        }
        return Table(name: "plan", columns: [
            Table.Column("fy"), Table.Column("measure"), Table.Column("code", label: "コード"),
            Table.Column("name", label: "名称"), Table.Column("value", label: "計画値", alignment: .right),
        ], rows: rows)
    }

    func export(_ request: ExportRequest) throws(ShellError) -> String {
        let table: Table
        switch request.target {
        case .coverage:
            let tables = try coverageTables(measures: [], fy: request.fy, cumulative: request.cumulative)
            table = request.byDistrict ? tables.districtTable() : tables.bodyTable()
        case .kpi: table = try kpiTable(fy: request.fy)
        case .plan: table = planTable()
        case .bodies: table = try bodiesTable([])
        case let .allocation(measure): table = try allocationTable(measure)
        case let .simulation(part): table = try simulationTable(part)
        }
        let format: ExportFormat
        do throws(ExportError) {
            if let name = request.format { format = try ExportFormat(extension: name) } else { format = try ExportFormat(path: request.path) }
        } catch { throw .export(error) }
        guard let encoding = ExportOptions.Encoding(name: request.encoding ?? "utf-8") else {
            throw .invalid("unknown encoding '\(request.encoding ?? "")' — use utf-8 or cp932")
        }
        let bytes: [UInt8]
        do { bytes = try TableEncoder.encode(table, as: format, options: ExportOptions(excel: request.excel, encoding: encoding)) } catch {
            throw .export(error)
        }
        try write(bytes, to: request.path, force: request.force)
        return "wrote \(request.path) (\(format.fileExtension), \(table.records.count) rows, \(bytes.count) bytes)"
    }
}
