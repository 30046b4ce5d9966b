import Foundation

/// Loads and validates a data directory (`bodies.csv`, `districts.csv`, `measures.toml`).
/// Every problem is collected and reported as `file:line: message`.
public enum DataLoader {
    public static let bodiesFile = "bodies.csv"
    public static let districtsFile = "districts.csv"
    public static let measuresFile = "measures.toml"

    public static func load(directory: String) throws(DataError) -> Dataset {
        var issues: [DataIssue] = []
        var districts: [District] = []
        var bodies: [Body] = []
        var catalog: MeasureCatalog?
        do throws(DataError) { districts = try loadDistricts(try readBytes(directory, districtsFile)) } catch { issues += error.issues }
        do throws(DataError) {
            bodies = try loadBodies(try readBytes(directory, bodiesFile), districts: districts, checkDistricts: issues.isEmpty)
        } catch { issues += error.issues }
        do throws(DataError) {
            let text = try TextFile.text(try readBytes(directory, measuresFile), file: measuresFile)
            catalog = try MeasureCatalog(text: text, file: measuresFile)
        } catch { issues += error.issues }
        if let centre = catalog?.centre, issues.isEmpty, !bodies.contains(where: { $0.code == centre }) {
            issues.append(DataIssue(file: measuresFile, line: catalog?.centreLine ?? 1, Message.Data.centreNotBody(centre: centre)))
        }
        var series: [ObservedSeries] = []
        if issues.isEmpty, let catalog {
            do throws(DataError) {
                series = try SeriesLoader.load(directory: directory, measures: catalog.measures.map(\.id), bodies: Set(bodies.map(\.code)))
            } catch { issues += error.issues }
        }
        guard issues.isEmpty, let catalog else { throw DataError(issues) }
        return Dataset(name: catalog.name, prefecture: catalog.prefecture, source: catalog.source,
                       firstFiscalYear: catalog.firstFiscalYear, centre: catalog.centre, bodies: bodies, districts: districts,
                       items: catalog.items, measures: catalog.measures, kpis: catalog.kpis,
                       directory: directory, goals: catalog.goals, targetsOf: catalog.targetsOf, series: series)
    }

    static func readBytes(_ directory: String, _ file: String) throws(DataError) -> [UInt8] {
        try TextFile.bytes(atPath: (directory as NSString).appendingPathComponent(file), shownAs: file)
    }

    public static func loadDistricts(_ bytes: [UInt8]) throws(DataError) -> [District] {
        let table = try CSVTable(bytes: bytes, file: districtsFile)
        let cols = try table.columns(["name", "romaji", "bureau"])
        var issues: [DataIssue] = []
        var districts: [District] = []
        var firstLine: [String: Int] = [:]
        for record in table.records {
            guard record.fields.count == table.header.count else {
                issues.append(DataIssue(file: districtsFile, line: record.line, Message.Data.fieldCount(expected: table.header.count, found: record.fields.count)))
                continue
            }
            let unprintable = PrintableField.problems(record, header: table.header)
            guard unprintable.isEmpty else {
                issues += unprintable.map { DataIssue(file: districtsFile, line: record.line, $0) }
                continue
            }
            let values = cols.map { record.fields[$0].trimmingWhitespace() }
            if let empty = zip(["name", "romaji", "bureau"], values).first(where: { $0.1.isEmpty }) {
                issues.append(DataIssue(file: districtsFile, line: record.line, Message.Data.empty(field: empty.0)))
                continue
            }
            if let first = firstLine[values[0]] {
                issues.append(DataIssue(file: districtsFile, line: record.line, Message.Data.duplicateDistrict(district: values[0], first: first)))
                continue
            }
            firstLine[values[0]] = record.line
            districts.append(District(name: values[0], romaji: values[1], bureau: values[2]))
        }
        guard issues.isEmpty else { throw DataError(issues) }
        return districts
    }

    static let bodyColumns = ["code", "name", "kana", "romaji", "kind", "district", "population", "latitude", "longitude", "groups"]

