import Testing
@testable import MuniPlan

/// Fiscal years as staff type them (2022, FY2022, R4, 令和4年度, H30 …) and as muniplan shows them.
@Suite("FiscalYear")
struct FiscalYearTests {
    @Test("accepted spellings", arguments: [
        ("2022", 2022), ("FY2022", 2022), ("fy2022", 2022), ("Fy2022", 2022), ("R4", 2022), ("r4", 2022),
        ("令和4年度", 2022), ("令和４年度", 2022), ("令和4年", 2022), ("令和4", 2022), ("ＦＹ２０２２", 2022), ("２０２２", 2022),
        ("Ｒ４", 2022), (" FY2022 ", 2022), ("令和元年度", 2019), ("R1", 2019), ("H30", 2018), ("h30", 2018),
        ("平成30年度", 2018), ("平成３０年度", 2018), ("H31", 2019), ("平成31年度", 2019), ("平成元年度", 1989), ("H1", 1989),
        ("1989", 1989), ("2100", 2100), ("R82", 2100), ("R10", 2028),
    ])
    func parse(text: String, year: Int) throws {
        #expect(try FiscalYear.parse(text) == FiscalYear(year), "'\(text)'")
    }

    @Test("shown as FY2022 (R4), with the Heisei era before 2019")
    func description() {
        #expect(FiscalYear(2022).description == "FY2022 (R4)")
        #expect(FiscalYear(2018).description == "FY2018 (H30)")
        #expect(FiscalYear(2019).description == "FY2019 (R1)")
        #expect(FiscalYear(1989).description == "FY1989 (H1)")
        #expect("\(FiscalYear(2022))" == "FY2022 (R4)")
        #expect(FiscalYear(2022).token == "FY2022")
        #expect(FiscalYear(2022).era == "R4")
    }

    @Test("every year from 1989 to 2100 round-trips through its token and its era")
    func roundTrip() throws {
        for year in FiscalYear.range {
            let fy = FiscalYear(year)
            #expect(try FiscalYear.parse(fy.token) == fy, "\(fy.token)")
            #expect(try FiscalYear.parse(fy.era) == fy, "\(fy.era)")
            #expect(try FiscalYear.parse(String(year)) == fy)
            #expect(fy.description == "\(fy.token) (\(fy.era))")
        }
    }

    @Test("order and arithmetic")
    func order() {
        #expect(FiscalYear(2018) < FiscalYear(2022))
        #expect(FiscalYear(2022).advanced(by: 3) == FiscalYear(2025))
        #expect(FiscalYear(2022).advanced(by: -4) == FiscalYear(2018))
    }

    @Test("anything else is an error naming the input", arguments: [
        "R0", "H32", "H0", "FY22", "20222", "22", "abc", "", " ", "R", "令和", "令和0年度", "平成32年度",
        "1988", "2101", "FY1988", "R83", "FY-2022", "-2022", "R+4", "FY+022", "R-1", "FY 2022x", "2022年度x", "S64", "昭和64年度", "R4.5",
    ])
    func invalid(text: String) {
        #expect(throws: FiscalYearError(text: text)) { try FiscalYear.parse(text) }
        let message = FiscalYearError(text: text).description
        #expect(message.contains("'\(text)'"), "\(message)")
        #expect(message.contains("FY2022") && message.contains("R4"), "the message shows what is accepted")
    }
}
