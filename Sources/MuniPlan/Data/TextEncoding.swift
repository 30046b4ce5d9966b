import Foundation

/// How the bytes of a text file are read: UTF-8, CP932 (what Japanese Excel and Notepad
/// save), UTF-16 with its byte order mark whatever is asked (`UTF16Text`), or detected — UTF-8 when the bytes are UTF-8, else CP932 when they decode as
/// CP932 text with Japanese in it. Random bytes often decode as CP932 (half-width kana are
/// single bytes), so a file without a kana or kanji is not taken for CP932.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case cp932

    /// `--encoding` words.
    public static let names = allCases.map(\.rawValue)

    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "cp932", "shift_jis", "sjis", "windows-31j": self = .cp932
        default: return nil
        }
    }

    /// Text of `bytes` (a UTF-8 BOM dropped): in `encoding`, or detected when nil. Refusals
    /// are located at the first line that cannot be read, and say what to do.
    public static func text(_ bytes: [UInt8], file: String, encoding: TextEncoding?) throws(DataError) -> String {
        if let text = try UTF16Text.decode(bytes, file: file) { return text }
        switch encoding {
        case .utf8: return try TextFile.text(bytes, file: file)
        case .cp932: return try cp932(bytes, file: file)
        case nil:
            let isUTF8 = String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...], as: UTF8.self) != nil
            // Neither: UTF-8's own refusal, which says how to save the file.
            guard !isUTF8, let text = try? cp932(bytes, file: file), text.unicodeScalars.contains(where: isJapanese) else {
                return try TextFile.text(bytes, file: file)
            }
            return text
        }
    }

    /// CP932 bytes as text; a NUL marks a binary file, as in UTF-8.
    static func cp932(_ bytes: [UInt8], file: String) throws(DataError) -> String {
        if let nul = bytes.firstIndex(of: 0) {
            throw DataError(file: file, line: 1 + bytes[..<nul].lazy.filter { $0 == 0x0A }.count, Message.Data.nulByte)
        }
        if let text = CP932.decode(bytes) { return text }
        var line = 1
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            if CP932.decode(Array(bytes[start..<i])) == nil { break }
            line += 1
            start = i + 1
        }
        throw DataError(file: file, line: line, Message.IndicatorsFile.notCp932)
    }

    /// Hiragana, katakana, CJK ideographs and full-width forms: what real CP932 text holds.
    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
