import Bilingual
import CivilTime
import PlaceCalendars
import PlanModel
import YAMLReading

/// Turns a schedule whose open events still sit on their written dates into a constraint problem.
struct ProblemBuilder {
    let schedule: Schedule
    let calendars: PlaceCalendarIndex
    /// Busy time of people, by person id.
    let busy: [String: [BusyTime]]
    /// Dates of the last published schedule, by `plan/event id`.
    let previous: [String: CivilDate]

    var constraints: [ConstraintInstance] = []
    var variables: [SchedulingProblem.Variable] = []
    var binaries: [SchedulingProblem.Binary] = []
    /// Variable index of each open event (by schedule index).
    var variableOfEvent: [Int: Int] = [:]
    /// Rules that events with written dates break.
    var fixedEventWarnings: [FixedEventWarning] = []

    init(schedule: Schedule, calendars: PlaceCalendarIndex, busy: [String: [BusyTime]], previous: [String: CivilDate]) {
        self.schedule = schedule
        self.calendars = calendars
        self.busy = busy
        self.previous = previous
    }

    /// An event whose dates the solver chooses: it has `schedule:` and no recorded outcome (an
    /// outcome fixes the occurrence where it happened, or where it was postponed to).
    static func isOpen(_ event: ScheduledEvent) -> Bool {
        event.origin == .activity && event.activity.scheduling != nil && event.outcome == nil
    }

    mutating func build() -> SchedulingProblem {
        for (index, event) in schedule.events.enumerated() {
            let plan = schedule.plan(event.planID)!
            guard Self.isOpen(event), let rules = event.activity.scheduling else { continue }
            variableOfEvent[index] = variables.count
            variables.append(makeVariable(index: index, event: event, plan: plan, activity: event.activity, rules: rules))
        }
        addRelations()
        checkFixedEvents()
        return SchedulingProblem(variables: variables, binaries: binaries, constraints: constraints)
    }

    /// Tests each event whose dates the plan writes against the rules that would bind it if they
    /// were open, and records those it breaks as warnings. Their constraints are not part of the
    /// problem: nothing can move such an event. An outcome that settles the date (held,
    /// cancelled, met, missed) leaves nothing to warn about.
    private mutating func checkFixedEvents() {
        for event in schedule.events
        where event.origin == .activity && event.activity.scheduling == nil
            && event.outcome?.settlesDate != true
        {
            let plan = schedule.plan(event.planID)!
            let line = event.activity.timingLocation ?? event.location
            let length = event.timing.days.dayCount
            let mark = constraints.count
            let rules = unaryRules(for: event, plan: plan, rules: nil, length: length, at: { _ in line })
            let broken = Self.forbidding(startRules: rules.startRules, dayRules: rules.dayRules, length: length)(event.timing.firstDate)
            for constraint in Set(broken).sorted() {
                fixedEventWarnings.append(FixedEventWarning(constraint: constraints[constraint], event: event, location: line))
            }
            constraints.removeSubrange(mark...)
        }
    }

    // MARK: - Constraint instances

    mutating func add(
        _ name: String, _ kind: ConstraintInstance.Kind, _ location: SourceLocation,
        _ message: LocalizedText, event: ScheduledEvent, related: ScheduledEvent? = nil, softCost: Int? = nil
    ) -> Int {
        constraints.append(
            ConstraintInstance(
                name: name, kind: kind, location: location, message: message, eventID: event.id,
                planID: event.planID, relatedEventID: related?.id, softCost: softCost))
        return constraints.count - 1
    }

    /// Moves a date by whole units of a series (weeks, months, years); a day the month lacks
    /// becomes its last day.
    static func shifted(_ date: CivilDate, unit: Repetition.Unit?, units: Int) -> CivilDate {
        guard let unit, units != 0 else { return date }
        switch unit {
        case .week: return date.adding(days: 7 * units)
        case .year: return date.inYear(date.year + units)
        case .month:
            let month = date.year * 12 + date.month - 1 + units
            let day = min(date.day, CivilDate.daysInMonth(year: month / 12, month: month % 12 + 1))
            return CivilDate(year: month / 12, month: month % 12 + 1, day: day)!
        }
    }

