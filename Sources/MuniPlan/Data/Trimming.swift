/// Trimming without Foundation's CharacterSet, for the loaders' hot loops.
extension String {
    func trimmingWhitespace() -> String {
        // Nothing to trim, seen from the end scalars (every field of a data file, 17,000 of
        // them for Japan's bodies): the first Character's whitespace is its first scalar's,
        // and a last scalar that never joins the one before it is the last Character's start.
        // A first scalar that stands alone is no whitespace either, without the property table.
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
           Self.standsAlone(first) || !first.properties.isWhitespace, Self.standsAlone(last) { return self }
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
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
