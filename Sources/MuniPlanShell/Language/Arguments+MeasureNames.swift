import MuniPlan

extension Arguments {
    /// The same arguments with every word in a measure's place (a `.measure` positional or
    /// option value) that names a measure by its Japanese name or alias replaced by the id.
    /// Words that name no measure stay as typed, for the command's own error.
    func namingMeasures(by measureID: (String) -> String?) -> Arguments {
        func renamed(_ word: Lexer.Word) -> Lexer.Word? {
            guard let id = measureID(word.text), id != word.text else { return nil }
            return Lexer.Word(text: id, column: word.column, quoted: word.quoted)
        }
        // Copies only when a word is renamed: most lines name measures by id.
        var positionals: [Lexer.Word]? = nil
        let slots = spec.measureSlots
        for i in self.positionals.indices {
            // A repeating positional takes every word after it.
            guard i < slots.count ? slots[i] : spec.repeatingTakesMeasure, let word = renamed(self.positionals[i]) else { continue }
            if positionals == nil { positionals = self.positionals }
            positionals?[i] = word
        }
        var options: [String: [String]]? = nil
        for name in spec.measureOptions {
            guard let values = self.options[name] else { continue }
            let ids = values.map { measureID($0) ?? $0 }
            guard ids != values else { continue }
            if options == nil { options = self.options }
            options?[name] = ids
        }
        guard positionals != nil || options != nil else { return self }
        return Arguments(spec: spec, positionals: positionals ?? self.positionals, options: options ?? self.options)
    }
}
