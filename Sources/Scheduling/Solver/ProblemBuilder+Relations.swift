import Bilingual
import CivilTime
import PlanModel

extension ProblemBuilder {
    /// Days a person is away for an event: the event's days plus travel on each side.
    static func occupancy(_ start: CivilDate, length: Int, travel: Int) -> ClosedRange<Int> {
        (start.daysSinceEpoch - travel)...(start.daysSinceEpoch + length - 1 + travel)
    }

    /// Travel days of a person for a fixed event.
    func travelDays(of personID: String, for event: ScheduledEvent, in plan: Plan) -> Int {
        let home = plan.person(personID).flatMap { plan.partner($0.partnerID) }
        return event.travelDays(from: home, to: event.hostID.flatMap(plan.partner))
    }

    mutating func addRelations() {
        addNoOverlap()
        addPrecedences()
        addSpacing()
        addAlongside()
    }

    /// Adds a rule that forbids some start dates of an open event because of a fixed one.
    private mutating func forbid(_ variable: Int, constraint: Int, when forbids: @escaping @Sendable (CivilDate) -> Bool) {
        var v = variables[variable]
        for day in v.candidates where forbids(day) { v.exclusions[day, default: []].append(constraint) }
        let previous = v.forbidding
        v.forbidding = { day in forbids(day) ? previous(day) + [constraint] : previous(day) }
        variables[variable] = v
    }

    /// Nobody in two places at once; a cancelled event keeps nobody busy.
    private mutating func addNoOverlap() {
        var byPerson: [String: [Int]] = [:]
        for (index, event) in schedule.events.enumerated() where event.mode != .virtual {
            if case .cancelled? = event.outcome { continue }
            for person in event.travellerIDs { byPerson[person, default: []].append(index) }
        }
        for person in byPerson.keys.sorted() {
            let indices = byPerson[person]!
            for (position, a) in indices.enumerated() {
                for b in indices[(position + 1)...] {
                    let open = (variableOfEvent[a], variableOfEvent[b])
                    let first = schedule.events[a], second = schedule.events[b]
                    if open.0 == nil && open.1 == nil {
                        checkFixedOverlap(of: person, first, second)
                        continue
                    }
                    let location = (open.0 != nil ? first : second).location
                    let constraint = add(
                        "\(person):no-overlap(\(first.planID)/\(first.id),\(second.planID)/\(second.id))", .noOverlap,
                        location,
                        LocalizedText(
                            fr:
                                "\(person) ne peut pas être à « \(first.title.fr) » et à « \(second.title.fr) » en même temps (jours de voyage compris)",
                            en: "\(person) cannot be at '\(first.title.en)' and '\(second.title.en)' at once (travel days included)"),
                        event: open.0 != nil ? first : second)
                    switch open {
                    case let (x?, y?):
                        binaries.append(.init(first: x, second: y, relation: .noOverlap(person: person), constraint: constraint))
                    case let (x?, nil), let (nil, x?):
                        let fixed = open.0 == nil ? first : second
                        let plan = schedule.plan(fixed.planID)!
                        let busy = Self.occupancy(
                            fixed.timing.firstDate, length: fixed.timing.days.dayCount,
                            travel: travelDays(of: person, for: fixed, in: plan))
                        let length = variables[x].length, travel = variables[x].travelDays[person] ?? 0
                        forbid(x, constraint: constraint) { start in Self.occupancy(start, length: length, travel: travel).overlaps(busy) }
                    default: break
                    }
                }
            }
        }
    }

    /// Two events with written dates that one person cannot both attend: a warning at the later one.
    private mutating func checkFixedOverlap(of person: String, _ first: ScheduledEvent, _ second: ScheduledEvent) {
        let plans = (schedule.plan(first.planID)!, schedule.plan(second.planID)!)
        let spans = (
            Self.occupancy(
                first.timing.firstDate, length: first.timing.days.dayCount, travel: travelDays(of: person, for: first, in: plans.0)),
            Self.occupancy(
                second.timing.firstDate, length: second.timing.days.dayCount, travel: travelDays(of: person, for: second, in: plans.1))
        )
        guard spans.0.overlaps(spans.1) else { return }
        let (earlier, later) =
            (first.timing.firstDate, first.planID, first.id) <= (second.timing.firstDate, second.planID, second.id)
            ? (first, second) : (second, first)
        let constraint = ConstraintInstance(
            name: "\(person):no-overlap(\(earlier.planID)/\(earlier.id),\(later.planID)/\(later.id))", kind: .noOverlap,
            location: later.location,
            message: LocalizedText(
                fr:
                    "\(person) ne peut pas être à « \(earlier.title.fr) » et à « \(later.title.fr) » en même temps (jours de voyage compris)",
                en: "\(person) cannot be at '\(earlier.title.en)' and '\(later.title.en)' at once (travel days included)"),
            eventID: later.id, planID: later.planID)
        fixedEventWarnings.append(
            FixedEventWarning(
                constraint: constraint, event: later,
                location: later.activity.timingLocation ?? later.location))
    }

