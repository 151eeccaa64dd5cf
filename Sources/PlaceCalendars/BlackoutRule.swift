import Bilingual
import CivilTime

/// One entry of a blackout file: a yearly rule, a dated period, or dated polling days.
struct BlackoutRule: JurisdictionEntry {
    static let listKey = "blackouts"

    enum Timing: Sendable {
        case yearly(YearlyRule)
        case dated(ClosedRange<CivilDate>)
        case polling([CivilDate])
    }

    let id: String
    let name: LocalizedText
    let kind: BlackoutKind
    let estimated: Bool
    let timing: Timing
    /// Elections: days blocked before the first polling day.
    let reserveDays: Int

    init(node: DataNode, jurisdiction: String) throws {
        let fields = try node.mapping(
            "a blackout of \(jurisdiction)",
            allowed: ["id", "name", "kind", "estimated", "reserveDays", "from", "to", "pollingDays"] + YearlyRule.keys,
            required: ["id", "name", "kind"])
        id = try fields["id"]!.string("the id")
        let what = "blackout `\(id)`"
        name = try fields["name"]!.name("the name of \(what)")
        let kindText = try fields["kind"]!.string("the kind of \(what)")
        guard let kind = BlackoutKind(rawValue: kindText) else {
            throw fields["kind"]!.error("unknown kind `\(kindText)` for \(what)",
                                        fix: "use one of: \(BlackoutKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.kind = kind
        estimated = try fields["estimated"]?.bool("estimated") ?? false

        let hasRule = YearlyRule.anchorKeys.contains { fields[$0] != nil }
        let fix = kind == .election
            ? "give either `pollingDays: [YYYY-MM-DD, …]` or a yearly rule such as `nthWeekday:` with `validFrom:` and `everyYears:`"
            : "give either `from: YYYY-MM-DD` and `to: YYYY-MM-DD` (inclusive) or a yearly rule such as `nthWeekday:` with `days:`"
        func refuse(_ key: String, _ reason: String) throws {
            if let extra = fields[key] { throw extra.error("`\(key)` \(reason) in \(what)", fix: fix) }
        }
        if kind == .election {
            try refuse("from", "is not used for an election")
            try refuse("to", "is not used for an election")
            try refuse("days", "is not used for an election")
            reserveDays = try fields["reserveDays"]?.int("reserveDays of \(what)", in: 0...366) ?? 0
            if let polling = fields["pollingDays"] {
                for key in YearlyRule.keys { try refuse(key, "cannot be combined with pollingDays") }
                let days = try polling.sequence("pollingDays").map { try $0.date("a polling day") }
                guard !days.isEmpty else { throw polling.error("pollingDays is empty in \(what)", fix: fix) }
                timing = .polling(days.sorted())
            } else if hasRule {
                timing = .yearly(try YearlyRule(fields: fields, entry: node, what: what))
            } else {
                throw node.error("\(what) says nothing about when the polling day is", fix: fix)
            }
        } else {
            try refuse("pollingDays", "is only for elections")
            try refuse("reserveDays", "is only for elections")
            reserveDays = 0
            if let fromNode = fields["from"] {
                guard let toNode = fields["to"] else { throw fromNode.error("\(what) has `from` but no `to`", fix: fix) }
                for key in YearlyRule.keys { try refuse(key, "cannot be combined with from/to") }
                let from = try fromNode.date("from"), to = try toNode.date("to")
                guard from <= to else {
                    throw toNode.error("`to` \(to) is before `from` \(from) in \(what)", fix: "swap the two dates")
                }
                timing = .dated(from...to)
            } else if hasRule {
                try refuse("to", "needs a `from`")
                timing = .yearly(try YearlyRule(fields: fields, entry: node, what: what))
            } else {
                throw node.error("\(what) says nothing about when it falls", fix: fix)
            }
        }
    }

    /// Occurrences whose rule year (or dates) lie in `years`; the reserve period comes before polling day.
    func occurrences(jurisdiction: String, years: ClosedRange<Int>, reserveOverride: Int?) -> [Blackout] {
        let reserve = reserveOverride ?? reserveDays
        func make(_ start: CivilDate, _ end: CivilDate, polling: [CivilDate] = []) -> Blackout {
            Blackout(jurisdiction: jurisdiction, id: id, name: name, kind: kind,
                     start: polling.isEmpty ? start : start.adding(days: -reserve), end: end,
                     estimated: estimated, pollingDays: polling)
        }
        switch timing {
        case let .dated(range):
            return [make(range.lowerBound, range.upperBound)]
        case let .polling(days):
            return [make(days.first!, days.last!, polling: days)]
        case let .yearly(rule):
            return years.compactMap { year in
                guard let span = rule.occurrence(in: year) else { return nil }
                return kind == .election
                    ? make(span.lowerBound, span.lowerBound, polling: [span.lowerBound])
                    : make(span.lowerBound, span.upperBound)
            }
        }
    }
}
