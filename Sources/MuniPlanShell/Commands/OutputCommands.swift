/// `coverage`, `export`, `report`, each a type of its own.
enum OutputCommands {
    static let specs: [CommandSpec] = [
        CoverageCommand.spec,
        ExportCommand.spec,
        ReportCommand.spec,
    ]
}
