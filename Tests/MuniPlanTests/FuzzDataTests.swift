import Foundation
import Testing
@testable import MuniPlan

/// Mutated data files through the loader: truncated lines, invalid UTF-8, huge numbers,
/// duplicated keys, stray quotes. Either the data loads or every problem is a located,
/// one-line issue in a known file; never a crash or a hang.
@Suite("fuzzing the data loader")
struct FuzzDataTests {

    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data")

    static let files = [DataLoader.bodiesFile, DataLoader.districtsFile, DataLoader.measuresFile]

    static func mutate(_ bytes: [UInt8], _ g: inout RandomSource) -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { return bytes }
        let i = Int.random(in: 0..<lines.count, using: &g)
        switch Int.random(in: 0..<8, using: &g) {
        case 0: lines[i] = Array(lines[i].prefix(Int.random(in: 0...max(0, lines[i].count), using: &g)))  // truncated line
        case 1: lines[i].insert(contentsOf: [0x82, 0xA0, 0xFF], at: Int.random(in: 0...lines[i].count, using: &g))  // not UTF-8
        case 2: lines[i] = Array(String(decoding: lines[i], as: UTF8.self).replacingOccurrences(of: ",1", with: ",99999999999999999999999").utf8)
        case 3: lines.insert(lines[i], at: i)  // duplicated row or key
        case 4: lines[i].insert(0x22, at: Int.random(in: 0...lines[i].count, using: &g))  // stray quote
        case 5: lines.removeSubrange(i..<lines.count)  // file cut short
        case 6: lines[i] = Array(String(decoding: lines[i], as: UTF8.self).replacingOccurrences(of: "=", with: "= =").utf8)
        default: lines[i] += Array(",,".utf8)
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    @Test("600 mutated data directories load or fail with located one-line issues")
    func mutatedData() throws {
        var originals: [String: [UInt8]] = [:]
        for file in Self.files {
            originals[file] = [UInt8](try Data(contentsOf: Self.dataDirectory.appendingPathComponent(file)))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("muniplan-datafuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var g = RandomSource(seed: 42)
        var refused = 0
        for _ in 0..<600 {
            let target = Self.files.randomElement(using: &g)!
            for file in Self.files {
                var bytes = originals[file]!
                if file == target { bytes = Self.mutate(bytes, &g) }
                try Data(bytes).write(to: folder.appendingPathComponent(file))
            }
            do {
                _ = try DataLoader.load(directory: folder.path)
            } catch {
                refused += 1
                #expect(!error.issues.isEmpty)
                for issue in error.issues {
                    #expect(Self.files.contains(issue.file), "\(issue)")
                    #expect(issue.line >= 1, "\(issue)")
                    #expect(!issue.message.isEmpty && !issue.message.contains("\n"), "\(issue)")
                }
            }
        }
        #expect(refused > 100, "most mutations should be refused (\(refused))")
    }
}