    /// The occurrences a reference names: `id/N` for one, `id` for all of an activity's.
    private func events(named reference: String, in planID: String) -> [Int] {
        schedule.events.indices.filter { index in
            let event = schedule.events[index]
            return event.planID == planID && (event.id == reference || event.activityID == reference)
        }
    }

    /// The events a link from event `index` binds. A single event, or one occurrence named
    /// `id/N`, binds every occurrence of the linking series. Between two series, occurrences pair
    /// one to one within a year, nearest written dates first: none when the other series has none
    /// that year (a yearly committee beside a commission held every two years), one when it has
    /// several (a yearly committee beside a commission held twice a year, or a monthly series).
    private func partner(of index: Int, among targets: [Int], reference: String) -> [Int] {
        let event = schedule.events[index]
        guard !reference.contains("/"), event.series != nil, targets.contains(where: { schedule.events[$0].series != nil }) else {
            return targets
        }
        let year = event.timing.firstDate.year
        let sameYear = targets.filter { schedule.events[$0].timing.firstDate.year == year }
        let siblings = schedule.events.indices.filter { other in
            let sibling = schedule.events[other]
            return sibling.planID == event.planID && sibling.activityID == event.activityID && sibling.timing.firstDate.year == year
        }
        var candidates: [(distance: Int, sibling: Int, target: Int)] = []
        for sibling in siblings {
            for target in sameYear {
                let distance = abs(schedule.events[sibling].timing.firstDate.days(until: schedule.events[target].timing.firstDate))
                candidates.append((distance, sibling, target))
            }
        }
        candidates.sort { ($0.distance, $0.sibling, $0.target) < ($1.distance, $1.sibling, $1.target) }
        var pairedSiblings = Set<Int>(), pairedTargets = Set<Int>()
        for candidate in candidates where !pairedSiblings.contains(candidate.sibling) && !pairedTargets.contains(candidate.target) {
            if candidate.sibling == index { return [candidate.target] }
            pairedSiblings.insert(candidate.sibling)
            pairedTargets.insert(candidate.target)
        }
        return []
    }

    /// Adds a soft rule between an open event and a fixed one: a cost on the dates that break it.
    private mutating func penalize(_ variable: Int, constraint: Int, cost: Int, when breaks: @escaping @Sendable (CivilDate) -> Bool) {
        var v = variables[variable]
        let previousCost = v.cost, previousParts = v.costParts
        v.cost = { day in previousCost(day) + (breaks(day) ? cost : 0) }
        v.costParts = { day in breaks(day) ? previousParts(day) + [(constraint, cost)] : previousParts(day) }
        variables[variable] = v
    }

    private mutating func addPrecedences() {
        for (index, event) in schedule.events.enumerated() {
            guard let variable = variableOfEvent[index],
                let rules = event.activity.scheduling
            else { continue }
            for precedence in rules.after {
                for target in partner(of: index, among: events(named: precedence.eventID, in: event.planID), reference: precedence.eventID)
                {
                    let before = schedule.events[target]
                    let softCost = precedence.weight.map { 10 * $0 }
                    let condition =
                        softCost == nil ? LocalizedText(fr: "", en: "") : LocalizedText(fr: "si possible, ", en: "if possible, ")
                    let constraint = add(
                        "\(event.id):after(\(before.id))", .precedence, precedence.location,
                        LocalizedText(
                            fr: "\(condition.fr)commence au moins \(precedence.lagDays) jour(s) après la fin de « \(before.title.fr) »",
                            en: "\(condition.en)starts at least \(precedence.lagDays) day(s) after '\(before.title.en)' ends"),
                        event: event,
                        related: before, softCost: softCost)
                    if let other = variableOfEvent[target] {
                        binaries.append(
                            .init(
                                first: other, second: variable, relation: .precedence(lag: precedence.lagDays), constraint: constraint,
                                softCost: softCost))
                    } else {
                        let earliest = before.timing.lastDate.adding(days: 1 + precedence.lagDays)
                        if let softCost {
                            penalize(variable, constraint: constraint, cost: softCost) { $0 < earliest }
                        } else {
                            forbid(variable, constraint: constraint) { $0 < earliest }
                        }
                    }
                }
            }
        }
    }

