import Foundation

/// The parts of an .xlsx that `XLSXReader` reads, each handed its part's events by
/// `SAXReading`. A part that breaks the workbook's rules sets `failure`, which stops the parse.
class XLSXPartParser {
    var failure: Message?
    var text = ""
    var collecting = false
    /// The attributes of the element about to start, as `SAXReading` gathers them.
    var pending: [String: String] = [:]

    func fail(_ message: Message) {
        failure = message
    }

    /// An element opens: its qualified name (`x:sheet`) and attributes (`r:id`).
    func didStart(_ name: String, attributes: [String: String]) {}

    func didEnd(_ name: String) {}
}

/// `xl/workbook.xml`: the sheets in the workbook's order, each with its relation id.
final class WorkbookPart: XLSXPartParser {
    struct Sheet { let name: String; let relation: String }
    var sheets: [Sheet] = []

    override func didStart(_ name: String, attributes: [String: String]) {
        guard name == "sheet" || name.hasSuffix(":sheet") else { return }
        // The relation id's prefix is whatever the workbook declared (usually `r:`).
        guard let sheetName = attributes["name"], let id = attributes.first(where: { $0.key.hasSuffix(":id") })?.value else {
            return fail(Message.IndicatorsFile.xlsxPartMissing(part: "xl/workbook.xml sheet"))
        }
        sheets.append(Sheet(name: sheetName, relation: id))
    }
}

/// `xl/_rels/workbook.xml.rels`: relation id → part path.
final class RelationsPart: XLSXPartParser {
    var targets: [String: String] = [:]

    override func didStart(_ name: String, attributes: [String: String]) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// `xl/sharedStrings.xml`: each `si`'s text, its runs joined; phonetic guides (`rPh`, the
/// furigana Japanese Excel adds) left out.
final class SharedStringsPart: XLSXPartParser {
    var strings: [String] = []
    private var inPhonetic = false

    override func didStart(_ name: String, attributes: [String: String]) {
        switch name {
        case "si": text = ""
        case "rPh": inPhonetic = true
        case "t": collecting = !inPhonetic
        default: break
        }
    }

    override func didEnd(_ name: String) {
        switch name {
        case "si": strings.append(text)
        case "rPh": inPhonetic = false
        case "t": collecting = false
        default: break
        }
    }
}

/// `xl/styles.xml`: which cell styles show a number as a percentage (built-in formats 9 and
/// 10, or a custom format with `%`). Excel stores 31.5% as 0.315; a CSV of the same sheet
/// says 31.5%, which muniplan reads as 31.5, so a percent cell is read as its shown number.
final class StylesPart: XLSXPartParser {
    /// By cell style index (a cell's `s`), whether it is a percentage.
    var percentStyles: Set<Int> = []
    private var percentFormats: Set<Int> = [9, 10]
    private var inCellFormats = false
    private var style = 0

    override func didStart(_ name: String, attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), attributes["formatCode"]?.contains("%") == true {
                percentFormats.insert(id)
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), percentFormats.contains(id) { percentStyles.insert(style) }
            style += 1
        default: break
        }
    }

    override func didEnd(_ name: String) {
        if name == "cellXfs" { inCellFormats = false }
    }
}
