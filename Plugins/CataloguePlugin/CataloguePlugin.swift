import Foundation
import PackagePlugin

/// Compiles the core's message catalogue (`Text/Catalogue/*.po`) into Swift at build time,
/// so a translator edits only the .po files and the next build uses them.
@main
struct CataloguePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let folder = target.directoryURL.appending(path: "Text/Catalogue")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "po" }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "MessageCatalogue.swift")
        return [.buildCommand(displayName: "Compiling the message catalogue",
                              executable: try context.tool(named: "catalogue-compiler").url,
                              arguments: [output.path] + files.map(\.path),
                              inputFiles: files, outputFiles: [output])]
    }
}
