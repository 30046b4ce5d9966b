import Testing
@testable import MuniPlan

/// `YYYY-MM-DD` read from a data file's bytes: every digit checked, including the bytes just
/// outside 0–9, and the calendar after.
@Suite("series dates from text")
struct SeriesDateTextTests {
    @Test("a date reads as its day", arguments: [("2017-03-08", 17233), ("2000-02-29", 11016), ("1970-01-01", 0)])
    func reads(text: String, day: Int) {
        #expect(SeriesDate(text)?.dayNumber == day)
        #expect(SeriesDate(text)?.description == text)
    }

    @Test("anything but ten digits and dashes in place is refused",
          arguments: ["2017-03-0/", "2017-03-0:", "/017-03-08", "2017-0a-08", "2017/03/08", "2017-3-08", "2017-03-080",
                      "2017-02-30", "2017-13-01", "2017-00-10", "1899-12-31", "+017-03-08", "2017-03- 8", ""])
    func refuses(text: String) {
        #expect(SeriesDate(text) == nil)
    }
}
