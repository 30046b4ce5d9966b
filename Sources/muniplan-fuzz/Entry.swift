import Foundation

// The entry point. Built by tools/fuzz.sh (-sanitize=fuzzer -DMUNIPLAN_LIBFUZZER) it hands
// the command line to libFuzzer's driver, which calls `fuzzOneInput` with each input it
// makes; in an ordinary build (swift build) it replays the files named on its command line
// (a corpus folder, a crash file) once each, so that it builds with everything else and a
// finding reruns without libFuzzer.

nonisolated(unsafe) let target = FuzzTarget()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    target.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if MUNIPLAN_LIBFUZZER
/// libFuzzer's driver (FuzzerDriver.cpp), for a program that has its own main.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif

@main
enum Entry {
    static func main() {
        // The sandbox goes when the process ends normally (libFuzzer's jobs, the replay).
        atexit { target.sandbox.remove() }
        #if MUNIPLAN_LIBFUZZER
        var argc = CommandLine.argc
        var argv = Optional(CommandLine.unsafeArgv)
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    /// Runs each file (each file of each folder) once; a finding ends the process.
    static func replay(_ paths: [String]) {
        var count = 0
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("muniplan-fuzz: no such file: \(path)\n".utf8))
                exit(2)
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
            for file in files {
                guard let bytes = FileManager.default.contents(atPath: file) else { continue }
                target.run([UInt8](bytes))
                count += 1
            }
        }
        print("muniplan-fuzz: \(count) inputs replayed, no finding")
    }
}
