import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// What is wrong with a command's words reads in the session's language: in Japanese the
/// sentence before the usage line is Japanese (the typed words and ids stay as typed), and
/// English is unchanged.
@Suite struct UsageErrorLanguageTests {
    static let cases: [(line: String, english: String, japanese: String)] = [
        ("assign ict-grant", "missing BODY", "必須の引数 BODY がありません"),
        ("indicators load", "load takes one FILE", "load にはファイル（FILE）を一つ指定してください"),
        ("indicators set x 07201", "set needs a NAME and CODE VALUE pairs", "set には名前（NAME）と、コードと値の組（CODE VALUE）が必要です"),
        ("indicators nope", "unknown action 'nope'", "不明な操作「nope」"),
        ("weights nope", "unknown action 'nope'", "不明な操作「nope」"),
        ("pager maybe", "unknown state 'maybe'", "不明な状態「maybe」（on または off）"),
        ("format yaml", "unknown format 'yaml'", "不明な形式「yaml」"),
        ("lang fr", "unknown language 'fr'", "不明な言語「fr」（ja または en）"),
        ("allocate advisor by want", "expected 'by need'", "「by need」と指定してください"),
        ("allocate advisor apportion", "apportion needs a method: hamilton, dhondt, webster, huntington-hill",
         "apportion には配分方式が必要です：hamilton、dhondt、webster、huntington-hill"),
        ("allocate advisor 19 sideways", "unexpected 'sideways' (policies: by need, spread, apportion METHOD)",
         "余分な引数「sideways」（配分の方針：by need、spread、apportion METHOD）"),
        ("allocate advisor sideways", "unexpected 'sideways' (N is a whole number from 0 to 1,000,000; policies: by need, spread, apportion METHOD)",
         "余分な引数「sideways」（N は0～1,000,000の整数。配分の方針：by need、spread、apportion METHOD）"),
        ("allocate advisor 5 apportion dhondt --by area", "--by takes population or bodies", "--by には population、bodies のいずれかを指定してください"),
        ("allocate advisor 5 by need --by bodies", "--by applies to apportion", "--by は apportion と組み合わせて指定します"),
        ("allocate advisor 5 by need --budget 10", "--budget and --cost go together", "--budget と --cost は両方指定してください"),
        ("expect probability advisor", "expect probability needs a KPI, an optional target count, an operator and a probability",
         "expect probability には指標、（省略可の）目標数、比較演算子、確率が必要です"),
        ("expect kpi advisor", "expect kpi needs a KPI and a state or comparison", "expect kpi には指標と、状態または比較が必要です"),
        ("expect kpi advisor soon", "expected met, short, over or OP N after the KPI", "指標の後には met、short、over、または「演算子 数値」を指定してください"),
        ("expect covered advisor", "expect covered needs a measure and bodies", "expect covered には事業と団体が必要です"),
        ("expect count all", "expect count needs selectors, an operator and a number", "expect count には団体の指定、比較演算子、数値が必要です"),
        ("expect weather sunny", "unknown expectation 'weather'", "不明な確認の種類「weather」"),
        ("coverage --by measure", "--by takes district", "--by には district を指定してください"),
        ("report", "missing --to PATH.html", "出力先（--to PATH.html）の指定がありません"),
        ("export nothing --to x.csv", "cannot export 'nothing' (choose ", "「nothing」は出力できません（"),
        ("export coverage", "missing --to PATH", "出力先（--to PATH）の指定がありません"),
        ("export allocation --to x.csv", "export allocation needs a MEASURE", "export allocation には事業（MEASURE）を指定してください"),
        ("export coverage extra --to x.csv", "unexpected 'extra'", "余分な引数「extra」"),
    ]

    @Test("each usage error: English as before, Japanese in Japanese", arguments: cases.indices)
    func bothLanguages(index: Int) throws {
        let (line, english, japanese) = Self.cases[index]
        let interpreter = try makeInterpreter()
        let inEnglish = interpreter.failure(line)
        #expect(inEnglish.contains(english), "\(inEnglish)")
        try interpreter.run("lang ja")
        let inJapanese = interpreter.failure(line)
        #expect(inJapanese.contains(japanese), "\(inJapanese)")
        // Before the usage line, nothing of the English sentence is left.
        let problem = inJapanese.components(separatedBy: "使い方").first ?? inJapanese
        #expect(!problem.contains(english), "\(inJapanese)")
    }
}
