/// Text saved as UTF-16 with a byte order mark: what Windows Notepad calls "Unicode" and
/// Excel's "Unicode テキスト" (tab-separated) writes. Known by its mark alone, whatever
/// encoding was asked: no UTF-8 or CP932 text starts with FF FE or FE FF.
enum UTF16Text {
    /// The text, or nil when `bytes` do not start with a UTF-16 byte order mark. Refusals
    /// (a NUL, an unpaired surrogate, an odd byte at the end) are located at their line.
    static func decode(_ bytes: [UInt8], file: String) throws(DataError) -> String? {
        let little: Bool
        if bytes.starts(with: [0xFF, 0xFE]) { little = true } else if bytes.starts(with: [0xFE, 0xFF]) { little = false } else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (first, second) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(little ? first | second << 8 : first << 8 | second)
            i += 2
        }
        var text = ""
        text.reserveCapacity(units.count)
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\0" { throw DataError(file: file, line: line, Message.Data.nulByte) }
                if scalar == "\n" { line += 1 }
                text.unicodeScalars.append(scalar)
            case .emptyInput:
                guard bytes.count % 2 == 0 else { throw DataError(file: file, line: line, Message.Data.notUtf16) }
                return text
            case .error:
                throw DataError(file: file, line: line, Message.Data.notUtf16)
            }
        }
    }
}
