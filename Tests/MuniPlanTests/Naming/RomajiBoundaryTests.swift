import Foundation
import TestSupport
import Testing
@testable import MuniPlan

/// Issue 16 item 3: long vowels collapse within a word, never where two words meet
/// (瀬戸 + 内 is setouchi, not setochi). The nationwide data carries the right spellings,
/// each resolves by them, and Data/ is what tools/derive-data.py derives.
@Suite("Romaji at word boundaries")
struct RomajiBoundaryTests {
    static let japan: Result<Dataset, DataError> = Result { () throws(DataError) -> Dataset in
        try DataLoader.load(directory: bundledDataDirectory.appendingPathComponent("japan").path)
    }

    /// Code, name, the right romaji (the wrong one the old rule wrote is in the comment).
    static let names: [(String, String, String)] = [
        ("332127", "瀬戸内市", "setouchi"),     // setochi
        ("465259", "瀬戸内町", "setouchi"),     // setochi
        ("205613", "山ノ内町", "yamanouchi"),   // yamanochi
        ("213829", "輪之内町", "wanouchi"),     // wanochi
        ("203033", "小海町", "koumi"),          // komi
        ("015601", "滝上町", "takinoue"),       // takinoe
        ("015717", "豊浦町", "toyoura"),        // toyora
        ("313718", "琴浦町", "kotoura"),        // kotora
        ("122181", "勝浦市", "katsuura"),       // katsura
        ("363014", "勝浦町", "katsuura"),       // katsura
        ("304212", "那智勝浦町", "nachikatsuura"), // nachikatsura
        ("422088", "松浦市", "matsuura"),       // matsura
        ("282090", "豊岡市", "toyooka"),        // toyoka
        ("204161", "豊丘村", "toyooka"),        // toyoka
        ("016420", "広尾町", "hiroo"),          // hiro
        ("462136", "西之表市", "nishinoomote"), // nishinomote
        ("462179", "曽於市", "soo"),            // so
        ("092096", "真岡市", "mooka"),          // moka
        ("272205", "箕面市", "minoo"),          // mino
        // 河内 is one word (こうち): its おう is a long vowel, so the spelling stands.
        ("363219", "佐那河内村", "sanagochi"),
    ]

    @Test("each name has its right romaji in Data/japan/bodies.csv", arguments: names.map(\.0))
    func spelling(code: String) throws {
        let (_, name, romaji) = try #require(Self.names.first { $0.0 == code })
        let body = try #require(try Self.japan.get().body(code: code))
        #expect(body.name == name)
        #expect(body.romaji == romaji)
    }

    @Test("each resolves by its right romaji, with and without its suffix word", arguments: names.map(\.0))
    func resolves(code: String) throws {
        let (_, _, romaji) = try #require(Self.names.first { $0.0 == code })
        let resolver = BodyResolver(dataset: try Self.japan.get())
        let kind = try #require(try Self.japan.get().body(code: code)).kind
        let suffix = kind == .city ? "shi" : kind == .town ? "cho" : "mura"
        for typed in [romaji, romaji + "-" + suffix] {
            // 瀬戸内 and 勝浦 name a city and a town alike: ambiguous, both offered.
            let found: [Body]
            do throws(ResolveError) { found = try resolver.bodies(typed) } catch {
                guard case let .ambiguous(_, candidates) = error else { throw error }
                found = candidates
            }
            #expect(found.map(\.code).contains(code), "'\(typed)' found \(found.map(\.label))")
            // Only 豊岡市 and 豊丘村 share a spelling (both read とよおか), and 勝浦, 瀬戸内 a city and a town.
            #expect(found.allSatisfy { $0.romaji == romaji }, "'\(typed)' also found \(found.map(\.label))")
        }
    }

    @Test("the exact spelling wins over a collapsed one: minoo is 箕面市, mino is 美濃市")
    func exactFirst() throws {
        let resolver = BodyResolver(dataset: try Self.japan.get())
        #expect(try resolver.body("minoo").name == "箕面市")
        #expect(try resolver.body("mino").name == "美濃市")
        #expect(try resolver.body("Minō-shi").name == "美濃市", "a macron is dropped, as typed: mino")
        // A spelling only the collapsed key knows still finds the body.
        #expect(try resolver.body("setouchi-shi").name == "瀬戸内市")
        #expect(try resolver.body("yamanochi").name == "山ノ内町")
    }

    @Test("the association is romanised from its reading; nationwide it is Fukushima's")
    func association() throws {
        let fukushima = try #require(try bundledDataset().body(code: "assoc-1"))
        #expect(fukushima.romaji == "yobonoattaichibujimukumiai")
        #expect(fukushima.district == nil)
        let nationwide = try #require(try Self.japan.get().body(code: "assoc-1"))
        #expect(nationwide.romaji == fukushima.romaji)
        #expect(nationwide.district == "福島県")
        #expect(try BodyResolver(dataset: try bundledDataset()).body("yobonoattaichibujimukumiai").code == "assoc-1")
    }

    static let canDerive: Bool = referenceAvailable && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    @Test("Data/ is byte for byte what tools/derive-data.py derives from the reference files",
          .enabled(if: canDerive, "needs python3 and ../shared/reference beside the checkout"))
    func derived() throws {
        try withTemporaryFolder { folder in
            let run = Process()
            run.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            run.arguments = [repositoryRoot.appendingPathComponent("tools/derive-data.py").path,
                             "--reference", referenceDirectory.path, "--data", folder.url.path]
            run.standardOutput = FileHandle.nullDevice
            try run.run()
            run.waitUntilExit()
            #expect(run.terminationStatus == 0)
            for file in ["bodies.csv", "districts.csv", "boundaries.geojson", "LICENSE-japancode.txt",
                         "japan/bodies.csv", "japan/districts.csv", "japan/boundaries.geojson", "japan/measures.toml"] {
                let derived = try Data(contentsOf: folder.url.appendingPathComponent(file))
                let bundled = try Data(contentsOf: bundledDataDirectory.appendingPathComponent(file))
                #expect(derived == bundled, "Data/\(file) differs from what the script derives")
            }
        }
    }
}
