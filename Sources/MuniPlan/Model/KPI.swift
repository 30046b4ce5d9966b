/// A measure's target for a fiscal year (指標（ＫＰＩ）又は目標).
public struct KPI: Sendable, Hashable {
    /// Where a KPI's target comes from.
    public enum TargetOrigin: Sendable, Hashable {
        /// The data set (the source's, whose `targets_of` names), or none there.
        case data
        /// Set in this plan, by a scenario or at the prompt.
        case plan
    }

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case bodies
        case cumulativeBodies = "cumulative-bodies"
        case events, rate, volume

        /// Whether the plan's value comes from coverage (bodies) or from a planned figure.
        public var countsBodies: Bool { self == .bodies || self == .cumulativeBodies }
    }

    public let id: String
    public let measure: String
    public let kind: Kind
    /// nil where the data set states no target for it (the nationwide file: the source's
    /// targets are Fukushima's own).
    public let target: Double?
    /// Whose `target` is: the data's, or one the plan sets (`target KPI N`).
    public let targetOrigin: TargetOrigin
    public let unit: String
    public let fiscalYear: FiscalYear
    public let items: [String]
    /// The source's own words.
    public let text: String
    public let note: String?
    /// Where the source contradicts this target, what it says elsewhere.
    public let conflict: String?
    /// The note and the conflict as a Japanese reader reads them (`note_ja`, `conflict_ja`).
    public let noteJapanese: String?
    public let conflictJapanese: String?

    public init(id: String, measure: String, kind: Kind, target: Double?, unit: String,
                fiscalYear: FiscalYear, items: [String], text: String, note: String?, conflict: String?,
                noteJapanese: String? = nil, conflictJapanese: String? = nil, targetOrigin: TargetOrigin = .data) {
        self.targetOrigin = targetOrigin
        self.noteJapanese = noteJapanese
        self.conflictJapanese = conflictJapanese
        self.id = id
        self.measure = measure
        self.kind = kind
        self.target = target
        self.unit = unit
        self.fiscalYear = fiscalYear
        self.items = items
        self.text = text
        self.note = note
        self.conflict = conflict
    }

    /// The note in `language`, the English where the data has no Japanese.
    public func note(in language: Language) -> String? { language == .japanese ? noteJapanese ?? note : note }

    /// The same KPI held to `target` set in the plan, judged in `year` where one is given.
    public func setting(target: Double, year: FiscalYear?) -> KPI {
        KPI(id: id, measure: measure, kind: kind, target: target, unit: unit, fiscalYear: year ?? fiscalYear, items: items,
            text: text, note: note, conflict: conflict, noteJapanese: noteJapanese, conflictJapanese: conflictJapanese,
            targetOrigin: .plan)
    }

    public func conflict(in language: Language) -> String? { language == .japanese ? conflictJapanese ?? conflict : conflict }
}
