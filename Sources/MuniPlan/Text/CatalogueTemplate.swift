/// Fills `{name}` placeholders; `{{` and `}}` are literal braces. The catalogue's build
/// checks every template, so an unknown name here can only be a missing argument, which
/// is left visible rather than dropped.
enum CatalogueTemplate {
    static func fill(_ template: String, _ value: (String) -> String?) -> String {
        var out = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            let next = template.index(after: index)
            if (character == "{" || character == "}"), next < template.endIndex, template[next] == character {
                out.append(character)
                index = template.index(after: next)
            } else if character == "{", let close = template[next...].firstIndex(of: "}") {
                let name = String(template[next..<close])
                out += value(name) ?? "{\(name)}"
                index = template.index(after: close)
            } else {
                out.append(character)
                index = next
            }
        }
        return out
    }
}
