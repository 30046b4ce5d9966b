import CLazyLibraries
import Foundation

/// One XML part of a workbook read through libxml2's SAX2 parser (`xml_sax.c`, libxml2 opened
/// on first use), its events handed to an `XLSXPartParser` with the names XMLParser gave:
/// qualified (`x:sheet`, `r:id`), namespace declarations among the attributes.
enum SAXReading {
    enum Outcome: Equatable {
        case parsed
        /// The part's handler failed (its `failure` says why).
        case stopped
        /// Not well-formed XML, or a DOCTYPE, at this line.
        case malformed(line: Int)
        /// libxml2 is not installed.
        case unavailable
    }

    static func read(_ data: Data, into part: XLSXPartParser) -> Outcome {
        var handler = MuniXMLHandler(
            context: Unmanaged.passUnretained(part).toOpaque(),
            attribute: { context, prefix, name, value, length in
                guard let context, let name else { return }
                let part = Unmanaged<XLSXPartParser>.fromOpaque(context).takeUnretainedValue()
                let bytes = UnsafeRawBufferPointer(start: value, count: value == nil ? 0 : length)
                var text = String(decoding: bytes, as: UTF8.self)
                // Without entity substitution libxml2 hands each `&` over as `&#38;`; every `&`
                // it passes is one of those (a DOCTYPE is refused, so no other entity is left).
                if bytes.contains(0x26) { text = text.replacing("&#38;", with: "&") }
                part.pending[SAXReading.qualified(prefix, name)] = text
            },
            start: { context, prefix, name in
                guard let context, let name else { return 0 }
                let part = Unmanaged<XLSXPartParser>.fromOpaque(context).takeUnretainedValue()
                part.didStart(SAXReading.qualified(prefix, name), attributes: part.pending)
                // Kept for the next element: a sheet's cells would otherwise grow a new table each.
                part.pending.removeAll(keepingCapacity: true)
                return part.failure == nil ? 0 : 1
            },
            end: { context, prefix, name in
                guard let context, let name else { return 0 }
                let part = Unmanaged<XLSXPartParser>.fromOpaque(context).takeUnretainedValue()
                part.didEnd(SAXReading.qualified(prefix, name))
                return part.failure == nil ? 0 : 1
            },
            text: { context, bytes, length in
                guard let context else { return 0 }
                let part = Unmanaged<XLSXPartParser>.fromOpaque(context).takeUnretainedValue()
                if part.collecting { part.text += String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self) }
                return 0
            })
        // The handler holds `part` unretained: it must outlive the parse.
        let outcome = withExtendedLifetime(part) {
            data.withUnsafeBytes { buffer in
                muni_xml_parse(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), buffer.count, &handler)
            }
        }
        switch outcome.status {
        case MuniXMLParsed: return .parsed
        case MuniXMLStopped: return .stopped
        case MuniXMLUnavailable: return .unavailable
        default: return .malformed(line: Int(outcome.line))
        }
    }

    /// `prefix:name`, or `name` without a prefix, as XMLParser named elements and attributes.
    private static func qualified(_ prefix: UnsafePointer<CChar>?, _ name: UnsafePointer<CChar>) -> String {
        guard let prefix, prefix.pointee != 0 else { return String(cString: name) }
        return String(cString: prefix) + ":" + String(cString: name)
    }
}
