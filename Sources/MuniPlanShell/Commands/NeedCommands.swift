/// `weight`, `weights`: each a type of its own, in `Need/`.
enum NeedCommands {
    static let specs: [CommandSpec] = [
        WeightCommand.spec,
        WeightsCommand.spec,
    ]
}
