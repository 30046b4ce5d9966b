/// Why a workbook could not be made. Nothing was written to the destination when one of
/// these is thrown.
public enum XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The private temporary folder libxlsxwriter works in could not be made or read:
    /// `code` is the errno.
    case temporaryFolder(folder: String, code: Int32)
    /// libxlsxwriter refused: its `lxw_error` number and its own description.
    case library(code: Int32, reason: String)
    /// A text longer than a cell holds (Excel: 32,767 characters), located in the table.
    case cellTooLong(sheet: String, row: Int, column: String)

    public var message: Message {
        switch self {
        case let .temporaryFolder(folder, code):
            Message.Xlsx.temporaryFolder(folder: folder, reason: FileWriteError.reason(for: code))
        case let .library(code, reason):
            Message.Xlsx.libraryFailed(code: Int(code), reason: reason)
        case let .cellTooLong(sheet, row, column):
            Message.Xlsx.cellTooLong(sheet: sheet, row: row, column: column)
        }
    }

    public var description: String { message.description }
}
