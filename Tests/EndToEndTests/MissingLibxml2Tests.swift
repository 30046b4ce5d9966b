import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Without libxml2 an .xlsx cannot be read, and muniplan says so, in both languages, and goes
/// on: the run hides the library behind /dev/null in a mount namespace of its own (root and
/// util-linux's unshare needed, as CI has them), then exports a workbook (libxlsxwriter needs
/// no libxml2) and loads it.
@Suite("the .xlsx reader without libxml2")
struct MissingLibxml2Tests {
    /// The file the loader finds for libxml2.so.2 (and libxml2.so, the -dev link, names too).
    static let library: String? = ["/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib"]
        .map { URL(fileURLWithPath: "\($0)/libxml2.so.2") }
        .first { FileManager.default.fileExists(atPath: $0.path) }?
        .resolvingSymlinksInPath().path

    static var canHide: Bool { getuid() == 0 && library != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") }

    /// `muniplan arguments` with libxml2 unreadable: stdout and stderr together, and the status.
    static func withoutLibxml2(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["--mount", "/bin/sh", "-c", "mount --bind /dev/null \"$0\" && exec \"$@\"", try #require(library),
                             try Executable.url().path] + arguments
        process.currentDirectoryURL = folder.url
        process.environment = executableEnvironment(home: folder.url)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: bytes, as: UTF8.self))
    }

    @Test("indicators load of a workbook says libxml2 cannot be opened, in English and Japanese; the export before it works",
          .enabled(if: canHide, "needs root, unshare and libxml2.so.2 to hide"))
    func saysSo() throws {
        let english = try Self.withoutLibxml2(["-c", "export bodies --to b.xlsx; indicators load b.xlsx"])
        #expect(english.status != 0)
        #expect(english.output.contains("wrote b.xlsx (xlsx"), "\(english.output)")
        #expect(english.output.contains("b.xlsx:1: cannot read .xlsx workbooks: libxml2 cannot be opened (install libxml2, or save the sheet as CSV)"),
                "\(english.output)")
        let japanese = try Self.withoutLibxml2(["--lang", "ja", "-c", "export bodies --to b.xlsx; indicators load b.xlsx"])
        #expect(japanese.output.contains("b.xlsx:1: libxml2 を開けないため、.xlsxブックを読み込めません（libxml2 をインストールするか、シートをCSVで保存してください）"),
                "\(japanese.output)")
    }
}