    /// Units of the series between its first occurrence and this one, from their written dates
    /// (so that months a monthly series skips are counted).
    static func units(of event: ScheduledEvent) -> Int {
        guard let unit = event.activity.repetition?.unit else { return 0 }
        let first = event.activity.timing.firstDate, this = event.timing.firstDate
        switch unit {
        case .week: return first.days(until: this) / 7
        case .month: return (this.year * 12 + this.month) - (first.year * 12 + first.month)
        case .year: return this.year - first.year
        }
    }

    /// The windows of an open occurrence: those of the first occurrence, moved along the series.
    static func windows(of event: ScheduledEvent) -> [DateRange] {
        guard let rules = event.activity.scheduling else { return [] }
        let unit = event.activity.repetition?.unit, units = units(of: event)
        return rules.windows.map { window in
            DateRange(first: shifted(window.first, unit: unit, units: units), last: shifted(window.last, unit: unit, units: units))
        }
    }

    /// The constraints that forbid a start: its start rules, and its day rules on any day of the event.
    static func forbidding(
        startRules: [(constraint: Int, forbids: @Sendable (CivilDate) -> Bool)],
        dayRules: [(constraint: Int, forbids: @Sendable (CivilDate) -> Bool)],
        length: Int
    ) -> @Sendable (CivilDate) -> [Int] {
        { start in
            var result = startRules.filter { $0.forbids(start) }.map(\.constraint)
            for rule in dayRules where (0..<length).contains(where: { rule.forbids(start.adding(days: $0)) }) {
                result.append(rule.constraint)
            }
            return result
        }
    }

    /// For an event longer than a week (a mission, a term), day rules turned into rules on its
    /// start: forbidden when the rule forbids any of its days. Each keeps a running count of
    /// forbidden days over every day the possible starts cover, so that a start costs one
    /// subtraction instead of `length` tests. Built only for the conflict explainer, which tries
    /// every start of the horizon. Nil for shorter events: testing each day costs less.
    static func rulesOverSpan(
        _ dayRules: [(constraint: Int, forbids: @Sendable (CivilDate) -> Bool)], length: Int,
        starts: [CivilDate]
    ) -> [(constraint: Int, forbids: @Sendable (CivilDate) -> Bool)]? {
        guard length > 7, let first = starts.first, let last = starts.last else { return nil }
        let origin = first.daysSinceEpoch, span = first.days(until: last) + length
        return dayRules.map { rule in
            var running = [Int](repeating: 0, count: span + 1)
            for offset in 0..<span { running[offset + 1] = running[offset] + (rule.forbids(first.adding(days: offset)) ? 1 : 0) }
            return (
                rule.constraint,
                { [running] start in
                    let from = start.daysSinceEpoch - origin
                    guard from >= 0, from + length <= span else { return (0..<length).contains { rule.forbids(start.adding(days: $0)) } }
                    return running[from + length] > running[from]
                }
            )
        }
    }

