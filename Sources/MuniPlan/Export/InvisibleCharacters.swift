/// Unicode's default-ignorable code points: characters with no glyph of their own, which
/// converters and spreadsheets may drop. Foundation's Shift_JIS converter drops each of
/// them silently (measured over every code point), and after another character it never
/// returns at all ("a" + U+200B hangs in `__CFStringEncodingICUToBytes`), so CP932 must
/// refuse them before the converter sees them; the formula guard looks through them.
public enum InvisibleCharacters {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200B...0x200F,
             0x202A...0x202E, 0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0xFFF0...0xFFF8,
             0x1BCA0...0x1BCA3, 0x1D173...0x1D17A, 0xE0000...0xE0FFF: true
        default: false
        }
    }
}
