import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// `mynumber.csv` loaded and checked with the data set: located errors for what a person
/// could get wrong editing it, and nothing required of an older folder without it.
@Suite("Observed series: loading and validation")
struct SeriesLoaderTests {
    static let withSeries = TemporaryData.files + ["mynumber.csv"]

    /// A series file of `rows` under the header, for two 福島 bodies.
    static func parse(rows: [String]) throws -> ObservedSeries {
        try SeriesLoader.parse(Array((["code,date,population,cards"] + rows).map { $0 + "\n" }.joined().utf8),
                               measure: "mynumber", file: "mynumber.csv", bodies: ["072010", "072028"])
    }

    @Test func bundledSeriesCoversEveryMunicipalityAtEveryDate() throws {
        let dataset = try bundledDataset()
        let series = try #require(dataset.series(of: "mynumber"))
        #expect(series.dates.count == 44)
        #expect(series.dates.first?.description == "2017-03-08")
        #expect(series.latestDate?.description == "2022-09-30")
        let municipalities = dataset.bodies.filter { $0.kind.isMunicipality }
        #expect(municipalities.count == 59)
        #expect(municipalities.allSatisfy { series.of($0.code).count == 44 })
        #expect(series.of("assoc-1").isEmpty)
    }

    @Test func folderWithoutTheFileLoadsWithNoSeries() throws {
        let dataset = try withTemporaryData { data in try DataLoader.load(directory: data.directory.path) }
        #expect(dataset.series.isEmpty)
        #expect(dataset.series(of: "mynumber") == nil)
    }

    @Test("a located error for each kind of bad row", arguments: [
        ("072010,2017-03-08,", "072010,2017-02-30,", "not a date: 2017-02-30 (expected YYYY-MM-DD)"),
        ("072010,2017-05-15,285026,24662", "072010,2017-05-15,285026,300000", "300000 cards for a population of 285026: a rate over 100%"),
        ("072010,2017-05-15,285026,24662", "072010,2017-03-08,285026,24662", "072010 has 2017-03-08 twice (first on line 2)"),
        ("072010,2017-05-15,285026,24662", "072010,2017-01-15,285026,24662", "072010: 2017-01-15 comes after 2017-03-08; dates must rise"),
        ("072010,2017-05-15,285026,24662", "072011,2017-05-15,285026,24662", "unknown body code 072011 (not in bodies.csv)"),
        ("072010,2017-05-15,285026,24662", "072010,2017-05-15,0,24662", "population is not a whole number above 0: 0"),
        ("072010,2017-05-15,285026,24662", "072010,2017-05-15,285026,-1", "cards is not a whole number: -1"),
        ("072010,2017-05-15,285026,24662", "072010,2017-05-15,285026", "expected 4 fields, found 3"),
        // Rows a byte off the usual shape, which the one-pass reading hands to the field-by-field checks.
        ("072010,2017-05-15,285026,24662", "072010,2017,05-15,285026,24662", "expected 4 fields, found 5"),
        ("072010,2017-05-15,285026,24662", "072010,2017-05-15,285026,24662,", "expected 4 fields, found 5"),
        ("072010,2017-05-15,285026,24662", "072010,2017-05-15,2850260000000,24662", "population is not a whole number above 0: 2850260000000"),
        ("072010,2017-05-15,285026,24662", "072010,2017-05-15,,24662", "population is not a whole number above 0: "),
        ("072010,2017-05-15,285026,24662", "072010,2017-05-15,285026,", "cards is not a whole number: "),
        ("072010,2017-05-15,285026,24662", "072010,2017-5-15,285026,24662", "not a date: 2017-5-15 (expected YYYY-MM-DD)"),
    ])
    func badRowIsLocated(old: String, new: String, message: String) throws {
        try withTemporaryData(files: Self.withSeries) { data in
            let line = try data.replace(old, with: new, in: "mynumber.csv")
            let issues = data.loadFailure()
            #expect(issues.map(\.description) == ["mynumber.csv:\(line): \(message)"])
        }
    }

