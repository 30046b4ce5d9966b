import Foundation

/// A worksheet: rows by their row number, cells placed by their reference (`C7`), so
/// that empty cells Excel leaves out keep their column.
final class SheetPart: XLSXPartParser {
    /// Excel's own bounds: 16,384 columns, 1,048,576 rows.
    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    let strings: [String]
    /// Cell styles that show a percentage: such a cell is read as the number shown (31.5).
    let percentStyles: Set<Int>
    var rows: [(line: Int, fields: [String])] = []
    private var row: [String] = []
    private var rowNumber = 0
    private var column = 0
    private var type = "n"
    private var percent = false
    private var inValue = false

    init(strings: [String], percentStyles: Set<Int> = []) {
        self.strings = strings
        self.percentStyles = percentStyles
    }

    override func didStart(_ name: String, attributes: [String: String]) {
        switch name {
        case "row":
            let number = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            guard number > rowNumber, number <= Self.maxRows else { return fail(Message.IndicatorsFile.xlsxCell(reference: String(number))) }
            rowNumber = number
            row = []
        case "c":
            type = attributes["t"] ?? "n"
            percent = attributes["s"].flatMap { Int($0) }.map(percentStyles.contains) ?? false
            text = ""
            if let reference = attributes["r"] {
                guard let index = Self.column(of: reference), index >= row.count else {
                    return fail(Message.IndicatorsFile.xlsxCell(reference: reference))
                }
                column = index
            } else {
                column = row.count
            }
        case "v", "t":
            collecting = true
        default: break
        }
    }

    override func didEnd(_ name: String) {
        switch name {
        case "v", "t": collecting = false
        case "c":
            var value = text
            if type == "s" {
                guard let index = Int(text.trimmingWhitespace()), strings.indices.contains(index) else {
                    return fail(Message.IndicatorsFile.xlsxCell(reference: "\(Self.letters(column))\(rowNumber)"))
                }
                value = strings[index]
            } else if type == "n", percent, let fraction = Double(text.trimmingWhitespace()) {
                // Twelve significant digits: 0.315 × 100 is 31.499999999999996 in binary.
                value = NumberText.shortest((fraction * 100 * 1e10).rounded() / 1e10)
            }
            if column > row.count { row += Array(repeating: "", count: column - row.count) }
            row.append(value)
        case "row":
            rows.append((rowNumber, row))
        default: break
        }
    }

    /// `C7` → 2; nil past Excel's last column or for a malformed reference.
    static func column(of reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
            guard index <= maxColumns else { return nil }
        }
        return letters == 0 ? nil : index - 1
    }

    static func letters(_ column: Int) -> String {
        var n = column + 1
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }
}
