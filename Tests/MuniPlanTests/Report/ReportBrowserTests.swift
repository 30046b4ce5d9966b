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

/// Renders the report in headless Chromium: a 1280×800 screenshot and an A4 PDF.
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
        for (name, width, height) in [("report.png", 1280, 800), ("report-phone.png", 390, 844)] {
            let png = work + "/" + name
            let shot = try await chromium(["--window-size=\(width),\(height)", "--screenshot=\(png)", "file://\(html)"],
                                          profile: work + "/profile-\(width)")
            #expect(shot.status == 0, "chromium failed: \(shot.log.suffix(2000))")
            let image = try #require(FileManager.default.contents(atPath: png).map([UInt8].init), "no screenshot; log: \(shot.log.suffix(2000))")
            let size = try #require(pngSize(image), "not a PNG")
            #expect(size.0 == width && size.1 == height, "\(size)")
            #expect(image.count > 30_000, "a shaded map and text make a PNG well over 30 kB; got \(image.count) bytes at \(width) px")
        }
        keep(work, ["report.html", "report.png", "report-phone.png"])
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

    @Test func comparisonScreenshot() async throws {
        let folder = try TemporaryFolder(), work = folder.path
        defer { folder.remove() }
        let html = work + "/compare.html", png = work + "/compare.png"
        try AtomicFile.write(HTMLReport.comparisonBytes(try ReportComparisonTests.scenarios(.japanese)), to: html, overwrite: false)
        let shot = try await chromium(["--window-size=1280,800", "--screenshot=\(png)", "file://\(html)"], profile: work + "/profile")
        #expect(shot.status == 0, "chromium failed: \(shot.log.suffix(2000))")
        let image = try #require(FileManager.default.contents(atPath: png).map([UInt8].init), "no screenshot")
        #expect(pngSize(image).map { $0 == (1280, 800) } == true)
        #expect(image.count > 30_000, "two shaded maps make a PNG well over 30 kB; got \(image.count) bytes")
        keep(work, ["compare.html", "compare.png"])
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
