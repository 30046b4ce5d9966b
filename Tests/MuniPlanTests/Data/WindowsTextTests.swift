import Foundation
import MuniPlan
import TestSupport
import Testing

/// Every text file muniplan reads accepts what Windows editors save: CRLF line ends and a
/// UTF-8 byte order mark. A data set and an uptake model saved so load as the originals do.
@Suite("text files saved on Windows")
struct WindowsTextTests {
    static func windows(_ text: String) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    @Test("a data set whose files are CRLF with a BOM loads the same bodies, districts and measures")
    func dataSet() throws {
        let original = try bundledDataset()
        try withTemporaryData { data in
            for file in TemporaryData.files {
                try data.write(file, bytes: Self.windows(try data.text(file)))
            }
            let loaded = try DataLoader.load(directory: data.directory.path)
            #expect(loaded.bodies == original.bodies)
            #expect(loaded.districts == original.districts)
            #expect(loaded.measures == original.measures)
        }
    }

    /// The lines a measures file's problems are reported at are counted the same in CRLF.
    @Test("a CRLF measures file's mistake is reported at its line, as in the original")
    func measuresProblemLine() throws {
        func issues(windows: Bool) throws -> [String] {
            try withTemporaryData { data in
                _ = try data.replace("alias = \"デジタル人材\"", with: "alias = \"トップ セミナー\"", in: "measures.toml")
                if windows { try data.write("measures.toml", bytes: Self.windows(try data.text("measures.toml"))) }
                return data.loadFailure().map(\.description)
            }
        }
        let original = try issues(windows: false)
        #expect(original == ["measures.toml:103: alias 'トップ セミナー' already names measure 'seminar'"])
        #expect(try issues(windows: true) == original)
    }

    @Test("an uptake model saved as CRLF with a BOM reads as the original")
    func uptakeModel() throws {
        let dataset = try bundledDataset()
        let text = try bundledText("uptake.toml")
        let original = try UptakeModel(text: text, file: "uptake.toml", dataset: dataset)
        let windows = try UptakeModel(text: try TextFile.text(Self.windows(text), file: "uptake.toml"), file: "uptake.toml", dataset: dataset)
        #expect(windows == original)
    }
}
