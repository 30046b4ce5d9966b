// swift-tools-version: 6.1
import PackageDescription

// README's fast binary (`-c release`) starts in less memory: our own code is compiled a function
// a section, and lld places the functions a start-up runs side by side (tools/startup-order.txt,
// made by tools/startup-order.sh), so the kernel's fault-around (16 pages a fault) maps 4 MiB
// of code instead of 9; RELR packs the position-independent executable's relative relocations
// into 17 KB (the 2 MB table was read at every start). Names the list holds that a change
// removed are skipped: the list only orders, it never drops or adds code.
let releaseOnLinux = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
let packageRoot = String(#filePath.dropLast("Package.swift".count))
let functionSections = SwiftSetting.unsafeFlags(["-Xfrontend", "-function-sections"], releaseOnLinux)

let package = Package(
    name: "muniplan",
    products: [
        .executable(name: "muniplan", targets: ["muniplan"]),
        .library(name: "MuniPlan", targets: ["MuniPlan"]),
        .library(name: "MuniPlanShell", targets: ["MuniPlanShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The C surface of GNU readline, nothing else (see swift-platform-notes: no pkgConfig).
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // libxlsxwriter's C API, for .xlsx exports (like CReadline: no pkgConfig).
        .systemLibrary(name: "CXLSX", providers: [.apt(["libxlsxwriter-dev"])]),
        // GLPK's C API: the allocation's certified fallback (GPL-3+, like readline; no pkgConfig).
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        // libxlsxwriter's and GLPK's functions, each library opened on first use rather than
        // mapped at every start-up (with their seven libraries, a fifth of `-c kpi`'s CPU).
        // Also libxml2's, for the .xlsx reader (it, libicu and liblzma were mapped at start-up
        // through FoundationXML); compiled against its headers, which live in a subfolder.
        .target(name: "CLazyLibraries", cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])]),
        // readline's functions and the variables the prompt sets, opened on the prompt's first
        // use (the executable's alone: the libraries never touch readline).
        .target(name: "CLazyReadline", dependencies: ["CLazyLibraries"]),
        // An async-signal-safe SIGINT flag: a Swift global may be lazily initialised.
        .target(name: "CInterrupt"),
        // The message catalogue's format and checks; the compiler and the catalogue test use it.
        .target(name: "CatalogueFormat"),
        // Turns the catalogue's .po files into Swift for the core (run by CataloguePlugin).
        .executableTarget(name: "catalogue-compiler", dependencies: ["CatalogueFormat"]),
        .plugin(name: "CataloguePlugin", capability: .buildTool(), dependencies: ["catalogue-compiler"]),
        .target(
            name: "MuniPlan",
            dependencies: ["CXLSX", "CGLPK", "CLazyLibraries", .product(name: "TOMLKit", package: "TOMLKit"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Text/Catalogue"],
            swiftSettings: [functionSections],
            plugins: ["CataloguePlugin"]
        ),
        .target(name: "MuniPlanShell", dependencies: ["MuniPlan"], swiftSettings: [functionSections]),
        .executableTarget(
            name: "muniplan",
            dependencies: [
                "MuniPlanShell", "CReadline", "CLazyReadline", "CInterrupt",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [functionSections],
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                                           "-Xlinker", "--symbol-ordering-file=\(packageRoot)tools/startup-order.txt",
                                           "-Xlinker", "--no-warn-symbol-ordering",
                                           // libstdc++ (toml++ and the Swift runtime use it) linked in:
                                           // loading the shared one read its 600 KB of symbols and
                                           // relocations at every start (1.2 MiB, 15 % of the CPU).
                                           // The GCC Runtime Library Exception allows it.
                                           "-L\(packageRoot)tools/static-libstdc++",
                                           // Nothing looks our symbols up at run time: no 8,800-entry
                                           // dynamic symbol table for the loader to search.
                                           "-Xlinker", "--no-export-dynamic"], releaseOnLinux)]
        ),
        // libFuzzer's target (tools/fuzz.sh builds it with -sanitize=fuzzer); in an ordinary
        // build, a replayer of fuzz inputs. A developer tool: no product, not installed.
        .executableTarget(name: "muniplan-fuzz", dependencies: ["MuniPlanShell", "FuzzSupport"]),
        // The fuzzers' shared parts (generated lines, mutated data, a sandbox watched for
        // escapes, the message contract); used by the tests only, never by muniplan.
        .target(name: "FuzzSupport", dependencies: ["MuniPlanShell"], path: "Tests/FuzzSupport"),
        // What every test target shares: where Data/ is and the bundled data set, temporary
        // folders and data copies, interpreters and their captured output, the built executable.
        .target(name: "TestSupport", dependencies: ["MuniPlan", "MuniPlanShell"], path: "Tests/TestSupport"),
        .testTarget(name: "MuniPlanTests", dependencies: ["MuniPlan", "CatalogueFormat", "FuzzSupport", "TestSupport",
                                                   .product(name: "ZIPFoundation", package: "ZIPFoundation")], exclude: ["Golden"]),
        .testTarget(name: "MuniPlanShellTests", dependencies: ["MuniPlanShell", "FuzzSupport", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MuniPlan", "FuzzSupport", "TestSupport"], exclude: ["Transcripts"]),
    ],
    swiftLanguageModes: [.v6]
)
