// swift-tools-version: 6.1
// The benchmarks: a package of their own, so that neither `swift build` nor `swift test` at
// the root builds them or package-benchmark. Run with
//     cd Benchmarks && swift package benchmark
// (see BENCHMARKS.md at the root). The Shell and Simulation suites and the probe need the
// root package's `MuniPlanShell` library product.
import PackageDescription

let package = Package(
    name: "muniplan-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "muniplan", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Paths, synthetic data and generated scenarios shared by the suites.
        .target(
            name: "BenchmarkSupport",
            dependencies: [.product(name: "MuniPlan", package: "muniplan")]
        ),
        // The gates and default configuration every suite uses.
        .target(name: "SuiteConfiguration", dependencies: [.product(name: "Benchmark", package: "benchmark")]),
        // Instance facts and scaling sweeps for BENCHMARKS.md (`swift run -c release benchmark-probe`).
        .executableTarget(
            name: "benchmark-probe",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "MuniPlan", package: "muniplan"),
                .product(name: "MuniPlanShell", package: "muniplan"),
            ]
        ),
        // The hard allocation families as files, and a whole-process solve of one (BENCHMARKS.md).
        .executableTarget(
            name: "allocation-families",
            dependencies: ["BenchmarkSupport", .product(name: "MuniPlan", package: "muniplan")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

/// One benchmark suite: an executable under Benchmarks/NAME/, as package-benchmark expects.
func suite(_ name: String, shell: Bool = false) -> Target {
    var dependencies: [Target.Dependency] = [
        "BenchmarkSupport", "SuiteConfiguration",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "MuniPlan", package: "muniplan"),
    ]
    if shell { dependencies.append(.product(name: "MuniPlanShell", package: "muniplan")) }
    return .executableTarget(
        name: name,
        dependencies: dependencies,
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

package.targets += [
    suite("Shell", shell: true),      // start-up, coverage, exports, scenarios
    suite("Allocation"),              // allocate by need: 59 / 1,741 / 20,000 bodies
    suite("Simulation", shell: true), // simulate: 100,000 runs of the FY2022 plan, 1 and 2 threads
    suite("Excel", shell: true),      // the nationwide coverage workbook written, a 1,741-row indicators workbook read; CSV beside
    suite("Series"),                  // forecast: 1,741 bodies × 1,000 paths; the nationwide series parsed and summed
    suite("Process"),                 // whole processes beside sqlite3: start-up and script lines (README's fast binary)
]
