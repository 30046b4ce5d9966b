import Foundation
import MuniPlan

/// Mutated copies of a data directory's files: truncated and duplicated lines, stray quotes,
/// huge numbers, invalid UTF-8; and, when `aggressive`, byte-level damage and the TOML
/// fragments that aborted toml++ (`[{`, `[[,item]]`), which only a run of the executable
/// survives observing while that abort is possible.
public struct DataMutator: Sendable {
    /// The files a data directory is read from, in the order muniplan reads them.
    public static let files = ["districts.csv", "bodies.csv", "measures.toml", "uptake.toml", "boundaries.geojson"]
    /// The files the loader alone reads (without simulate and report).
    public static let loaderFiles = ["bodies.csv", "districts.csv", "measures.toml"]

    public let aggressive: Bool

    public init(aggressive: Bool) { self.aggressive = aggressive }

    static let fragments: [[UInt8]] = [
        "[{", "[[,item]]", "[}", "[[", "]]", "{", "}", "\"\"\"", "'''", "= [", "=", ".", "[a.", "\\u", "\\UFFFFFFFF",
        "1979-05-27T07:32:00Z", "0x", "1e", "1e300", "-1e300", "inf", "nan", "9223372036854775808", "+", "_", "a = {", "[ ]",
        "[.]", "[\"a\".\"b\"]", "a.\"b\" = 1", "capactiy = 19", "target = 1e300", "capacity = 2000000000000000000",
        "\"\n\"", ",\"", "\"\"", "\r", "\r\n", "\u{FEFF}", "\u{1B}[31m", "\u{202E}", "=1+1", "＝1", ",,,,,,,,,,,,", "-0", "1e-400",
        "{\"type\":", "[[[[[[[[[[", "]}", "null", "\"coordinates\": []", "NaN", "1e999",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0x7F]]

    /// `bytes` mutated 1–4 times.
    public func mutate(_ bytes: [UInt8], _ g: inout RandomSource) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<(aggressive ? Int.random(in: 1...4, using: &g) : 1) {
            bytes = aggressive && Bool.random(using: &g) ? byteLevel(bytes, &g) : lineLevel(bytes, &g)
        }
        return bytes
    }

    /// Whole-line damage, as an editor or a bad merge makes it.
    func lineLevel(_ bytes: [UInt8], _ g: inout RandomSource) -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { return bytes }
        let i = Int.random(in: 0..<lines.count, using: &g)
        func replacing(_ a: String, _ b: String) -> [UInt8] {
            Array(String(decoding: lines[i], as: UTF8.self).replacingOccurrences(of: a, with: b).utf8)
        }
        switch Int.random(in: 0..<11, using: &g) {
        case 0: lines[i] = Array(lines[i].prefix(Int.random(in: 0...max(0, lines[i].count), using: &g)))  // truncated line
        case 1: lines[i].insert(contentsOf: [0x82, 0xA0, 0xFF], at: Int.random(in: 0...lines[i].count, using: &g))  // not UTF-8
        case 2: lines[i] = replacing(",1", ",99999999999999999999999")
        case 3: lines.insert(lines[i], at: i)  // duplicated row or key
        case 4: lines[i].insert(0x22, at: Int.random(in: 0...lines[i].count, using: &g))  // stray quote
        case 5: lines.removeSubrange(i..<lines.count)  // file cut short
        case 6: lines[i] = replacing("=", "= =")
        case 7: lines[i] += Array(",,".utf8)
        case 8: lines[i] = replacing("1", "0")
        case 9: lines.swapAt(i, Int.random(in: 0..<lines.count, using: &g))
        default: lines[i] = replacing(",", ",\"\"")
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    /// Byte damage: deleted, copied, flipped ranges and inserted fragments.
    func byteLevel(_ bytes: [UInt8], _ g: inout RandomSource) -> [UInt8] {
        var b = bytes
        let i = Int.random(in: 0...b.count, using: &g)
        switch Int.random(in: 0..<5, using: &g) {
        case 0 where !b.isEmpty: b.removeSubrange(i..<min(b.count, i + Int.random(in: 1...8, using: &g)))
        case 1: b.insert(Array("[]{}\",'=.#\\ \t\n0123456789+-_:eE".utf8).randomElement(using: &g)!, at: i)
        case 2 where !b.isEmpty:
            let j = Int.random(in: 0..<b.count, using: &g)
            b.insert(contentsOf: b[j..<min(b.count, j + Int.random(in: 1...40, using: &g))], at: i)
        case 3 where !b.isEmpty: b[min(i, b.count - 1)] = UInt8.random(in: 0...255, using: &g)
        default: b.insert(contentsOf: Self.fragments.randomElement(using: &g)!, at: i)
        }
        return b
    }

    /// The listed files of a data directory that exist, by name.
    public static func originals(of directory: String, files: [String] = DataMutator.files) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: path) { out[file] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
        }
        return out
    }
}
