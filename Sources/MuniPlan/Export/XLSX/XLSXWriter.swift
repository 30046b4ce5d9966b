import CXLSX
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the bytes of an .xlsx workbook with libxlsxwriter, never touching the destination:
/// the library (1.1.4 has no in-memory output) writes into a private temporary folder
/// (0700, its own temporaries too), the bytes are read back and the folder removed; the
/// caller writes them through `AtomicFile` and the file policy like any other export.
///
/// Each sheet: a bold header row of column labels, frozen, with an autofilter; the records
/// (no subtotals, as CSV); columns as wide as their widest text in display columns; every
/// cell in 游ゴシック. The document's creation time is fixed, so the same sheets give the
/// same bytes.
public enum XLSXWriter {
    /// 2020-01-01T00:00:00Z: any fixed time will do; 0 would mean "now" to libxlsxwriter.
    static let creationTime: time_t = 1_577_836_800
    static let fontName = "游ゴシック"
    static let maximumTextLength = 32_767

    public static func bytes(_ sheets: [WorkbookSheet]) throws(XLSXError) -> [UInt8] {
        let folder = try PrivateFolder()
        defer { folder.remove() }
        guard let tmpdir = strdup(folder.path) else { throw XLSXError.library(code: Int32(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), reason: "strdup") }
        defer { free(tmpdir) }
        var options = lxw_workbook_options()
        options.tmpdir = tmpdir
        guard let workbook = workbook_new_opt(folder.path + "/workbook.xlsx", &options) else {
            throw libraryError(LXW_ERROR_CREATING_XLSX_FILE)
        }
        do throws(XLSXError) {
            try fill(workbook, with: sheets)
        } catch {
            _ = workbook_close(workbook) // frees it; what it wrote goes with the folder
            throw error
        }
        let closed = workbook_close(workbook)
        guard closed == LXW_NO_ERROR else { throw libraryError(closed) }
        return try folder.read("workbook.xlsx")
    }

    static func libraryError(_ error: lxw_error) -> XLSXError {
        .library(code: Int32(error.rawValue), reason: String(cString: lxw_strerror(error)))
    }

    private static func check(_ error: lxw_error) throws(XLSXError) {
        if error != LXW_NO_ERROR { throw libraryError(error) }
    }

    private static func fill(_ workbook: UnsafeMutablePointer<lxw_workbook>, with sheets: [WorkbookSheet]) throws(XLSXError) {
        var properties = lxw_doc_properties()
        properties.created = creationTime
        try check(workbook_set_properties(workbook, &properties))
        var formats = XLSXFormats(workbook: workbook)
        var names: [String] = []
        for sheet in sheets {
            let name = SheetName.make(sheet.name, taken: names)
            names.append(name)
            guard let worksheet = workbook_add_worksheet(workbook, name) else { throw libraryError(LXW_ERROR_PARAMETER_VALIDATION) }
            try write(sheet, named: name, to: worksheet, in: workbook, formats: &formats)
        }
    }

    private static func write(_ sheet: WorkbookSheet, named name: String, to worksheet: UnsafeMutablePointer<lxw_worksheet>,
                              in workbook: UnsafeMutablePointer<lxw_workbook>, formats: inout XLSXFormats) throws(XLSXError) {
        let table = sheet.table
        let columns = table.columns
        var widths = columns.map { DisplayWidth.of($0.label) + 4 } // room for the filter button
        for (c, column) in columns.enumerated() {
            try check(worksheet_write_string(worksheet, 0, lxw_col_t(c), column.label, formats.header))
        }
        let records = table.records
        for (r, row) in records.enumerated() {
            let percentRow = XLSXCell.isPercentRow(row, columns: columns)
            for (c, (column, cell)) in zip(columns, CSVTableEncoder.cells(of: row, count: columns.count)).enumerated() {
                let value = XLSXCell.make(cell, column: column, percentRow: percentRow)
                let at = (lxw_row_t(r + 1), lxw_col_t(c))
                switch value {
                case .blank: continue
                case let .text(s):
                    // libxlsxwriter's limit counts UTF-8 bytes; checked here to name the cell.
                    if s.utf8.count > maximumTextLength { throw XLSXError.cellTooLong(sheet: name, row: r + 1, column: column.id) }
                    try check(worksheet_write_string(worksheet, at.0, at.1, s, formats.text))
                case let .number(d, format):
                    try check(worksheet_write_number(worksheet, at.0, at.1, d, formats.number(format)))
                }
                widths[c] = max(widths[c], DisplayWidth.of(value.shown) + 2)
            }
        }
        for (c, width) in widths.enumerated() {
            _ = worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), Double(min(width, 60)), formats.text)
        }
        worksheet_freeze_panes(worksheet, 1, 0)
        if !columns.isEmpty {
            _ = worksheet_autofilter(worksheet, 0, 0, lxw_row_t(records.count), lxw_col_t(columns.count - 1))
        }
        if let chart = sheet.chart {
            try check(insert(chart, of: table, sheet: name, rows: records.count, into: worksheet, in: workbook))
        }
    }

    /// A column or line chart to the right of the table: categories from one column, a
    /// series a value column, each series named by its header cell.
    private static func insert(_ chart: WorkbookChart, of table: Table, sheet: String, rows: Int,
                               into worksheet: UnsafeMutablePointer<lxw_worksheet>,
                               in workbook: UnsafeMutablePointer<lxw_workbook>) -> lxw_error {
        guard rows > 0, let category = table.columns.firstIndex(where: { $0.id == chart.categoryColumn }),
              let made = workbook_add_chart(workbook, UInt8((chart.kind == .line ? LXW_CHART_LINE : LXW_CHART_COLUMN).rawValue))
        else { return LXW_NO_ERROR }
        for id in chart.valueColumns {
            guard let c = table.columns.firstIndex(where: { $0.id == id }),
                  let series = chart_add_series(made, nil, nil) else { continue }
            let last = lxw_row_t(rows)
            chart_series_set_categories(series, sheet, 1, lxw_col_t(category), last, lxw_col_t(category))
            chart_series_set_values(series, sheet, 1, lxw_col_t(c), last, lxw_col_t(c))
            chart_series_set_name_range(series, sheet, 0, lxw_col_t(c))
        }
        chart_title_set_name(made, chart.title)
        if let axis = chart.categoryAxis { chart_axis_set_name(made.pointee.x_axis, axis) }
        if let axis = chart.valueAxis { chart_axis_set_name(made.pointee.y_axis, axis) }
        guard chart.kind == .line else { return worksheet_insert_chart(worksheet, 1, lxw_col_t(table.columns.count + 1), made) }
        // A line over 44 dates needs room: twice Excel's default width, 1.6 times its height.
        var options = lxw_chart_options()
        options.x_scale = 2
        options.y_scale = 1.6
        return worksheet_insert_chart_opt(worksheet, 1, lxw_col_t(table.columns.count + 1), made, &options)
    }
}
