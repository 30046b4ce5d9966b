import TestSupport
import Testing
@testable import MuniPlan

/// Excerpt: what a message may quote of a line that is not valid muniplan text.
@Suite struct ExcerptTests {
    @Test("short text is quoted as it is; long text is cut at 24 scalars with …")
    func cut() {
        #expect(Excerpt.of("frobnicate") == "frobnicate")
        #expect(Excerpt.of(String(repeating: "x", count: 24)) == String(repeating: "x", count: 24))
        #expect(Excerpt.of(String(repeating: "x", count: 25)) == String(repeating: "x", count: 24) + "…")
        #expect(Excerpt.of("root:$6$saltsalt$hashhashhashhash:19000") == "root:$6$saltsalt$hashhas…")
    }

    @Test("a Character stuffed with combining marks cannot carry a long text past the limit")
    func scalarsNotCharacters() {
        let stuffed = "a" + String(repeating: "\u{301}", count: 10_000)
        #expect(stuffed.count == 1)
        #expect(Excerpt.of(stuffed).unicodeScalars.count == 25, "24 scalars and the ellipsis")
    }

    @Test("control characters and bidirectional controls are written as escapes")
    func escapes() {
        #expect(Excerpt.of("a\tb\nc\r") == "a\\tb\\nc\\r")
        #expect(Excerpt.of("\u{1B}[31m") == "\\x1b[31m")
        #expect(Excerpt.of("\u{7F}\u{85}\u{202E}\u{2066}x") == "\\x7f\\x85\\u{202E}\\u{2066}x")
        #expect(Excerpt.of("檜枝岐村 ́") == "檜枝岐村 ́", "ordinary text, marks included, stays")
    }

    @Test("an indicators file without a code column shows a short piece of its header only")
    func indicatorHeader() throws {
        let bytes = Array("root:$6$saltsalt$hashhashhashhashhash:19000:0:99999:7:::\nx\n".utf8)
        let dataset = try bundledDataset()
        do throws(IndicatorError) {
            _ = try IndicatorLoader.load(bytes: bytes, file: "x.csv", dataset: dataset)
            Issue.record("a file without a code column should be refused")
        } catch {
            #expect(error.description == "x.csv:1: no column of bodies: head one code, コード, 団体コード, name, 名称 or 団体名 (header: root:$6$saltsalt$hashhas…)", "\(error)")
        }
    }

    @Test("a NUL byte makes a file binary: refused at its line, nothing quoted")
    func binaryText() {
        #expect(throws: DataError.self) { try TextFile.text(Array("ok\nsecret\0x\n".utf8), file: "b.txt") }
        do throws(DataError) {
            _ = try TextFile.text(Array("ok\nsecret\0x\n".utf8), file: "b.txt")
        } catch {
            #expect(error.description == "b.txt:2: a NUL byte: not a text file (a binary file?); nothing of it was used")
        }
    }
}
