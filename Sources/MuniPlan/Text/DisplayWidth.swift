/// Terminal columns a string takes: East Asian Wide and Fullwidth characters take two,
/// combining marks and zero-width joiners none, ANSI escape sequences none. Deterministic,
/// unlike glibc's wcwidth (which depends on the locale).
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        var width = 0
        var inEscape = false
        for character in s {
            if inEscape {
                if let v = character.unicodeScalars.first?.value, (0x40...0x7E).contains(v), character != "[" { inEscape = false }
                continue
            }
            if character == "\u{1B}" { inEscape = true; continue }
            width += of(character)
        }
        return width
    }

    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        // An emoji presentation selector makes the cluster wide.
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        var lo = 0, hi = EastAsianWidthTable.wide.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let range = EastAsianWidthTable.wide[mid]
            if value < range.lowerBound { hi = mid - 1 } else if value > range.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// Pads `s` with spaces to `width` columns, on the right or the left.
    public static func pad(_ s: String, to width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(s)))
        return right ? fill + s : s + fill
    }
}