    public static func loadBodies(_ bytes: [UInt8], districts: [District], checkDistricts: Bool = true) throws(DataError) -> [Body] {
        let table = try CSVTable(bytes: bytes, file: bodiesFile)
        let cols = try table.columns(bodyColumns)
        let districtNames = Set(districts.map(\.name))
        var issues: [DataIssue] = []
        var bodies: [Body] = []
        var firstLine: [String: Int] = [:]
        for record in table.records {
            func problem(_ what: Message) { issues.append(DataIssue(file: bodiesFile, line: record.line, what)) }
            guard record.fields.count == table.header.count else {
                problem(Message.Data.fieldCount(expected: table.header.count, found: record.fields.count))
                continue
            }
            // A record with an unprintable field is reported for that alone: no message quotes it.
            let unprintable = PrintableField.problems(record, header: table.header)
            guard unprintable.isEmpty else {
                unprintable.forEach(problem)
                continue
            }
            // By position in `bodyColumns`, not a dictionary a row: 1,741 rows made 17,000 inserts.
            let field = cols.map { record.fields[$0].trimmingWhitespace() }
            let (code, name, kana, romaji, kindText) = (field[0], field[1], field[2], field[3], field[4])
            let before = issues.count
            for (column, value) in zip(bodyColumns, field.prefix(5)) where value.isEmpty { problem(Message.Data.empty(field: column)) }
            let kind = BodyKind(rawValue: kindText)
            if kind == nil, !kindText.isEmpty {
                problem(Message.Data.unknownKind(kind: kindText, known: MessageList(BodyKind.allCases.map(\.rawValue))))
            }
            if let problemText = codeProblem(code, kind: kind) { problem(problemText) }
            if let first = firstLine[code], !code.isEmpty {
                problem(Message.Data.duplicateCode(code: code, first: first))
            } else if !code.isEmpty {
                firstLine[code] = record.line
            }
            let district = field[5]
            if district.isEmpty {
                if kind?.isMunicipality == true { problem(Message.Data.emptyDistrict(code: code)) }
            } else if checkDistricts, !districtNames.contains(district) {
                problem(Message.Data.unknownDistrict(district: district, known: MessageList(districts.map(\.name))))
            }
            var population: Int?
            let popText = field[6]
            if popText.isEmpty {
                if kind?.isMunicipality == true { problem(Message.Data.emptyPopulation(code: code)) }
            } else if let n = Int(popText), NumberLimits.population.contains(n), popText.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                population = n
            } else {
                problem(Message.Data.populationOutOfRange(population: popText, range: NumberLimits.range(NumberLimits.population)))
            }
            let latitude = coordinate(field[7], name: "latitude", limit: 90, problem: problem)
            let longitude = coordinate(field[8], name: "longitude", limit: 180, problem: problem)
            if (latitude == nil) != (longitude == nil) { problem(Message.Data.coordinatesTogether) }
            let groups = field[9].split(separator: " ").map(String.init)
            for group in groups where !Identifier.isValid(group) {
                problem(Message.Data.groupName(group: group))
            }
            if !romaji.isEmpty, !romaji.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 45 }) {
                problem(Message.Data.romaji(romaji: romaji))
            }
            guard issues.count == before, let kind else { continue }
            bodies.append(Body(code: code, name: name, kana: kana, romaji: romaji,
                               kind: kind, district: district.isEmpty ? nil : district, population: population,
                               latitude: latitude, longitude: longitude, groups: groups))
        }
        guard issues.isEmpty else { throw DataError(issues) }
        return bodies
    }

    /// A municipality needs a valid 6-digit code; an association without a published code
    /// has a stable lower-case id (see Data/README.md).
    static func codeProblem(_ code: String, kind: BodyKind?) -> Message? {
        guard !code.isEmpty else { return nil }
        let allDigits = code.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        if allDigits {
            guard code.utf8.count == 6 else { return Message.Data.codeDigits(code: code) }
            guard BodyCode.isValid(code) else {
                let expected = BodyCode.withCheckDigit(String(code.prefix(5))) ?? "?"
                return Message.Data.checkDigit(code: code, expected: expected)
            }
            return nil
        }
        if kind?.isMunicipality == true { return Message.Data.municipalityCode(code: code) }
        return Identifier.isValid(code) ? nil : Message.Data.bodyId(code: code)
    }

    private static func coordinate(_ text: String, name: String, limit: Double, problem: (Message) -> Void) -> Double? {
        guard !text.isEmpty else { return nil }
        guard let value = Double(text), value.isFinite, abs(value) <= limit else {
            problem(Message.Data.coordinate(name: name, value: text, limit: Int(limit)))
            return nil
        }
        return value
    }
}
