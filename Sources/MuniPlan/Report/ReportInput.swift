/// Everything `HTMLReport` shows, as plain values the caller computes from a plan. The
/// report adds nothing of its own but layout, colours and the fixed section headings; no
/// dates appear unless passed in `generated`.
public struct ReportInput: Sendable {
    /// One step of the map's colour scale.
    public struct LegendEntry: Sendable, Equatable {
        public let value: Int
        public let label: String

        public init(value: Int, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// What the choropleth shows: a whole number per body code, e.g. 0/1 for "covered by
    /// one measure" or 0…M for "number of measures covered".
    public struct MapLayer: Sendable {
        /// The heading over the map, e.g. `事業数（FY2022 (R4)）`.
        public var caption: String
        /// The value of each body, by code. Codes without a value are drawn as "no data".
        public var values: [String: Int]
        /// The scale from lowest to highest: colours go from pale to dark in this order.
        /// Each entry's label is also the body's status on hover.
        public var legend: [LegendEntry]
        /// Extra hover text per code (e.g. `FY2022から`), shown under the status.
        public var details: [String: String]
        /// The legend label for bodies without a value.
        public var noDataLabel: String
        /// Codes to label on the map, in this order, each only where it fits without
        /// overlapping a label already placed (e.g. the covered bodies of one measure).
        public var labels: [String]

        public init(caption: String, values: [String: Int], legend: [LegendEntry],
                    details: [String: String] = [:], noDataLabel: String = "データなし", labels: [String] = []) {
            self.caption = caption
            self.values = values
            self.legend = legend
            self.details = details
            self.noDataLabel = noDataLabel
            self.labels = labels
        }
    }

    /// One bar of the district chart: bodies covered out of the district's total.
    public struct DistrictBar: Sendable, Equatable {
        public let district: String
        public let covered: Int
        public let total: Int

        public init(district: String, covered: Int, total: Int) {
            self.district = district
            self.covered = covered
            self.total = total
        }

        /// covered / total, 0 when the district has no bodies.
        public var share: Double { total > 0 ? Double(covered) / Double(total) : 0 }
    }

    /// One line of the header: what it is (`年度`) and its value (`令和4年度`).
    public struct Fact: Sendable, Equatable {
        public let label: String
        public let value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public var title: String
    public var subtitle: String?
    /// The data set's name (`福島県 第４-１ 市町村支援・連携`), which a comparison's title names.
    public var datasetName: String?
    /// The plan or scenario, fiscal year, date of the data and of the report, in the header.
    public var facts: [Fact] = []
    /// One small map per measure (covered or not), when the main map counts measures.
    public var measureMaps: [MapLayer] = []
    /// Each observed series over time (e.g. My Number card issuance), a line chart each.
    public var trends: [SeriesLineChart] = []
    /// Coverage by district and measure, shown instead of the bar chart when set.
    public var districtMatrix: DistrictMatrix?
    /// Bodies in code order: names and districts for hover text.
    public var bodies: [Body]
    public var boundaries: Boundaries
    public var map: MapLayer
    /// The heading over the bar chart, e.g. `振興局別カバー率（ＩＣＴアドバイザー）`.
    public var barCaption: String
    /// In display order; a prefecture total bar is added under them.
    public var districtBars: [DistrictBar]
    /// The label of the total bar.
    public var barTotalLabel: String
    public var kpiTable: Table
    public var coverageTable: Table
    /// Shown at the end, each under its subject in the page's language.
    public var sources: [Attribution]
    /// Shown in the header when given, e.g. `2025-04-01 作成` (the report never reads the
    /// clock, so output stays byte-identical).
    public var generated: String?
    /// The language the caller made the texts in, and the page's `lang` and fixed headings.
    public var language: Language

    public init(title: String, subtitle: String? = nil, bodies: [Body], boundaries: Boundaries,
                map: MapLayer, barCaption: String, districtBars: [DistrictBar], barTotalLabel: String = "県計",
                kpiTable: Table, coverageTable: Table, sources: [Attribution] = Attribution.bundled(dataset: nil),
                generated: String? = nil, language: Language = .english) {
        self.title = title
        self.subtitle = subtitle
        self.bodies = bodies
        self.boundaries = boundaries
        self.map = map
        self.barCaption = barCaption
        self.districtBars = districtBars
        self.barTotalLabel = barTotalLabel
        self.kpiTable = kpiTable
        self.coverageTable = coverageTable
        self.sources = sources
        self.generated = generated
        self.language = language
    }
}
