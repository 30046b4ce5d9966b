/// The attribution a series' source asks for, shown under every table drawn from it
/// (Data/README.md, "Sources and licences").
public enum SeriesSource {
    static let attributions = ["mynumber": "「マイナンバーカード交付状況」（総務省）"]

    public static func attribution(of measure: String) -> String? { attributions[measure] }
}
