import MuniPlan

/// What `expect count` states, as its verdict shows it: `count covered:advisor = 5 >= 2`, or
/// without the count (`count covered:advisor >= 2`) where it failed. Written straight into the
/// verdict's bytes: scripts repeat counts, and interpolating the text cost a few thousand
/// instructions a line.
struct CountCheck: MessageArgument {
    let selectors: [String]
    /// The count found; nil leaves it out.
    let count: Int?
    let comparison: Comparison
    let value: Int

    func write(into out: inout [UInt8], in language: Language) {
        out.appendUTF8("count ")
        for (i, selector) in selectors.enumerated() {
            if i > 0 { out.append(UInt8(ascii: " ")) }
            out.appendUTF8(selector)
        }
        if let count {
            out.appendUTF8(" = ")
            count.write(into: &out, in: language)
        }
        out.append(UInt8(ascii: " "))
        out.appendUTF8(comparison.rawValue)
        out.append(UInt8(ascii: " "))
        value.write(into: &out, in: language)
    }

    func text(in language: Language) -> String {
        var out: [UInt8] = []
        write(into: &out, in: language)
        return String(decoding: out, as: UTF8.self)
    }
}
