// The build's tool that turns the message catalogue (.po files) into Swift: the plugin runs
// it as `catalogue-compiler OUTPUT FILE.po…`. Embedding the texts in the binary means
// `swift run`, the tests and an installed muniplan all find them, with no resource bundle.
import CatalogueFormat
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: catalogue-compiler OUTPUT FILE.po…\n".utf8))
    exit(2)
}
var files: [(name: String, text: String)] = []
for path in arguments.dropFirst().sorted() {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("\(path): error: cannot read it as UTF-8\n".utf8))
        exit(1)
    }
    files.append((path, text))
}
do {
    let source = try SwiftCatalogueSource.generate(try CheckedCatalogue(files: files))
    let data = Data(source.utf8)
    // Unchanged output keeps its date, so the core is not recompiled for nothing.
    if FileManager.default.contents(atPath: output) != data {
        try data.write(to: URL(fileURLWithPath: output), options: .atomic)
    }
} catch let problems as CatalogueProblems {
    for problem in problems.problems {
        FileHandle.standardError.write(Data("\(problem.file):\(problem.line): error: \(problem.message)\n".utf8))
    }
    exit(1)
} catch {
    FileHandle.standardError.write(Data("\(output): error: \(error)\n".utf8))
    exit(1)
}
