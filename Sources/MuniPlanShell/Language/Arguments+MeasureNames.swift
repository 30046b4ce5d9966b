import MuniPlan

extension Arguments {
    /// The same arguments with every word in a measure's place (a `.measure` positional or
    /// option value) that names a measure by its Japanese name or alias replaced by the id.
    /// Words that name no measure stay as typed, for the command's own error.
    func namingMeasures(by measureID: (String) -> String?) -> Arguments {
        func named(_ word: Lexer.Word) -> Lexer.Word {
            guard let id = measureID(word.text), id != word.text else { return word }
            return Lexer.Word(text: id, column: word.column, quoted: word.quoted)
        }
        var positionals = self.positionals
        for i in positionals.indices {
            // A repeating positional takes every word after it.
            guard let slot = i < spec.positionals.count ? spec.positionals[i] : spec.positionals.last(where: \.repeating) else { continue }
            if slot.kind == .measure { positionals[i] = named(positionals[i]) }
        }
        var options = self.options
        for option in spec.options where option.value == .measure {
            options[option.name] = options[option.name]?.map { measureID($0) ?? $0 }
        }
        return Arguments(spec: spec, positionals: positionals, options: options)
    }
}
