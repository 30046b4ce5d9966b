import Testing
@testable import MuniPlan

/// The one full-width fold: what fiscal years, file cells and headings, and the shell read.
@Suite struct WidthFoldingTests {
    @Test("full-width ASCII, the ideographic space and the minus sign read as ASCII; nothing else changes")
    func folds() {
        #expect(WidthFolding.ascii("ＦＹ２０２２") == "FY2022")
        #expect(WidthFolding.ascii("ＣＯＤＥ　ｙｅｓ") == "CODE yes")
        #expect(WidthFolding.ascii("−５") == "-5")
        #expect(WidthFolding.ascii("令和４年度 福島市 ﾌｸｼﾏ") == "令和4年度 福島市 ﾌｸｼﾏ")
    }

    @Test("each reader folds alike: a fiscal year, a value, a covered word")
    func readers() throws {
        #expect(try FiscalYear.parse("ＦＹ２０２２") == FiscalYear(2022))
        #expect(IndicatorCell.value("−1,234") == -1234)
        #expect(IndicatorCell.value("　１２．５％　") == 12.5)
        #expect(ActualCell.covered("ＹＥＳ") == true && ActualCell.covered("−") == false)
    }
}
