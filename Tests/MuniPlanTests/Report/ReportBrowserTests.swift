import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// The first Chromium on PATH, if any (Debian package `chromium`).
let reportChromiumPath: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
        for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
            return "\(dir)/\(name)"
        }
    }
    print("ReportBrowserTests: skipped — no chromium on PATH (Debian: apt-get install -y chromium fonts-noto-cjk)")
    return nil
}()

/// Renders the report and the comparison in headless Chromium: screenshots at 1280×800 and
/// 390×844 and A4 PDFs, measured page by page.
/// Set MUNIPLAN_REPORT_PREVIEW_DIR to keep report.html, report.png and report.pdf there.
@Suite("Report in a headless browser", .serialized,
       .enabled(if: reportChromiumPath != nil, "chromium is not on PATH (Debian package: chromium)"))
struct ReportBrowserTests {
    /// Runs Chromium headless with `arguments`; fails after `timeout` seconds.
    private func chromium(_ arguments: [String], profile: String, timeout: Double = 120) async throws -> (status: Int32, log: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(reportChromiumPath))
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--no-first-run", "--disable-extensions", "--user-data-dir=\(profile)"] + arguments
        let log = profile + ".log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                Issue.record("chromium did not finish within \(Int(timeout)) s")
                break
            }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        process.waitUntilExit()
        let text = FileManager.default.contents(atPath: log).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return (process.terminationStatus, text)
    }

    /// Width and height from a PNG's IHDR chunk.
    private func pngSize(_ bytes: [UInt8]) -> (Int, Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes.prefix(8)) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    /// A report as staff would make it: Japanese, every measure, a scenario and a date.
    static func deckInput() throws -> ReportInput {
        try ReportDeckTests.input(.japanese)
    }

    @Test func screenshotsAtDesktopAndPhoneWidth() async throws {
        let folder = try TemporaryFolder(), work = folder.path
        defer { folder.remove() }
        let html = work + "/report.html"
        try AtomicFile.write(HTMLReport.bytes(try Self.deckInput()), to: html, overwrite: false)
        try await screenshots(of: html, named: "report", in: work)
        keep(work, ["report.html", "report.png", "report-phone.png"])
    }

    /// `NAME.png` at 1280×800 and `NAME-phone.png` at 390×844, each a PNG of that size and
    /// well over 30 kB (shaded maps and text).
    private func screenshots(of html: String, named name: String, in work: String) async throws {
        for (file, width, height) in [(name + ".png", 1280, 800), (name + "-phone.png", 390, 844)] {
            let png = work + "/" + file
            let shot = try await chromium(["--window-size=\(width),\(height)", "--screenshot=\(png)", "file://\(html)"],
                                          profile: work + "/profile-\(width)")
            #expect(shot.status == 0, "chromium failed: \(shot.log.suffix(2000))")
            let image = try #require(FileManager.default.contents(atPath: png).map([UInt8].init), "no screenshot; log: \(shot.log.suffix(2000))")
            let size = try #require(pngSize(image), "not a PNG")
            #expect(size.0 == width && size.1 == height, "\(size)")
            #expect(image.count > 30_000, "shaded maps and text make a PNG well over 30 kB; got \(image.count) bytes at \(width) px")
        }
    }

    @Test func printsToPortraitA4WithoutBlankPages() async throws {
        let folder = try TemporaryFolder(), work = folder.path
        defer { folder.remove() }
        let html = work + "/report.html", pdf = work + "/report.pdf"
        try AtomicFile.write(HTMLReport.bytes(try Self.deckInput()), to: html, overwrite: false)
        let print = try await chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"], profile: work + "/profile-pdf")
        #expect(print.status == 0, "chromium failed: \(print.log.suffix(2000))")
        let document = try #require(FileManager.default.contents(atPath: pdf).map([UInt8].init), "no PDF")
        #expect(document.starts(with: Array("%PDF".utf8)))
        let text = String(decoding: document, as: UTF8.self)
        let portrait = occurrences(of: "/MediaBox [0 0 594.95996 841.91998]", in: text)
        let landscape = occurrences(of: "/MediaBox [0 0 841.91998 594.95996]", in: text)
        #expect(portrait >= 2 && landscape == 0, "A4 portrait pages only: \(portrait) portrait, \(landscape) landscape")
        keep(work, ["report.pdf"])
        guard let pdftoppm = PDFPages.pdftoppmPath else { return }
        let pages = try PDFPages.render(pdf, with: pdftoppm, into: work + "/pages")
        #expect(pages.count == portrait, "pdftoppm pages \(pages.count), PDF pages \(portrait)")
        #expect(pages.count <= 6, "\(pages.count) pages")
        // Every page but the last is used to its foot: ink reaches below 75% of its height.
        for (i, page) in pages.enumerated().dropLast() {
            #expect(page.lowestInk > 0.75, "page \(i + 1) ends at \(Int(page.lowestInk * 100))% of its height")
        }
        // The last page is no lone line: ink on at least 12% of its rows.
        if let last = pages.last { #expect(last.inkedRows > 0.12, "last page has ink on \(Int(last.inkedRows * 100))% of rows") }
    }

    @Test func comparisonOnScreenAndOnOneA4Page() async throws {
        let folder = try TemporaryFolder(), work = folder.path
        defer { folder.remove() }
        let html = work + "/compare.html", pdf = work + "/compare.pdf"
        try AtomicFile.write(HTMLReport.comparisonBytes(try ReportComparisonTests.scenarios(.japanese)), to: html, overwrite: false)
        try await screenshots(of: html, named: "compare", in: work)
        let print = try await chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"], profile: work + "/profile-pdf")
        #expect(print.status == 0, "chromium failed: \(print.log.suffix(2000))")
        let text = String(decoding: try #require(FileManager.default.contents(atPath: pdf)), as: UTF8.self)
        // Two scenarios' maps, their KPIs and the sources on one portrait A4 page.
        #expect(occurrences(of: "/MediaBox [0 0 594.95996 841.91998]", in: text) == 1)
        #expect(occurrences(of: "/MediaBox [0 0 841.91998 594.95996]", in: text) == 0)
        keep(work, ["compare.html", "compare.png", "compare-phone.png", "compare.pdf"])
        guard let pdftoppm = PDFPages.pdftoppmPath else { return }
        let pages = try PDFPages.render(pdf, with: pdftoppm, into: work + "/pages")
        #expect(pages.count == 1)
        #expect(pages.first.map { $0.lowestInk > 0.6 } == true, "the page is used well down")
    }

    /// Tables of 8 to 20 tall rows, each from a new page, so that in one of them the page
    /// ends just before its closing rows: those (total, target, status) take a body row
    /// with them instead of standing alone on the next page.
    @Test func closingRowsNeverStandAloneOnAPage() async throws {
        let pdftotext = "/usr/bin/pdftotext"
        guard FileManager.default.isExecutableFile(atPath: pdftotext) else {
            print("ReportBrowserTests: closing rows unchecked — no pdftotext (Debian: apt-get install -y poppler-utils)")
            return
        }
        let folder = try TemporaryFolder(), work = folder.path
        defer { folder.remove() }
        var page = HTMLReport.head(title: "rows", language: .english) + "<main>\n<style>section.coverage td { height: 21mm; }</style>\n"
        for n in 8...20 {
            let rows = (0..<n).map { Table.Row([.text("row\(n)x\($0)")]) }
                + ["total", "target", "status"].map { Table.Row([.text("\($0)\(n)")], kind: .total) }
            let table = Table(name: "coverage", title: "rows \(n)", columns: [Table.Column("c", label: "c")], rows: rows)
            page += "<div style=\"break-before: page\">\n" + HTMLReport.tableSection(table, className: "coverage", fallbackTitle: "") + "</div>\n"
        }
        page += HTMLReport.foot()
        let html = work + "/rows.html", pdf = work + "/rows.pdf", txt = work + "/rows.txt"
        try AtomicFile.write(Array(page.utf8), to: html, overwrite: false)
        let print = try await chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"], profile: work + "/profile-rows")
        #expect(print.status == 0, "chromium failed: \(print.log.suffix(2000))")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = [pdf, txt]
        try process.run()
        process.waitUntilExit()
        keep(work, ["rows.html", "rows.pdf"])
        let pages = String(decoding: try #require(FileManager.default.contents(atPath: txt)), as: UTF8.self).split(separator: "\u{0C}")
        #expect(pages.count > 13, "some tables run over a page: \(pages.count) pages")
        for n in 8...20 {
            let closing = try #require(pages.first { $0.contains("total\(n)") }, "no page holds total\(n)")
            #expect(closing.contains("status\(n)"), "table \(n): its closing rows are split")
            #expect(closing.contains("row\(n)x"), "table \(n): its closing rows stand alone on a page")
        }
    }

    /// Copies `files` to MUNIPLAN_REPORT_PREVIEW_DIR when it is set, to look at them.
    private func keep(_ work: String, _ files: [String]) {
        guard let keep = ProcessInfo.processInfo.environment["MUNIPLAN_REPORT_PREVIEW_DIR"], !keep.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
        for file in files {
            try? FileManager.default.removeItem(atPath: keep + "/" + file)
            try? FileManager.default.copyItem(atPath: work + "/" + file, toPath: keep + "/" + file)
        }
    }
}