    /// Spacing between consecutive occurrences of an open series: between two open ones, and
    /// between an open one and a neighbour fixed by its outcome (held, postponed; a cancelled
    /// one counts as left out).
    private mutating func addSpacing() {
        var series: [String: [(index: Int, event: Int)]] = [:]
        for (index, event) in schedule.events.enumerated() {
            guard let position = event.series, event.origin == .activity, event.activity.scheduling != nil else { continue }
            if case .cancelled? = event.outcome { continue }
            series["\(event.planID)/\(event.activityID)", default: []].append((position.index, index))
        }
        for key in series.keys.sorted() {
            let occurrences = series[key]!.sorted { $0.index < $1.index }
            guard let rules = schedule.events[occurrences[0].event].activity.scheduling else { continue }
            let range = rules.spacing ?? 1...3650
            for (a, b) in zip(occurrences, occurrences.dropFirst()) {
                let open = (variableOfEvent[a.event], variableOfEvent[b.event])
                if open.0 == nil && open.1 == nil { continue }
                // Across a left-out occurrence the spacing applies once per step of the series.
                let steps = b.index - a.index
                let range = (range.lowerBound * steps)...(range.upperBound * steps)
                let later = schedule.events[b.event]
                let constraint = add(
                    "\(later.id):spacing", .spacing, rules.locations["spacing"] ?? rules.location,
                    LocalizedText(
                        fr: "entre \(range.lowerBound) et \(range.upperBound) jours après la rencontre précédente",
                        en: "between \(range.lowerBound) and \(range.upperBound) days after the previous meeting"), event: later)
                switch open {
                case let (x?, y?):
                    binaries.append(.init(first: x, second: y, relation: .spacing(range), constraint: constraint))
                case let (nil, y?):
                    let earlier = schedule.events[a.event].timing.firstDate
                    forbid(y, constraint: constraint) { !range.contains(earlier.days(until: $0)) }
                case let (x?, nil):
                    let following = schedule.events[b.event].timing.firstDate
                    forbid(x, constraint: constraint) { !range.contains($0.days(until: following)) }
                default: break
                }
            }
        }
    }

    private mutating func addAlongside() {
        for (index, event) in schedule.events.enumerated() {
            guard let variable = variableOfEvent[index],
                let rules = event.activity.scheduling,
                let alongside = rules.alongside, case .event(let reference, let days) = alongside.companion
            else { continue }
            for target in partner(of: index, among: events(named: reference, in: event.planID), reference: reference) {
                let companion = schedule.events[target]
                let softCost = alongside.weight.map { 10 * $0 }
                let condition = softCost == nil ? LocalizedText(fr: "", en: "") : LocalizedText(fr: "si possible ", en: "if possible ")
                let constraint = add(
                    "\(event.id):alongside(\(companion.id))", .alongside, alongside.location,
                    LocalizedText(
                        fr: "\(condition.fr)à moins de \(days) jours de « \(companion.title.fr) »",
                        en: "\(condition.en)within \(days) days of '\(companion.title.en)'"), event: event, related: companion,
                    softCost: softCost)
                if let other = variableOfEvent[target] {
                    binaries.append(
                        .init(
                            first: variable, second: other, relation: .alongside(days: days), constraint: constraint,
                            softCost: softCost))
                } else {
                    let first = companion.timing.firstDate.daysSinceEpoch, last = companion.timing.lastDate.daysSinceEpoch
                    let length = variables[variable].length
                    let breaks: @Sendable (CivilDate) -> Bool = { start in
                        let s = start.daysSinceEpoch, e = s + length - 1
                        return max(0, max(first - e, s - last)) > days
                    }
                    if let softCost {
                        penalize(variable, constraint: constraint, cost: softCost, when: breaks)
                    } else {
                        forbid(variable, constraint: constraint, when: breaks)
                    }
                }
            }
        }
    }
}
