import Foundation
import Testing

/// A PDF's pages as grey images (poppler's `pdftoppm -gray`, PGM), measured for how much
/// of each page is used.
struct PDFPages {
    /// The fraction of the page's height above the lowest row with ink (0…1).
    let lowestInk: Double
    /// The fraction of rows with any ink.
    let inkedRows: Double

    static let pdftoppmPath: String? = {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/pdftoppm") {
            return dir + "/pdftoppm"
        }
        print("ReportBrowserTests: page checks skipped — no pdftoppm (Debian: apt-get install -y poppler-utils)")
        return nil
    }()

    /// Renders every page at 30 dpi and measures it; pages in order.
    static func render(_ pdf: String, with pdftoppm: String, into prefix: String) throws -> [PDFPages] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftoppm)
        process.arguments = ["-r", "30", "-gray", pdf, prefix]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "pdftoppm failed")
        let folder = (prefix as NSString).deletingLastPathComponent, stem = (prefix as NSString).lastPathComponent
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix(stem + "-") && $0.hasSuffix(".pgm") }.sorted()
        return try files.map { file in
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + file).map([UInt8].init))
            return try #require(measure(pgm: bytes), "\(file) is not a binary PGM")
        }
    }

    /// Reads a binary PGM (`P5 width height 255`); a row has ink when a pixel is darker than
    /// 200. The bottom 6% (the margin with the page number) is left out: a page number alone
    /// does not make a page used.
    static func measure(pgm bytes: [UInt8]) -> PDFPages? {
        var fields: [String] = [], i = 0
        while fields.count < 4, i < bytes.count {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            var field = ""
            while i < bytes.count, !(bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09) {
                field.append(Character(UnicodeScalar(bytes[i]))); i += 1
            }
            fields.append(field)
        }
        i += 1
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]),
              width > 0, height > 0, bytes.count >= i + width * height else { return nil }
        var lowest = 0, inked = 0
        for row in 0..<(height * 94 / 100) {
            let start = i + row * width
            if bytes[start..<start + width].contains(where: { $0 < 200 }) { lowest = row + 1; inked += 1 }
        }
        return PDFPages(lowestInk: Double(lowest) / Double(height), inkedRows: Double(inked) / Double(height))
    }
}
