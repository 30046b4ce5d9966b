import CXLSX

/// The cell formats of one workbook, each made once: libxlsxwriter keeps every format
/// added, so asking again for the same look must give back the same format.
struct XLSXFormats {
    let header: UnsafeMutablePointer<lxw_format>?
    let text: UnsafeMutablePointer<lxw_format>?
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var numbers: [XLSXNumberFormat: UnsafeMutablePointer<lxw_format>] = [:]

    init(workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
        header = Self.make(workbook, bold: true, numberFormat: nil)
        text = Self.make(workbook, bold: false, numberFormat: nil)
    }

    mutating func number(_ format: XLSXNumberFormat) -> UnsafeMutablePointer<lxw_format>? {
        if let made = numbers[format] { return made }
        let made = Self.make(workbook, bold: false, numberFormat: format.code)
        numbers[format] = made
        return made
    }

    private static func make(_ workbook: UnsafeMutablePointer<lxw_workbook>, bold: Bool,
                             numberFormat: String?) -> UnsafeMutablePointer<lxw_format>? {
        guard let format = workbook_add_format(workbook) else { return nil }
        format_set_font_name(format, XLSXWriter.fontName)
        if bold { format_set_bold(format) }
        if let code = numberFormat { format_set_num_format(format, code) }
        return format
    }
}
