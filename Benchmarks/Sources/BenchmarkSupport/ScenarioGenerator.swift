import MuniPlan

/// Writes long, valid scenario files for the Fukushima data: a deterministic mix of the
/// lines people write (fiscal years, assign and unassign by name, romaji, code or
/// selector, planned values, expectations, comments, `;` and continuation lines).
/// Every line succeeds, so a run goes to the end.
public enum ScenarioGenerator {
    public static func lines(_ count: Int, dataset: Dataset, seed: UInt64 = 7) -> [String] {
        var rng = SplitMix64(seed: seed)
        let bodies = dataset.bodies.filter { $0.kind.isMunicipality }
        let districts = dataset.districts.map(\.name)
        let years = ["R4", "2023", "FY2024", "令和7年度", "R5", "2022"]
        func body() -> String {
            let b = bodies[rng.below(bodies.count)]
            switch rng.below(4) {
            case 0: return b.name
            case 1: return b.romaji
            case 2: return b.code
            default: return b.shortName ?? b.name
            }
        }
        var out = ["# generated: \(count) lines", "fy R4", "assign security-cloud all"]
        var step = 0
        while out.count < count {
            step += 1
            let r = rng.below(100)
            switch r {
            case 0..<10:
                out.append(r < 5 ? "# step \(step): what if we move the grant?" : "")
            case 10..<15:
                out.append("fy \(years[rng.below(years.count)])")
            case 15..<40:
                out.append("assign ict-grant \(body()) \(body())")
            case 40..<45:
                out.append("assign ict-grant district:\(districts[rng.below(districts.count)]) kind:village")
            case 45..<60:
                out.append("unassign ict-grant \(body())")
            case 60..<66:
                out.append("set seminar \(1 + rng.below(6))")
            case 66..<70:
                out.append("set online-rate \(50 + rng.below(20)).5   # planned")
            case 70..<74:
                out.append("expect count covered:ict-grant >= 0")
            case 74..<78:
                out.append("expect not-covered advisor \(body())")
            case 78..<80:
                out.append("expect covered security-cloud \(body()) --fy R4")
            case 80..<90:
                out.append("assign ict-grant \(body()) \\")
                out.append("    \(body()) \(body())")
            default:
                let b = body()
                out.append("assign smart-city \(b); unassign smart-city \(b)")
            }
        }
        return Array(out.prefix(count))
    }
}
