/// Fills `{name}` placeholders; `{{` and `}}` are literal braces. The catalogue's build
/// checks every template, so an unknown name here can only be a missing argument, which
/// is left visible rather than dropped.
enum CatalogueTemplate {
    /// By UTF-8 bytes: the braces are ASCII and a template never puts a combining mark on
    /// one, so this reads them as the Characters would, without the grapheme breaking
    /// (every sentence shown goes through here, `assign`'s summary once a script line).
    static func fill(_ template: String, _ value: (String) -> String?) -> String {
        var template = template
        return template.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let next = index + 1
                if byte == open || byte == close, next < bytes.count, bytes[next] == byte {
                    out.append(byte)
                    index = next + 1
                } else if byte == open, let end = bytes[next...].firstIndex(of: close) {
                    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[next..<end]), as: UTF8.self)
                    if let filled = value(name) { out += filled.utf8 } else { out += "{\(name)}".utf8 }
                    index = end + 1
                } else {
                    out.append(byte)
                    index = next
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
}
