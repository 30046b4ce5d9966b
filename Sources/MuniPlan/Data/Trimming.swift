/// Trimming without Foundation's CharacterSet, for the loaders' hot loops.
extension String {
    func trimmingWhitespace() -> String {
        // Nothing to trim, seen from the end scalars (every field of a data file, 17,000 of
        // them for Japan's bodies): the first Character's whitespace is its first scalar's,
        // and a last scalar that never joins the one before it is the last Character's start.
        // A first scalar that stands alone is no whitespace either, without the property table.
        var copy = self
        let (first, last) = copy.withUTF8 { bytes in (Self.firstScalar(bytes), Self.lastScalar(bytes)) }
        if let first, let last, Self.standsAlone(first) || !first.properties.isWhitespace, Self.standsAlone(last) { return self }
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// The first and last scalars of valid UTF-8, read from its bytes (`unicodeScalars`
    /// costs ten times as much a field).
    private static func firstScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let lead = bytes.first else { return nil }
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return scalar(bytes[0..<Swift.min(width, bytes.count)])
    }

    private static func lastScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var start = bytes.count - 1
        while start > 0, bytes.count - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start < 0 ? nil : scalar(bytes[start...])
    }

    private static func scalar(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        if case let .scalarValue(scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// Printable ASCII, kana and CJK ideographs: never whitespace, and a grapheme break
    /// always comes before them unless after a prepended mark, which is not whitespace either.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF: true
        default: false
        }
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return s
    }
}
