import Foundation
import MuniPlan

/// `allocate`, `explain`, and the allocation export.
extension Interpreter {
    func allocate(_ options: AllocateOptions, emit: (Output) -> Void) throws(ShellError) {
        let measure = try session.measure(options.measure)
        let year = session.year
        let plan = session.plan
        guard let count = options.count ?? plan.capacity(of: measure) else {
            throw .invalid("allocate \(measure.id) needs N: the measure has no capacity (set one with: capacity \(measure.id) N)")
        }
        let dataset = session.dataset
        let need = NeedModel(dataset: dataset, plan: plan, year: year)
        var costFeature: NeedFeature?
        if let name = options.cost {
            do { costFeature = try NeedFeature.parse(name, dataset: dataset, indicators: plan.indicators) } catch { throw .plan(error) }
        }
        let earlier = options.newOnly ? plan.coveredBefore(measure.id, year) : []
        let eligible = dataset.bodies.filter { measure.isEligible($0) && !earlier.contains($0.code) }
        let candidates = eligible.map { body in
            AllocationCandidate(code: body.code, district: body.district ?? "—", score: need.score(body),
                                cost: costFeature.flatMap { need.raw($0, body) }, order: dataset.rank(of: body.code) ?? 0)
        }
        let required = try session.resolve(options.require).codes
        let excluded = try session.resolve(options.exclude).codes
        if options.require.isEmpty == false {
            for code in required where earlier.contains(code) {
                throw .invalid("\(label(code)) is required but was covered before \(year.token) (--new-only)")
            }
            for code in required where dataset.body(code: code).map(measure.isEligible) == false {
                throw .plan(.notEligible(measure: measure.id, bodies: [label(code)]))
            }
        }
        var districts = dataset.districts.map(\.name)
        if eligible.contains(where: { $0.district == nil }) { districts.append("—") }
        let policy = try enginePolicy(options.policy)
        var weights: [String: Double] = [:]
        for body in eligible {
            let key = body.district ?? "—"
            if case .apportion(_, .bodies) = policy { weights[key, default: 0] += 1 } else { weights[key, default: 0] += Double(body.population ?? 0) }
        }
        var request = AllocationRequest(
            count: count, policy: policy, districts: districts, minPerDistrict: options.minPerDistrict,
            maxPerDistrict: options.maxPerDistrict, required: Set(options.require.isEmpty ? [] : required),
            excluded: Set(options.exclude.isEmpty ? [] : excluded), budget: options.budget, refuseTies: options.refuseTies,
            districtWeights: weights)
        request.stop = StopCheck(settings.isInterrupted)
        let result: AllocationResult
        do throws(AllocationError) { result = try Allocator.allocate(candidates, request) } catch {
            if error == .stopped { throw .interrupted }
            throw .invalid("cannot allocate \(measure.id): \(names(in: error.description))")
        }
        let before = plan.covered(measure.id, in: year)
        let newPlan: Plan
        do { newPlan = try plan.replacingCoverage(Set(result.chosen), measure: measure.id, year: year, dataset: dataset) } catch { throw .plan(error) }
        session.commit(newPlan)
        session.allocations[year, default: [:]][measure.id] = AllocationRecord(options: options, count: count, result: result, plan: plan)
        let after = Set(result.chosen)
        let proof = result.optimal ? "optimal" : "best found, optimality not proven"
        var lines = ["\(measure.id) \(session.describe(year)): \(Plural.bodies(result.chosen.count)), \(policy), \(proof), "
                     + result.explanation.uniqueness.description + " — total need " + Table.Cell.decimal(result.totalScore, places: 3).plain
                     + (result.totalCost.map { ", cost " + Table.Cell.decimal($0, places: 0).display } ?? "")]
        lines.append(changeSummary(measure.id, added: after.subtracting(before), removed: before.subtracting(after), total: after.count))
        for binding in result.explanation.bindings { lines.append("  binds: " + names(in: binding.description)) }
        for tie in result.explanation.districtTies { lines.append("  tie: " + names(in: tie.description)) }
        if !result.explanation.tiedBodies.isEmpty {
            lines.append("  tie broken by code order among: " + result.explanation.tiedBodies.map(label).joined(separator: ", "))
        }
        emit(.text(lines.joined(separator: "\n")))
        emit(.table(chosenTable(result, dataset: dataset)))
    }

    func enginePolicy(_ choice: AllocateOptions.PolicyChoice) throws(ShellError) -> AllocationPolicy {
        switch choice {
        case .byNeed: return .byNeed
        case .spread: return .spread
        case let .apportion(method, basis):
            guard let m = ApportionMethod(rawValue: method), let b = ApportionBasis(rawValue: basis) else {
                throw .invalid("unknown apportionment \(method) by \(basis)")
            }
            return .apportion(m, b)
        }
    }

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