    private mutating func makeVariable(
        index: Int, event: ScheduledEvent, plan: Plan, activity: Activity,
        rules: SchedulingRules
    ) -> SchedulingProblem.Variable {
        let unit = activity.repetition?.unit, units = Self.units(of: event)
        let id = "\(event.id)"
        let written = event.timing.firstDate
        let length = event.timing.days.dayCount
        let host = event.hostID.flatMap(plan.partner)
        let at = { (key: String) in rules.locations[key] ?? rules.location }

        // Window.
        let windows = Self.windows(of: event)
        let windowText = windows.map { "\($0.first) – \($0.last)" }.joined(separator: ", ")
        let window = add(
            "\(id):window", .window, at(rules.locations["window"] != nil ? "window" : "windows"),
            LocalizedText(
                fr: "« \(event.title.fr) » a lieu dans la fenêtre \(windowText)",
                en: "'\(event.title.en)' takes place within \(windowText)"), event: event)
        var candidates = Set<CivilDate>()
        for range in windows { for day in range.days where day.adding(days: length - 1) <= range.last { candidates.insert(day) } }
        let sortedCandidates = candidates.sorted()
        // Relaxing the window opens the horizon, and never closes the window's own days. Worked out
        // when asked (explanations only): kept for every open event, it would hold years of dates each.
        let planHorizon = plan.horizon
        let horizonDays: @Sendable () -> [CivilDate] = {
            Set(planHorizon.days.filter { $0.adding(days: length - 1) <= planHorizon.last }).union(sortedCandidates).sorted()
        }

        let unary = unaryRules(for: event, plan: plan, rules: rules, length: length, at: at)
        let dayRules = unary.dayRules, startRules = unary.startRules
        let forbidding = Self.forbidding(startRules: startRules, dayRules: dayRules, length: length)
        let forbiddingOverHorizon: @Sendable () -> @Sendable (CivilDate) -> [Int] = { [dayRules, startRules] in
            guard let spanRules = Self.rulesOverSpan(dayRules, length: length, starts: horizonDays()) else { return forbidding }
            return Self.forbidding(startRules: startRules + spanRules, dayRules: [], length: length)
        }
        var exclusions: [CivilDate: [Int]] = [:]
        for day in sortedCandidates {
            let forbidden = forbidding(day)
            if !forbidden.isEmpty { exclusions[day] = forbidden }
        }

        // Soft costs.
        var parts: [(constraint: Int, cost: @Sendable (CivilDate) -> Int)] = []
        let weight = rules.preferences.weight
        if !rules.preferences.months.isEmpty {
            let months = rules.preferences.months
            let constraint = add(
                "\(id):prefer(months)", .preference, at("prefer"),
                LocalizedText(
                    fr: "de préférence en \(months.map { FrenchDate.months[$0 - 1] }.joined(separator: ", "))",
                    en: "preferably in \(months.map { EnglishDate.months[$0 - 1] }.joined(separator: ", "))"), event: event)
            parts.append((constraint, { months.contains($0.month) ? 0 : 10 * weight }))
        }
        if !rules.preferences.weekdays.isEmpty {
            let weekdays = rules.preferences.weekdays
            let constraint = add(
                "\(id):prefer(weekdays)", .preference, at("prefer"),
                LocalizedText(
                    fr: "de préférence un \(weekdays.map { FrenchDate.weekdays[$0.rawValue - 1] }.joined(separator: " ou "))",
                    en: "preferably on \(weekdays.map { EnglishDate.weekdays[$0.rawValue - 1] }.joined(separator: " or "))"), event: event)
            parts.append((constraint, { weekdays.contains($0.weekday) ? 0 : 5 * weight }))
        }
        let target = rules.preferences.near.map { Self.shifted($0, unit: unit, units: units) } ?? written
        let nearConstraint = add(
            "\(id):prefer(near)", .preference, at(rules.preferences.near != nil ? "prefer" : "window"),
            LocalizedText(fr: "au plus près du \(FrenchDate.long(target))", en: "as close as possible to \(EnglishDate.long(target))"),
            event: event)
        parts.append((nearConstraint, { abs($0.days(until: target)) * weight }))
        if let last = previous["\(event.planID)/\(event.id)"] {
            let constraint = add(
                "\(id):stability", .preference, event.location,
                LocalizedText(fr: "rester près de la date publiée (\(last))", en: "stay close to the published date (\(last))"),
                event: event)
            parts.append((constraint, { 3 * abs($0.days(until: last)) }))
        }
        let costParts: @Sendable (CivilDate) -> [(Int, Int)] = { [parts] date in parts.map { ($0.constraint, $0.cost(date)) } }

        var travel: [String: Int] = [:]
        for personID in event.travellerIDs {
            travel[personID] = event.travelDays(from: plan.person(personID).flatMap { plan.partner($0.partnerID) }, to: host)
        }
        return SchedulingProblem.Variable(
            eventIndex: index, eventID: event.id, planID: event.planID, length: length, travelDays: travel,
            candidates: sortedCandidates, horizonDays: horizonDays, exclusions: exclusions, forbidding: forbidding,
            forbiddingOverHorizon: forbiddingOverHorizon, windowConstraint: window,
            cost: { date in costParts(date).reduce(0) { $0 + $1.1 } }, costParts: costParts)
    }
}
