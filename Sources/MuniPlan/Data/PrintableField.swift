/// Text fields of data files must be printable: a name, a title or a note is shown at the
/// prompt, in messages and in exports, and a control character or a bidirectional override
/// in it would act on the terminal or make it read as something else. Refused at load.
enum PrintableField {
    /// Why `value` (the field `name`) is refused, or nil when it is printable.
    static func problem(_ name: String, _ value: String) -> Message? {
        guard let scalar = VisibleText.firstHidden(in: value) else { return nil }
        let code = String(scalar.value, radix: 16, uppercase: true)
        let shown = VisibleText.escaping(name)
        let field: any MessageArgument = shown.isEmpty ? Message.Data.aField : shown
        return Message.Data.controlCharacter(field: field, character: VisibleText.escape(scalar),
                                             code: String(repeating: "0", count: max(0, 4 - code.count)) + code)
    }

    /// The problems of a CSV record's fields, named by their header.
    static func problems(_ record: CSVTable.Record, header: [String]) -> [Message] {
        record.fields.indices.compactMap { i in problem(i < header.count ? header[i] : "field \(i + 1)", record.fields[i]) }
    }
}
