/// `bodies`, `show`, `districts`, `items`, `measures`, `kpi` (each a type of its own, in Lookup/).
enum LookupCommands {
    static let specs: [CommandSpec] = [
        BodiesCommand.spec,
        ShowCommand.spec,
        DistrictsCommand.spec,
        ItemsCommand.spec,
        MeasuresCommand.spec,
        KPICommand.spec,
    ]
}
