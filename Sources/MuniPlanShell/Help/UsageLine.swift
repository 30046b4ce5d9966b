/// A command's usage line, built from its spec so that it cannot drift from what the parser
/// accepts: the name, each positional (`NAME`, `[NAME]`, `NAME…`, or its own shape), then
/// each option (`--to PATH`, `[--fy FY]`, `[--require BODY…]`) in the spec's order.
enum UsageLine {
    static func render(_ name: String, positionals: [PositionalSpec], options: [OptionSpec]) -> String {
        let parts = [name] + positionals.map(shape) + options.map { $0.required ? $0.head : "[\($0.head)]" }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func shape(_ positional: PositionalSpec) -> String {
        if let shape = positional.shape { return shape }
        let word = if case let .keyword(words) = positional.kind { words.joined(separator: "|") } else { positional.name }
        let shown = word + (positional.repeating ? "…" : "")
        return positional.optional ? "[\(shown)]" : shown
    }
}