    /// Rows of one body need not come together: a body taken up again after another's rows
    /// carries on with its own dates, and its duplicates are still found by line.
    @Test func bodyRowsAfterAnotherBodysRowsJoinItsOwn() throws {
        let series = try Self.parse(rows: ["072010,2017-03-08,100,1", "072028,2017-03-08,200,2", "072010,2017-05-15,100,3"])
        #expect(series.of("072010").map(\.cards) == [1, 3])
        #expect(series.of("072028").map(\.cards) == [2])
        do {
            _ = try SeriesLoader.parse(Array("code,date,population,cards\n072010,2017-03-08,100,1\n072028,2017-03-08,200,2\n072010,2017-03-08,100,3\n".utf8),
                                       measure: "mynumber", file: "mynumber.csv", bodies: nil)
            Issue.record("a date given twice was accepted")
        } catch {
            #expect(error.issues.map(\.description) == ["mynumber.csv:4: 072010 has 2017-03-08 twice (first on line 2)"])
        }
    }

    /// Bodies observed on different dates: every date is listed once, in order, and a sum
    /// is given only at the dates each body summed was observed on.
    @Test func bodiesOnDifferentDatesAreSummedOnlyWhereAllWereObserved() throws {
        let series = try Self.parse(rows: ["072010,2017-03-08,100,1", "072010,2017-05-15,100,3", "072010,2017-09-01,100,5",
                                           "072028,2017-05-15,200,2", "072028,2018-01-01,200,4"])
        #expect(series.dates.map(\.description) == ["2017-03-08", "2017-05-15", "2017-09-01", "2018-01-01"])
        let both = series.total(of: ["072010", "072028"])
        #expect(both.map(\.date.description) == ["2017-05-15"])
        #expect(both.map(\.cards) == [5] && both.map(\.population) == [300])
        #expect(series.total(of: ["072028"]).map(\.cards) == [2, 4])
        #expect(series.total(of: ["079999"]).isEmpty)
    }

    @Test func wrongHeaderIsRefusedInJapaneseToo() throws {
        try withTemporaryData(files: Self.withSeries) { data in
            _ = try data.replace("code,date,population,cards", with: "code,date,cards,population", in: "mynumber.csv")
            let issues = data.loadFailure()
            #expect(issues.map { $0.text(in: .japanese) }
                == ["mynumber.csv:1: 見出し行は code,date,population,cards としてください（実際は code,date,cards,population）"])
        }
    }

    @Test func unknownCodeInJapanese() throws {
        try withTemporaryData(files: Self.withSeries) { data in
            let line = try data.replace("072010,2017-05-15,", with: "079999,2017-05-15,", in: "mynumber.csv")
            #expect(data.loadFailure().map { $0.text(in: .japanese) } == ["mynumber.csv:\(line): 不明な団体コード 079999（bodies.csv にありません）"])
        }
    }

    @Test func prefectureRateIsCardsOverPopulationSummed() throws {
        let dataset = try bundledDataset()
        let series = try #require(dataset.series(of: "mynumber"))
        let total = series.total(of: dataset.bodies.map(\.code))
        let april = try #require(total.first { $0.date.description == "2022-04-01" })
        let last = try #require(total.last)
        // The issue's figures: 38.4% on 2022-04-01 and 43.9% on 2022-09-30.
        #expect((april.rate * 10).rounded() == 384)
        #expect((last.rate * 10).rounded() == 439)
        let cards = dataset.bodies.compactMap { series.of($0.code).last?.cards }.reduce(0, +)
        let people = dataset.bodies.compactMap { series.of($0.code).last?.population }.reduce(0, +)
        #expect(last.cards == cards && last.population == people)
        let meanOfRates = dataset.bodies.compactMap { series.of($0.code).last?.rate }.reduce(0, +) / 59
        #expect(abs(meanOfRates - last.rate) > 0.1, "a mean of rates would be a different figure")
        let rates = dataset.bodies.compactMap { series.of($0.code).last?.rate }
        #expect((rates.min()! * 10).rounded() == 294 && (rates.max()! * 10).rounded() == 683)
    }
}
