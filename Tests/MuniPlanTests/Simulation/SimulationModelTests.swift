import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// `uptake.toml`: the bundled model reads as documented; bad parameters are refused with
/// `file:line:` errors, each on the line at fault.
@Suite("Uptake model")
struct SimulationModelTests {
    static let file = UptakeModel.fileName

    func bundledText() throws -> String {
        try String(contentsOf: bundledDataDirectory.appendingPathComponent(Self.file), encoding: .utf8)
    }

    /// Parses `text`, expecting it to be refused; returns every issue.
    func failure(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [DataIssue] {
        let dataset = try bundledDataset()
        do throws(DataError) {
            _ = try UptakeModel(text: text, file: Self.file, dataset: dataset)
            Issue.record("the model was accepted but should have been refused", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.issues
        }
    }

    /// Replaces the first `old` after `marker` in the bundled text; expects one issue on that line.
    /// `linesDown`: the issue is that many lines below the replacement's start (an inserted line).
    func expectRefused(_ old: String, _ new: String, after marker: String? = nil, linesDown: Int = 0, containing fragments: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (text, line) = try replacingFirst(old, with: new, in: try bundledText(), after: marker, sourceLocation: sourceLocation)
        expectSingleIssue(try failure(text, sourceLocation: sourceLocation), file: Self.file, line: line + linesDown,
                          containing: fragments, sourceLocation: sourceLocation)
    }

    @Test("the bundled model: ict-grant and smart-city, with the documented numbers")
    func bundled() throws {
        let model = try bundledUptakeModel()
        #expect(model.advisorMeasure == "advisor")
        #expect(model.grantMeasure == "ict-grant")
        #expect(model.measures.map(\.measure) == ["ict-grant", "smart-city"])
        let grant = try #require(model.uptake(of: "ict-grant"))
        #expect(grant.base == 0.80)
        #expect(grant.carryOver == 0.5)
        #expect(grant.support == [.grant: 1.0, .both: 1.15])
        #expect(grant.kinds == [.city: 1.0, .town: 1.0, .village: 0.95])
        #expect(grant.sizes.map(\.below) == [3000, 10000, 50000, nil])
        let smart = try #require(model.uptake(of: "smart-city"))
        #expect(smart.support.count == 4)
        // Every probability the model can give stays in [0, 1] for every body.
        for uptake in model.measures {
            for body in try bundledDataset().bodies where uptake.kinds[body.kind] != nil {
                for state in uptake.support.keys {
                    for thisYear in [true, false] {
                        let p = try #require(uptake.probability(body, support: state, supportedThisYear: thisYear))
                        #expect(p >= 0 && p <= 1)
                    }
                }
            }
        }
    }

    @Test("the probability is base × support × kind × size × carry-over, clamped to [0, 1]")
    func probability() throws {
        let dataset = try bundledDataset()
        let grant = try #require(try bundledUptakeModel().uptake(of: "ict-grant"))
        let hinoemata = try #require(dataset.body(code: "073644"))  // village, 507 people
        let p = try #require(grant.probability(hinoemata, support: .both, supportedThisYear: true))
        #expect(abs(p - 0.80 * 1.15 * 0.95 * 0.85) < 1e-12)
        let later = try #require(grant.probability(hinoemata, support: .both, supportedThisYear: false))
        #expect(abs(later - p * 0.5) < 1e-12)
        #expect(grant.probability(hinoemata, support: .none, supportedThisYear: true) == nil)
        let high = MeasureUptake(measure: "x", base: 0.9, support: [.none: 3], kinds: [.village: 1],
                                 sizes: [SizeBand(below: nil, multiplier: 1)], carryOver: 1)
        #expect(high.probability(hinoemata, support: .none, supportedThisYear: true) == 1)
        #expect(grant.sizeMultiplier(population: nil) == 1)
        #expect(grant.sizeMultiplier(population: 0) == 0.85)
        #expect(grant.sizeMultiplier(population: 3000) == 0.95)
        #expect(grant.sizeMultiplier(population: 1_000_000) == 1.05)
    }

    @Test("a probability outside [0, 1] is refused on its line")
    func probabilityOutOfRange() throws {
        try expectRefused("base = 0.80", "base = 1.2", containing: ["'base'", "[0, 1]", "1.2"])
        try expectRefused("base = 0.50", "base = -0.1", containing: ["'base'", "[0, 1]"])
    }

    @Test("a negative multiplier is refused on its line")
    func negativeMultiplier() throws {
        try expectRefused("village = 0.95", "village = -1", containing: ["'village'", "≥ 0"])
        try expectRefused("carry_over = 0.8", "carry_over = -0.8", containing: ["'carry_over'", "≥ 0"])
    }

    @Test("an unknown measure is refused on its line, with a suggestion")
    func unknownMeasure() throws {
        try expectRefused("measure = \"smart-city\"", "measure = \"smart-citty\"", containing: ["unknown measure 'smart-citty'", "smart-city"])
        try expectRefused("grant = \"ict-grant\"", "grant = \"ict-grnat\"", containing: ["unknown measure 'ict-grnat'"])
    }

    @Test("a measure without a KPI counting bodies is refused")
    func measureWithoutBodyKPI() throws {
        try expectRefused("measure = \"smart-city\"", "measure = \"seminar\"", containing: ["seminar", "no KPI that counts bodies"])
    }

    /// The 1-based lines whose text is exactly `line`.
    func lines(equalTo line: String, in text: String) -> [Int] {
        text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak).enumerated()
            .filter { $0.element == line }.map { $0.offset + 1 }
    }

    @Test("a missing field is refused on its table's line")
    func missingField() throws {
        let (changed, _) = try replacingFirst("base = 0.50\n", with: "", in: try bundledText())
        // Reported on the second [[uptake]] header.
        let header = try #require(lines(equalTo: "[[uptake]]", in: changed).last)
        expectSingleIssue(try failure(changed), file: Self.file, line: header, containing: ["missing 'base'"])
        let (noVillage, _) = try replacingFirst("village = 0.8\n", with: "", in: try bundledText())
        let kind = try #require(lines(equalTo: "[uptake.kind]", in: noVillage).last)
        expectSingleIssue(try failure(noVillage), file: Self.file, line: kind, containing: ["missing 'village'"])
    }

    @Test("a support multiplier for a state that cannot occur, or a missing one, is refused")
    func supportStates() throws {
        try expectRefused("grant = 1.0\n", "grant = 1.0\nnone = 1.0\n", after: "[uptake.support]", linesDown: 1,
                          containing: ["'none' cannot occur for ict-grant", "grant"])
        let (changed, _) = try replacingFirst("both = 1.4\n", with: "", in: try bundledText())
        let support = try #require(lines(equalTo: "[uptake.support]", in: changed).last)
        expectSingleIssue(try failure(changed), file: Self.file, line: support, containing: ["missing 'both'"])
    }

    @Test("a non-number, an unknown key, an ineligible kind and bad size bands are refused")
    func otherMistakes() throws {
        try expectRefused("carry_over = 0.5", "carry_over = \"half\"", containing: ["'carry_over' must be a number"])
        try expectRefused("base = 0.80", "base = 0.80\nbsae = 0.8", linesDown: 1, containing: ["unknown key 'bsae'"])
        try expectRefused("village = 0.95", "village = 0.95\nassociation = 1.0", linesDown: 1, containing: ["cannot cover a association"])
        try expectRefused("below = 10000", "below = 2000", containing: ["must rise", "2000"])
        try expectRefused("multiplier = 1.05", "below = 90000\nmultiplier = 1.05", containing: ["last size band"])
    }

    @Test("a TOML syntax error is located")
    func syntaxError() throws {
        let (text, line) = try replacingFirst("base = 0.80", with: "base = = 0.80", in: try bundledText())
        let issues = try failure(text)
        #expect(issues.count == 1)
        #expect(issues.first?.line == line)
        #expect(issues.first?.message.hasPrefix("TOML syntax") == true)
    }

    @Test("TOML that aborted the process inside toml++ is a located syntax error", arguments: ["[{", "[[,item]]", "both = [}1]"])
    func abortingTOML(text: String) throws {
        try expectRefused("[uptake.kind]", "\(text)\n[uptake.kind]", containing: ["TOML syntax"])
    }

    @Test("a multiplier above 1e15 is refused on its line (a product of them must stay finite)")
    func hugeMultiplier() throws {
        try expectRefused("both = 1.15", "both = 1e300", containing: ["'both' is a multiplier", "at most 1e15", "1e+300"])
    }

    @Test("every problem is reported, not only the first")
    func everyProblem() throws {
        var text = try bundledText()
        text = try replacingFirst("base = 0.80", with: "base = 2", in: text).text
        text = try replacingFirst("base = 0.50", with: "base = 3", in: text).text
        #expect(try failure(text).count == 2)
    }

    @Test("a missing file is named")
    func missingFile() throws {
        #expect(throws: DataError.self) {
            try UptakeModel.load(path: "/nonexistent/uptake.toml", shownAs: "x/uptake.toml", dataset: try bundledDataset())
        }
    }
}
