import MuniPlan

/// `indicators set NAME CODE VALUE…`: a column given inline (what `save` writes).
extension IndicatorsCommand {
    static func set(_ name: String, _ values: [BodyValue], in session: inout Session) throws(ShellError) -> String {
        guard Identifier.isValid(name), !NeedFeature.builtInNames.contains(name) else {
            throw .invalid("indicator name '\(name)' must be lower-case ASCII letters, digits and hyphens, and not a built-in feature")
        }
        var byCode: [String: Double] = [:]
        for entry in values {
            let body: Body
            do { body = try session.resolver.body(entry.body) } catch { throw .resolve(error) }
            byCode[body.code] = entry.value
        }
        do { session.commit(try session.plan.settingIndicators([name: byCode])) } catch { throw .plan(error) }
        return "indicator \(name): \(Plural.bodies(byCode.count))"
    }
}
