/// What a selector term means once its spelling is resolved (`district:aizu` and
/// `District:会津` are one selector): equal selectors select the same bodies, so a line
/// that repeats one is worked out once.
public enum BodySelector: Hashable, Sendable {
    case all
    case district(String)
    case kind(BodyKind)
    case group(String)
    /// Covered by a measure (as typed; the caller's coverage answers it).
    case covered(String)

    /// The measure of `covered:MEASURE` typed in printable ASCII (`covered:ict-grant`, the
    /// key in any case), found by bytes: what `BodyResolver.selector` reads it as, without
    /// lowercasing the key or matching it by name. Nil for any other term.
    static func coveredMeasure(_ term: String) -> String? {
        var term = term
        return term.withUTF8 { bytes -> String? in
            // `covered:` alone is the selector's to refuse (nothing after the colon).
            guard bytes.count > 8 else { return nil }
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte > 0x20, byte < 0x7F else { return nil }
                // `| 0x20` lowercases an ASCII letter and leaves the colon (nothing below 0x21 is let in).
                if index < 8, byte | 0x20 != Self.coveredPrefix[index] { return nil }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[8...]), as: UTF8.self)
        }
    }

    /// `covered:`, by byte.
    private static let coveredPrefix: [UInt8] = Array("covered:".utf8)
}

extension BodyResolver {
    /// The district a word names, by its name (会津), its bureau (会津地方振興局) or its romaji (aizu).
    func district(named value: String) -> String? {
        let folded = TextFolding.romaji(value), keys = districtKeys
        return dataset.districts.indices.first(where: {
            let district = dataset.districts[$0]
            return district.name == value || district.bureau == value || (!folded.isEmpty && keys[$0] == folded)
        }).map { dataset.districts[$0].name }
    }

    /// The selector `term` spells, nil when it names one body; an unknown selector or
    /// value is refused here, before any body is looked at.
    public func selector(_ term: String) throws(ResolveError) -> BodySelector? {
        // No colon and no `l` is neither `key:value` nor `all`: a name or a code, as most terms are.
        guard term.utf8.withContiguousStorageIfAvailable({ $0.contains { $0 == 0x3A || $0 == 0x6C || $0 == 0x4C } })
                ?? term.utf8.contains(where: { $0 == 0x3A || $0 == 0x6C || $0 == 0x4C }) else { return nil }
        let key: String, value: String
        let utf8 = term.utf8
        if utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) {
            // Printable ASCII without spaces (`covered:ict-grant`): nothing to trim and one byte
            // a Character, so the colon and `all` are found by bytes.
            if utf8.count == 3, utf8.elementsEqual("all".utf8, by: { $0 | 0x20 == $1 }) { return .all }
            guard let colon = utf8.firstIndex(of: 0x3A), colon != utf8.startIndex else { return nil }
            key = term[..<colon].lowercased()
            value = String(term[utf8.index(after: colon)...])
        } else {
            let text = term.trimmingWhitespace()
            if text.lowercased() == "all" { return .all }
            guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
            key = text[..<colon].lowercased()
            value = String(text[text.index(after: colon)...])
        }
        guard let selector = SelectorKey(rawValue: key) else { throw .unknownSelector(key) }
        guard !value.isEmpty else { throw .selectorValueMissing(selector) }
        switch selector {
        case .district:
            guard let name = district(named: value) else {
                throw .unknownSelectorValue(selector: .district, value: value, known: dataset.districts.map(\.name))
            }
            return .district(name)
        case .kind:
            guard let kind = BodyKind(word: value) else {
                throw .unknownSelectorValue(selector: .kind, value: value, known: BodyKind.allCases.map(\.rawValue))
            }
            return .kind(kind)
        case .group:
            guard groupNames.contains(value.lowercased()) else {
                throw .unknownSelectorValue(selector: .group, value: value, known: groupNames.sorted())
            }
            return .group(value.lowercased())
        case .covered:
            return .covered(value)
        }
    }

    /// The bodies a selector selects, in code order; `term` is the selector as typed, for
    /// messages. `coverage` answers `covered:MEASURE` (it may throw, e.g. for an unknown measure).
    public func bodies(_ selector: BodySelector, term: String,
                       coverage: ((String) throws -> Set<String>)?) throws(ResolveError) -> [Body] {
        switch selector {
        case .all: return dataset.bodies
        case let .district(name): return dataset.bodies.filter { $0.district == name }
        case let .kind(kind): return dataset.bodies.filter { $0.kind == kind }
        case let .group(group): return dataset.bodies.filter { $0.groups.contains(group) }
        case let .covered(measure):
            let codes = try covered(measure, term: term, coverage: coverage)
            return dataset.bodies.filter { codes.contains($0.code) }
        }
    }

    /// The codes `term` selects or names, in code order: `bodies(term, coverage:)`'s codes,
    /// without a copy of each body (`expect count covered:…` is a line many scripts repeat).
    public func codes(_ term: String, coverage: ((String) throws -> Set<String>)?) throws(ResolveError) -> [String] {
        // A spelling resolved before is its body's code: no selector check, trimming or copy
        // of the body. Only the trimmed words of terms that are no selector are remembered,
        // and such a word is no selector either.
        if let code = resolvedCode(term) { return [code] }
        guard let selector = try selector(term) else { return try [single(term.trimmingWhitespace()).code] }
        guard case let .covered(measure) = selector else { return try bodies(selector, term: term, coverage: coverage).map(\.code) }
        return dataset.inCodeOrder(try covered(measure, term: term, coverage: coverage))
    }

    /// The code of a spelling resolved before, if `term` is one.
    func resolvedCode(_ term: String) -> String? { store.resolved(term).map { dataset.bodies[$0].code } }

    func covered(_ measure: String, term: String, coverage: ((String) throws -> Set<String>)?) throws(ResolveError) -> Set<String> {
        guard let coverage else { throw .coverageUnavailable(term.trimmingWhitespace()) }
        do { return try coverage(measure) } catch {
            throw .unknownSelectorValue(selector: .covered, value: measure, known: dataset.measures.map(\.id))
        }
    }
}
