import MuniPlan

/// A table file a command loads (`indicators load`, `actual load`): its bytes read under
/// the file policy (a workbook is unpacked from those bytes, never from a path), then its
/// rows, CSV, TSV or .xlsx, as `--encoding` and `--sheet` say.
extension Interpreter {
    func sheetRows(_ file: String, options: IndicatorFile.Options) throws(ShellError) -> SheetRows {
        let bytes: [UInt8]
        do { bytes = try readFile(file, limit: InputLimits.indicatorsFile).bytes } catch {
            if case .notFound = error { throw .refused(Message.Edit.missingFile(file: file)) }
            throw .fileAccess(error)
        }
        do { return try IndicatorFile.rows(bytes, file: file, options: options) } catch { throw .indicators(error) }
    }
}

extension IndicatorFile.Options {
    /// The options of a command that loads such a file.
    static let specs = [OptionSpec("--encoding", .keyword(TextEncoding.names), help: Message.IndicatorsFile.optionEncoding),
                        OptionSpec("--sheet", .text, help: Message.IndicatorsFile.optionSheet)]

    /// `--encoding` and `--sheet` as given.
    init(_ arguments: Arguments) throws(ShellError) {
        self.init(encoding: try arguments.encoding(), sheet: arguments.value("--sheet"))
    }

    /// Refuses `--encoding` and `--sheet` on a form that reads no file: they would be dropped.
    static func refuseOutsideLoad(_ arguments: Arguments) throws(ShellError) {
        for spec in specs where arguments.flag(spec.name) {
            throw arguments.usageError(Message.IndicatorsFile.optionOnlyForLoad(option: spec.name))
        }
    }

    /// The options as a line writes them back: ` --encoding cp932 --sheet NAME`, or nothing.
    var words: String {
        (encoding.map { " --encoding \($0.rawValue)" } ?? "") + (sheet.map { " --sheet \(Lexer.quote($0))" } ?? "")
    }
}

extension Arguments {
    /// `--encoding` as given (nil: detected); a name that is none of `TextEncoding`'s is a
    /// usage error, not silently detected (`latin1` would read as UTF-8 or CP932).
    func encoding() throws(ShellError) -> TextEncoding? {
        guard let name = value("--encoding") else { return nil }
        guard let encoding = TextEncoding(name: name) else {
            throw usageError(Message.IndicatorsFile.unknownEncoding(encoding: Excerpt.of(name), names: MessageList(TextEncoding.names)))
        }
        return encoding
    }
}
