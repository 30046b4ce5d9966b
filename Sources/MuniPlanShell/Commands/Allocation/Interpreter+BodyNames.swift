import Foundation
import MuniPlan

/// Bodies by name in what allocation prints.
extension Interpreter {
    func label(_ code: String) -> String { session.dataset.body(code: code)?.name ?? code }

    /// Engine messages name bodies by code; people read names.
    func names(in text: String) -> String {
        var out = text
        for body in session.dataset.bodies where out.contains(body.code) {
            out = out.replacingOccurrences(of: body.code, with: body.name)
        }
        return out
    }
}
