import MuniPlan

// Small data sets built in memory, for tests that need bodies the bundled data lacks.

/// A body with a valid code built from 5 digits.
public func makeBody(_ fiveDigits: String, _ name: String, kana: String, romaji: String, kind: BodyKind,
                     district: String, population: Int = 1000, groups: [String] = []) -> Body {
    Body(code: BodyCode.withCheckDigit(fiveDigits)!, name: name, kana: kana, romaji: romaji, kind: kind,
         district: district, population: population, latitude: nil, longitude: nil, groups: groups)
}

/// A data set holding only `bodies`, the districts they name, and any measures and KPIs given.
public func makeDataset(_ bodies: [Body], measures: [Measure] = [], kpis: [KPI] = []) -> Dataset {
    let districts = Array(Set(bodies.compactMap(\.district))).sorted().enumerated().map {
        District(name: $1, romaji: "district" + String(repeating: "a", count: $0 + 1), bureau: $1)
    }
    return Dataset(name: "test", prefecture: "test", source: "test", firstFiscalYear: FiscalYear(2022), centre: nil,
                   bodies: bodies, districts: districts, items: [], measures: measures, kpis: kpis, directory: nil)
}
