import Foundation
import TestSupport
import Testing

/// Plain command lines (`-c kpi`, `--data DIR`, `--lang ja`) are read without ArgumentParser;
/// each must mean what ArgumentParser makes of the same options spelled `--name=value`,
/// which it alone reads.
@Suite struct PlainCommandLineTests {
    @Test("a plain command line and its --name=value spelling give the same output and status", arguments: [
        (["--format", "csv", "-c", "kpi"], ["--format=csv", "-c", "kpi"]),
        (["--lang", "ja", "-q", "-c", "assign advisor 福島市", "-c", "kpi"], ["--lang=ja", "--quiet", "-c", "assign advisor 福島市", "-c", "kpi"]),
        (["--data", bundledDataDirectory.path, "-c", "coverage advisor"], ["--data=" + bundledDataDirectory.path, "-c", "coverage advisor"]),
        (["--lang", "xx", "-c", "kpi"], ["--lang=xx", "-c", "kpi"]),
        (["--format", "bogus", "-c", "kpi"], ["--format=bogus", "-c", "kpi"]),
        (["--version"], ["--version", "--lang=en"]),
    ])
    func sameAsArgumentParser(plain: [String], parsed: [String]) throws {
        let a = try muniplan(plain), b = try muniplan(parsed)
        #expect(a.status == b.status)
        #expect(a.stdout == b.stdout)
        #expect(a.stderr == b.stderr)
    }

    @Test("a value that looks like an option is still ArgumentParser's to refuse, with the usage")
    func dashedValueRefused() throws {
        let dashed = try muniplan(["-c", "-kpi"])
        #expect(dashed.status == 2, "\(dashed)")
        #expect(dashed.stderr.hasPrefix("muniplan: Missing value for '-c <commands>'"), "\(dashed.stderr)")
    }
}
