import Foundation
import TestSupport
import Testing

/// The executable in a Japanese locale: errors, `check` and `--help` in Japanese, with the
/// same exit statuses as in English; `--lang` chooses over the locale.
@Suite struct JapaneseCommandLineTests {
    static let japanese = ["LANG": "ja_JP.UTF-8"]

    @Test("LANG=ja_JP.UTF-8: an unknown command is reported in Japanese, with the exit status of English")
    func unknownCommand() throws {
        let japanese = try muniplan(["-c", "bodis"], environment: Self.japanese)
        let english = try muniplan(["-c", "bodis"])
        #expect(japanese.stderr == "-c:1: 不明なコマンド「bodis」 — 「bodies」のことですか？\n", "\(japanese)")
        #expect(english.stderr == "-c:1: unknown command 'bodis' — did you mean bodies?\n", "\(english)")
        #expect(japanese.status == 1 && english.status == 1)
    }

    @Test("LANG=ja_JP.UTF-8: a usage error and a number out of range, exit 1 as in English")
    func usageErrors() throws {
        let japanese = try muniplan(["-c", "capacity advisor 1000001"], environment: Self.japanese)
        #expect(japanese.stderr.hasPrefix("-c:1: capacity：N には0～1,000,000の整数を指定してください（「1000001」は指定できません） — 使い方：capacity "),
                "\(japanese)")
        #expect(japanese.status == (try muniplan(["-c", "capacity advisor 1000001"])).status)
    }

    @Test("--lang en overrides a Japanese locale, and --lang ja an English one")
    func langOverrides() throws {
        let english = try muniplan(["--lang", "en", "-c", "bodis"], environment: Self.japanese)
        #expect(english.stderr == "-c:1: unknown command 'bodis' — did you mean bodies?\n", "\(english)")
        let japanese = try muniplan(["--lang=ja", "-c", "show 'x"])
        #expect(japanese.stderr == "-c:1: 6文字目に構文エラー：引用符が閉じていません\n", "\(japanese)")
        #expect(japanese.status == 1)
    }

    @Test("--lang xx is a usage error (exit 2), said in the locale's language")
    func badLang() throws {
        let japanese = try muniplan(["--lang", "xx"], environment: Self.japanese)
        #expect(japanese.status == 2, "\(japanese)")
        #expect(japanese.stderr.hasPrefix("muniplan：--lang には ja か en を指定してください（「xx」は指定できません）\n使い方：muniplan "), "\(japanese)")
        let english = try muniplan(["--lang", "xx"])
        #expect(english.status == 2, "\(english)")
        #expect(english.stderr.hasPrefix("muniplan: --lang takes ja or en, not 'xx'\nusage: muniplan "), "\(english)")
    }

    @Test("the command line's own errors are in Japanese too: an unknown option, a missing value; exit 2 in both")
    func argumentErrors() throws {
        for (arguments, japaneseLine, englishLine) in [
            (["--frob"], "muniplan：不明なオプション「--frob」", "muniplan: Unknown option '--frob'"),
            (["--data"], "muniplan：--data には値が必要です", "muniplan: Missing value for '--data <dir>'"),
        ] {
            let japanese = try muniplan(arguments, environment: Self.japanese)
            let english = try muniplan(arguments)
            #expect(japanese.stderr.split(separator: "\n").first.map(String.init) == japaneseLine)
            #expect(english.stderr.split(separator: "\n").first.map(String.init) == englishLine)
            #expect(japanese.status == 2 && english.status == 2)
        }
    }

    @Test("--help in Japanese lists the same options; in English it is ArgumentParser's page")
    func help() throws {
        let japanese = try muniplan(["--help"], environment: Self.japanese)
        #expect(japanese.status == 0, "\(japanese)")
        #expect(japanese.stdout.hasPrefix("使い方：muniplan [-c <commands> ...]"), "\(japanese)")
        #expect(japanese.stdout.contains("\nオプション：\n"), "\(japanese)")
        #expect(japanese.stdout.contains("\n  --keep-going            スクリプトでエラーがあっても止めず、報告して続けます。\n"), "\(japanese)")
        let english = try muniplan(["--help"])
        #expect(english.status == 0, "\(english)")
        #expect(english.stdout.hasPrefix("USAGE: muniplan [-c <commands> ...]"), "\(english)")
        #expect(english.stdout.contains("  --keep-going            In scripts, report errors and go on instead of\n"), "\(english)")
        // The Japanese page is written beside the parser's: the same options, in the same order,
        // read off the English page, so an option added to one and not the other fails here.
        func heads(_ page: String) -> [String] {
            page.split(separator: "\n").filter { $0.hasPrefix("  -") }
                .map { String($0.dropFirst(2)).components(separatedBy: "  ").first ?? "" }
        }
        #expect(heads(english.stdout).count >= 12)
        #expect(heads(japanese.stdout) == heads(english.stdout))
    }

    @Test("check in Japanese: 成功 and 失敗 lines and the summary; exit 1 when one fails, as in English")
    func check() throws {
        try withTemporaryFolder { folder in
            try Data("kpi\n".utf8).write(to: folder.url.appendingPathComponent("a.plan"))
            try Data("bodis\n".utf8).write(to: folder.url.appendingPathComponent("b.plan"))
            let japanese = try muniplan(["check", "."], in: folder.url, environment: Self.japanese)
            #expect(japanese.stdout == "成功  ./a.plan\n失敗  ./b.plan：./b.plan:1: 不明なコマンド「bodis」 — 「bodies」のことですか？\n成功1件、失敗1件\n",
                    "\(japanese)")
            #expect(japanese.status == (try muniplan(["check", "."], in: folder.url)).status)
            #expect(japanese.status == 1)
        }
    }
}
