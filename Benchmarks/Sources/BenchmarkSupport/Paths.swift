import Foundation
import MuniPlan

/// Where the muniplan checkout is: the folder above Benchmarks/ (found from this file's
/// path at compile time), or `MUNIPLAN_ROOT` when set.
public enum Paths {
    public static let root: String = {
        if let root = ProcessInfo.processInfo.environment["MUNIPLAN_ROOT"], !root.isEmpty { return root }
        // …/Benchmarks/Sources/BenchmarkSupport/Paths.swift → …
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The bundled Fukushima data (59 municipalities and one association).
    public static var fukushima: String { root + "/Data" }
    /// Every municipality of Japan (1,741).
    public static var japan: String { root + "/Data/japan" }
    public static var scenarios: String { root + "/scenarios" }

    /// This process's scratch folder of that name, not created: package-benchmark registers
    /// the benchmarks in every process it starts, even those that only list them.
    public static func scratchPath(_ name: String) -> String { NSTemporaryDirectory() + "muniplan-bench-\(getpid())-\(name)" }

    /// A fresh scratch folder for benchmarks that write files.
    public static func scratch(_ name: String) -> String {
        let path = scratchPath(name)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

public enum Datasets {
    /// Loads a data directory or stops: a benchmark without its data measures nothing.
    public static func load(_ directory: String) -> Dataset {
        do { return try DataLoader.load(directory: directory) } catch {
            fatalError("cannot load \(directory): \(error.issues.map(\.message).joined(separator: "; "))")
        }
    }
}