    func chosenTable(_ result: AllocationResult, dataset: Dataset) -> Table {
        let costed = result.totalCost != nil
        // By code once: a search of every candidate for each chosen body was quadratic.
        let candidates = Dictionary(result.explanation.candidates.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = result.chosen.compactMap { code -> Table.Row? in
            guard let body = dataset.body(code: code), let c = candidates[code] else { return nil }
            return Table.Row([.text(code), .text(body.name), .text(body.district ?? "—"), .integer(c.rank), .decimal(c.score, places: 3)]
                + (costed ? [c.cost.map { .decimal($0, places: 0) } ?? .empty] : [])
                + [.text(c.chosenBecause?.description ?? "")])
        }
        return Table(name: "allocation", columns: [
            Table.Column("code", label: "コード"), Table.Column("name", label: "名称"), Table.Column("district", label: "地域"),
            Table.Column("rank", alignment: .right), Table.Column("need", alignment: .right),
        ] + (costed ? [Table.Column("cost", alignment: .right)] : []) + [Table.Column("why")], rows: rows)
    }

    func record(_ measureID: String) throws(ShellError) -> AllocationRecord {
        _ = try session.measure(measureID)
        guard let record = session.allocations[session.year]?[measureID] else {
            throw .invalid("no allocation of \(measureID) in \(session.describe(session.year)) to explain — run allocate \(measureID) first")
        }
        return record
    }

    func explain(_ measureID: String, _ term: String?, emit: (Output) -> Void) throws(ShellError) {
        let record = try record(measureID)
        let explanation = record.result.explanation
        if let term {
            let body: Body
            do { body = try session.resolver.body(term) } catch { throw .resolve(error) }
            guard let c = explanation.candidate(body.code) else {
                throw .invalid("\(body.name) was not a candidate for \(measureID) (not eligible, or covered before with --new-only)")
            }
            let need = NeedModel(dataset: session.dataset, plan: record.plan, year: session.year)
            var lines = ["\(body.name): rank \(c.rank) of \(explanation.candidates.count), need " + Table.Cell.decimal(c.score, places: 3).plain
                         + (c.chosen ? ", chosen (\((c.chosenBecause?.description ?? "")))" : ", left out: " + names(in: c.leftOutBecause?.description ?? "—"))]
            for part in need.parts(body) where part.weight != 0 {
                lines.append("  " + DisplayWidth.pad(part.feature.description, to: 22) + Table.Cell.decimal(part.weight, places: 2).plain
                             + " × " + Table.Cell.decimal(part.value, places: 3).plain + " = " + Table.Cell.decimal(part.contribution, places: 3).plain)
            }
            emit(.text(lines.joined(separator: "\n")))
            return
        }
        let result = record.result
        var lines = ["\(measureID) \(session.describe(session.year)): \(explanation.policy), N = \(record.count), "
                     + (result.optimal ? "optimal" : "optimality not proven") + ", " + names(in: explanation.uniqueness.description)]
        if explanation.bindings.isEmpty { lines.append("no constraint binds: the highest needs were taken") }
        for binding in explanation.bindings { lines.append("binds: " + names(in: binding.description)) }
        if let best = explanation.bestLeftOut {
            lines.append("best left out: \(label(best.code)) (rank \(best.rank), need " + Table.Cell.decimal(best.score, places: 3).plain
                         + ") — " + names(in: best.leftOutBecause?.description ?? ""))
        }
        for tie in explanation.districtTies { lines.append("tie: " + names(in: tie.description)) }
        emit(.text(lines.joined(separator: "\n")))
        if let detail = explanation.apportionment { emit(.table(apportionmentTable(detail))) }
        emit(.table(try allocationTable(measureID)))
    }

    func apportionmentTable(_ detail: ApportionmentDetail) -> Table {
        let rows = detail.rows.map { row in
            Table.Row([.text(row.district), .decimal(row.weight, places: 0), .decimal(row.quota, places: 3),
                       row.remainder.map { .decimal($0, places: 3) } ?? .empty,
                       .text(row.priorities.prefix(3).map { Table.Cell.decimal($0, places: 1).plain }.joined(separator: " ")),
                       .integer(row.seats), .text(row.capped ? "capped at \(row.cap)" : "")])
        }
        return Table(name: "apportionment", title: "\(detail.method.rawValue) by \(detail.basis.rawValue): \(detail.seats) seats", columns: [
            Table.Column("district", label: "地域"), Table.Column("weight", alignment: .right), Table.Column("quota", alignment: .right),
            Table.Column("remainder", alignment: .right), Table.Column("priorities"), Table.Column("seats", alignment: .right),
            Table.Column("note"),
        ], rows: rows)
    }

    /// Every candidate of the last allocation: rank, need, chosen or why not.
    func allocationTable(_ measureID: String) throws(ShellError) -> Table {
        let record = try record(measureID)
        let costed = record.result.totalCost != nil
        let rows = record.result.explanation.candidates.sorted { $0.rank < $1.rank }.map { c in
            Table.Row([.integer(c.rank), .text(c.code), .text(label(c.code)), .text(c.district), .decimal(c.score, places: 3)]
                      + (costed ? [c.cost.map { .decimal($0, places: 0) } ?? .empty] : [])
                      + [.text(c.chosen ? "yes" : "no"),
                         .text(c.chosen ? (c.chosenBecause?.description ?? "") : names(in: c.leftOutBecause?.description ?? ""))])
        }
        return Table(name: "allocation", title: "allocation of \(measureID) in \(session.describe(session.year))", columns: [
            Table.Column("rank", alignment: .right), Table.Column("code", label: "コード"), Table.Column("name", label: "名称"),
            Table.Column("district", label: "地域"), Table.Column("need", alignment: .right),
        ] + (costed ? [Table.Column("cost", alignment: .right)] : []) + [Table.Column("chosen"), Table.Column("reason")], rows: rows)
    }
}
