import Foundation
import TestSupport
import Testing

/// libxlsxwriter, GLPK, libxml2 and readline are opened when first used, not at every start-up: a
/// command that writes no workbook maps neither (nor libcrypto, which only libxlsxwriter needs),
/// and a workbook is still written; one that reads none maps no libxml2 (nor its libicu and
/// liblzma), and a workbook is still read; only the prompt maps readline (and libtinfo). The dynamic loader's own trace (LD_DEBUG=files) says which
/// libraries the process opened.
@Suite("libraries opened on first use")
struct LibraryLoadingTests {
    private static func opened(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.contains("file=") }.map(String.init)
    }

    @Test("kpi opens neither libxlsxwriter, libcrypto, GLPK, libxml2 (with libicu, liblzma) nor readline")
    func startUpOpensNeither() throws {
        let run = try muniplan(["-c", "kpi"], environment: ["LD_DEBUG": "files"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("libc.so"), "the loader's trace is there: \(run.stderr.prefix(400))")
        for library in ["libxlsxwriter", "libcrypto", "libglpk", "libgmp", "libxml2", "libicu", "liblzma", "libreadline", "libtinfo"] {
            #expect(!run.stderr.contains(library), "\(library): \(Self.opened(run.stderr))")
        }
    }

    @Test("a script read from standard input opens no readline")
    func pipedInputOpensNoReadline() throws {
        let run = try muniplan([], input: "kpi\n", environment: ["LD_DEBUG": "files"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("seminar"), "the script ran: \(run.stdout.prefix(400))")
        #expect(!run.stderr.contains("libreadline"), "\(Self.opened(run.stderr))")
    }

    @Test("an .xlsx export opens libxlsxwriter then, and writes the workbook")
    func exportOpensIt() throws {
        try withTemporaryFolder { folder in
            let run = try muniplan(["--allow-write", folder.path, "-c", "export coverage --to \(folder.path)/c.xlsx"],
                                   environment: ["LD_DEBUG": "files"])
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr.contains("libxlsxwriter.so.4"), "\(Self.opened(run.stderr))")
            let bytes = try Data(contentsOf: folder.url.appendingPathComponent("c.xlsx"))
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip, as every workbook is")
        }
    }

    @Test("reading an .xlsx opens libxml2 then, and reads the workbook")
    func readingOpensLibxml2() throws {
        try withTemporaryFolder { folder in
            let book = "\(folder.path)/b.xlsx"
            let run = try muniplan(["--lang", "ja", "--allow-write", folder.path, "-c", "export bodies --to \(book); indicators load \(book)"],
                                   environment: ["LD_DEBUG": "files"])
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr.contains("libxml2.so.2"), "\(Self.opened(run.stderr))")
            #expect(run.stdout.contains("人口"), "the workbook's columns were read: \(run.stdout)")
        }
    }
}
