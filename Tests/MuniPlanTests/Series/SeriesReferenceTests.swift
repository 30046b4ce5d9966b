import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// The derived series against the Ministry's table in ../shared/reference, row for row.
@Suite("Series against ../shared/reference",
       .enabled(if: referenceAvailable, "no reference folder at ../shared/reference beside the checkout; skipping the row-by-row comparison"))
struct SeriesReferenceTests {
    /// `code@date` → (population, cards, published rate) of the reference rows for `codes`.
    static func reference(codes: Set<String>) throws -> [String: (Int, Int, Double)] {
        let text = try String(contentsOf: referenceDirectory.appendingPathComponent("mynumber-card-issuance.csv"), encoding: .utf8)
        var rows: [String: (Int, Int, Double)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 8, codes.contains(f[1]) else { continue }
            rows["\(f[1])@\(f[0])"] = (Int(f[4])!, Int(f[5])!, Double(f[6])!)
        }
        return rows
    }

    @Test(arguments: ["Data", "Data/japan"])
    func derivedFileMatchesTheReferenceRowForRow(folder: String) throws {
        let dataset = try DataLoader.load(directory: repositoryRoot.appendingPathComponent(folder).path)
        let series = try #require(dataset.series(of: "mynumber"))
        let reference = try Self.reference(codes: Set(dataset.bodies.map(\.code)))
        var ours: [String: (Int, Int, Double)] = [:]
        for (code, observations) in series.observations {
            for o in observations { ours["\(code)@\(o.date)"] = (o.population, o.cards, o.rate) }
        }
        #expect(ours.count == reference.count)
        #expect(ours.count == (folder == "Data" ? 59 : 1741) * 44)
        var differing = 0
        for (key, r) in reference {
            let o = try #require(ours[key], "\(key) is missing from \(folder)/mynumber.csv")
            #expect(o.0 == r.0 && o.1 == r.1, "\(key): population and cards differ")
            if abs(o.2 - r.2) > 0.05 + 1e-9 { differing += 1 }
        }
        // Our rate is recomputed; the Ministry's one-decimal rate rounds differently in a few rows (Data/README.md).
        #expect(differing <= 11)
    }
}
