import Foundation
import TOMLKit

/// Reading the text files muniplan is given (data files, uptake models, scenarios) the
/// same way everywhere: a missing file named, a UTF-8 byte order mark accepted, bytes that
/// are not UTF-8 refused at their line, TOML syntax errors located.
public enum TextFile {
    /// The bytes at `path`, refused over `limit` (its kind's `InputLimits`); errors name the
    /// file as `file`. Only a regular file is read: a pipe or a device in a data folder
    /// from someone else could block for ever or never end.
    public static func bytes(atPath path: String, shownAs file: String,
                             limit: Int = InputLimits.dataFile) throws(DataError) -> [UInt8] {
        do {
            return try FileLocation.resolve(path, relativeTo: nil, shownAs: path).read(limit: limit).bytes
        } catch {
            if case .notFound = error { throw DataError(file: file, line: 0, Message.Data.missingFile(path: path)) }
            throw DataError(file: file, line: 0, error.message)
        }
    }

    /// UTF-8 text without its byte order mark. A NUL byte marks a binary file: refused
    /// whole, at its line, and nothing of it is quoted.
    public static func text(_ bytes: [UInt8], file: String) throws(DataError) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let nul = body.firstIndex(of: 0) {
            let line = 1 + body[..<nul].lazy.filter { $0 == 0x0A }.count
            throw DataError(file: file, line: line, Message.Data.nulByte)
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw DataError(file: file, line: lineOfFirstInvalidByte(in: Array(body)), Message.Data.notUtf8)
        }
        return text
    }

    public static func read(atPath path: String, shownAs file: String, limit: Int = InputLimits.dataFile) throws(DataError) -> String {
        try text(try bytes(atPath: path, shownAs: file, limit: limit), file: file)
    }

    /// A TOML document; a syntax error carries its line. The text is checked by
    /// `TOMLSyntax` first: malformed TOML can abort the process inside the library.
    static func toml(_ text: String, file: String) throws(DataError) -> TOMLTable {
        try TOMLSyntax.check(text, file: file)
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw DataError(file: file, line: error.source.begin.line, Message.Data.tomlSyntax(detail: TOMLLibraryProblem(libraryText: error.description)))
        } catch {
            throw DataError(file: file, line: 1, Message.Data.tomlSyntax(detail: "\(error)"))
        }
    }

    static func lineOfFirstInvalidByte(in bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }
}
