import Foundation
import MuniPlan

/// Bodies by name in what allocation prints.
extension Interpreter {
    func label(_ code: String) -> String { session.dataset.body(code: code)?.name ?? code }

    /// Engine messages name bodies by code; people read names. One pass over the text:
    /// each run of the characters codes are made of (ASCII digits, lower-case letters,
    /// hyphens) that is a body's code becomes its name. (`explain` calls this for every
    /// candidate: a pass per body of the data set made that quadratic.)
    func names(in text: String) -> String {
        let dataset = session.dataset
        var out = "", token = ""
        func flush() {
            out += dataset.body(code: token)?.name ?? token
            token = ""
        }
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || scalar == "-" {
                token.unicodeScalars.append(scalar)
            } else {
                if !token.isEmpty { flush() }
                out.unicodeScalars.append(scalar)
            }
        }
        if !token.isEmpty { flush() }
        return out
    }
}
