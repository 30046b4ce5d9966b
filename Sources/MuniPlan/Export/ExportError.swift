/// Why a table could not be turned into bytes.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file extension (or format name) that is not one of `choices`; empty when the
    /// path had no extension.
    case unknownExtension(String, choices: [String])
    /// A character the target encoding cannot represent, located by row and column.
    /// `row` counts the rows written to the file from 1, with 0 for the header or title.
    case unencodableCharacter(Character, encoding: String, row: Int, column: String)
    /// An option that does not apply to a format, e.g. `--excel` with JSON.
    case optionNotApplicable(option: String, format: ExportFormat)
    /// Two columns share an id, so a JSON object would have a duplicate key.
    case duplicateColumnID(String)
    /// A workbook could not be made.
    case workbook(XLSXError)
    /// Text was asked of a binary format (.xlsx).
    case notText(ExportFormat)

    public var message: Message {
        switch self {
        case let .unknownExtension(ext, choices):
            let list = choices.map { "." + $0 }.joined(separator: " ")
            if ext.isEmpty { return Message.Export.noExtension(choices: list) }
            return Message.Export.unknownFormat(ext: ext, choices: list)
        case let .unencodableCharacter(c, encoding, row, column):
            let scalars = c.unicodeScalars.map { "U+" + hex($0.value) }.joined(separator: " ")
            let place = row == 0 ? Message.Export.placeHeader : Message.Export.placeRow(row: row)
            return Message.Export.unencodable(character: String(c), scalars: scalars, encoding: encoding, place: place, column: column)
        case let .optionNotApplicable(option, format):
            return Message.Export.optionNotApplicable(option: option, format: format.fileExtension)
        case let .duplicateColumnID(id):
            return Message.Export.duplicateColumnId(id: id)
        case let .workbook(error):
            return error.message
        case let .notText(format):
            return Message.Xlsx.notText(format: format.fileExtension)
        }
    }

    public var description: String { message.description }
}

private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
