// The hard allocation families as files, and one whole-process solve of such a file:
//     swift run -c release allocation-families write DIR     # the instances BENCHMARKS.md measures
//     .build/release/allocation-families solve FILE [NODES]   # value, proof, nodes, solve ms
// anchors/highs_allocation.py reads the same files; anchors/compare_allocation.py runs both
// interleaved and prints the medians.
import BenchmarkSupport
import Foundation
import MuniPlan

func write(_ directory: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let japan = AllocationInstances.real(Datasets.load(Paths.japan), name: "japan")
    var files: [(String, FamilyInstance)] = []
    for family in [HardFamily.costTracksScore, .stronglyCorrelated, .almostStronglyCorrelated] {
        for seed: UInt64 in 1...3 {
            files.append(("japan-\(family.rawValue)-seed\(seed)", try family.instance(over: japan, seed: seed)))
        }
    }
    let country = AllocationInstances.synthetic(bodies: 20_000)
    for seed: UInt64 in 1...3 {
        files.append(("synthetic20000-\(HardFamily.realistic.rawValue)-seed\(seed)",
                      try HardFamily.realistic.instance(over: country, seed: seed)))
    }
    for (name, instance) in files {
        let path = directory + "/" + name + ".csv"
        try instance.fileText.write(toFile: path, atomically: true, encoding: .utf8)
        print(path)
    }
}

/// `nodes`: the fast search's node limit before GLPK takes over (default: the engine's).
func solve(_ path: String, nodes: Int?) throws {
    let family = try FamilyInstance.read(path)
    var request = family.request
    if let nodes { request.nodeLimit = nodes }
    let clock = ContinuousClock()
    var result: AllocationResult?
    let elapsed = try clock.measure { result = try Allocator.allocate(family.instance.candidates, request) }
    guard let result else { return }
    let ms = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15
    let nodes = result.explanation.search?.nodes ?? 0
    print(String(format: "value=%.3f proven=%@ nodes=%d solve_ms=%.2f", result.totalScore,
                 result.optimal ? "yes" : "no", nodes, ms))
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch (arguments.first, arguments.count) {
    case ("write", 2): try write(arguments[1])
    case ("solve", 2): try solve(arguments[1], nodes: nil)
    case ("solve", 3): try solve(arguments[1], nodes: Int(arguments[2]))
    default:
        print("usage: allocation-families write DIR | solve FILE [NODES]")
        exit(2)
    }
} catch {
    print("error: \(error)")
    exit(1)
}
