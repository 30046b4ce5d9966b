import MuniPlan

/// `indicators set NAME CODE VALUE…`: a column given inline (what `save` writes).
extension IndicatorsCommand {
    static func set(_ name: String, _ values: [BodyValue], in session: inout Session) throws(ShellError) -> String {
        guard IndicatorName.isValid(name), !NeedFeature.builtInNames.contains(name) else {
            throw .refused(Message.Edit.indicatorName(name: name))
        }
        var byCode: [String: Double] = [:]
        for entry in values {
            let body: Body
            do { body = try session.resolver.body(entry.body) } catch { throw .resolve(error) }
            byCode[body.code] = entry.value
        }
        do { session.commit(try session.plan.settingIndicators([name: byCode])) } catch { throw .plan(error) }
        return Message.Edit.indicatorSet(name: name, bodies: Message.Lookup.bodyCount(count: byCode.count)).text(in: session.language)
    }
}
