import Bilingual
import Foundation
import PlanModel

/// The JSON form of a schedule: a stable, documented contract (see README, "JSON formats").
public struct ScheduleReport: Codable, Hashable, Sendable {
    /// What the plan records of an occurrence.
    public struct OutcomeEntry: Codable, Hashable, Sendable {
        /// `held`, `cancelled`, `postponed`, `met` or `missed`.
        public var state: String
        /// The written start date, when the outcome moved the occurrence (`start` is the new one).
        public var writtenDate: String?
        public var reason: String?
    }

    public struct EventEntry: Codable, Hashable, Sendable {
        public var id: String
        public var uid: String
        public var plan: String
        public var kind: String
        public var title: String
        /// `YYYY-MM-DD` for all-day events, else a local wall time `YYYY-MM-DDTHH:MM:SS` in `timezone`.
        public var start: String
        /// All-day: the last day, included. Timed: the local end time.
        public var end: String
        public var allDay: Bool
        public var timezone: String?
        public var host: String?
        public var location: String?
        public var participants: [String]
        public var travellers: [String]
        public var delegationSize: Int?
        public var audiences: [String]
        public var categories: [String]
        public var confidential: Bool
        public var provisional: Bool
        /// The solver chose this event's dates.
        public var open: Bool
        public var occurrence: Int?
        public var occurrences: Int?
        /// Absent while nothing is recorded (a past occurrence is then to confirm).
        public var outcome: OutcomeEntry?
        /// The plan's body (committee) the event is a meeting of.
        public var body: String?
    }

    public struct PlanEntry: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var file: String
        public var language: String
        public var revision: String
    }

    public struct ConstraintEntry: Codable, Hashable, Sendable {
        public var constraint: String
        public var kind: String
        public var event: String
        /// `file:line:column` of the rule in the plan.
        public var location: String
        public var message: String
        /// Soft cost paid (violations only).
        public var cost: Int?
    }

    public struct SuggestionEntry: Codable, Hashable, Sendable {
        public var kind: String
        public var constraint: String?
        public var event: String
        public var date: String?
        public var message: String
    }

    public var format: Int
    /// `fixed`, `optimal`, `feasible`, `infeasible` or `unknown`.
    public var status: String
    public var objective: Int
    /// No schedule of these plans costs less (equals `objective` when `optimal`).
    public var bound: Int
    public var optimal: Bool
    public var plans: [PlanEntry]
    public var events: [EventEntry]
    public var violations: [ConstraintEntry]
    public var conflicts: [ConstraintEntry]
    public var suggestions: [SuggestionEntry]
    public var warnings: [String]
    /// Search nodes explored and whether the wall-clock limit cut the search (then the result may
    /// differ on a faster or slower machine).
    public var hardViolations: Int
    public var searchNodes: Int
    public var timedOut: Bool

    public init(result: PlanningResult, language: Language?) {
        self.init(schedule: result.schedule, language: language)
        for index in events.indices { events[index].open = result.openEventIDs.contains("\(events[index].plan)/\(events[index].id)") }
        hardViolations = result.hardViolations
        let language = language ?? result.schedule.plans.first?.language ?? .fr
        status = result.status.rawValue
        objective = result.objective
        bound = result.bound
        optimal = result.optimal
        func entry(_ constraint: ConstraintInstance, cost: Int?) -> ConstraintEntry {
            ConstraintEntry(
                constraint: constraint.name, kind: constraint.kind.rawValue, event: constraint.eventID,
                location: constraint.location.description, message: constraint.message.text(in: language), cost: cost)
        }
        violations = result.violations.map { entry($0.constraint, cost: $0.cost) }
        conflicts = result.conflicts.map { entry($0, cost: nil) }
        suggestions = result.suggestions.map {
            SuggestionEntry(
                kind: $0.kind.rawValue, constraint: $0.constraint, event: $0.eventID, date: $0.date?.description,
                message: $0.message.text(in: language))
        }
        warnings = result.allWarnings.map { $0.text(in: language) }
        searchNodes = result.searchNodes
        timedOut = result.timedOut
    }

    public init(schedule: Schedule, language: Language?) {
        format = 1
        status = "fixed"
        objective = 0
        bound = 0
        optimal = true
        violations = []
        conflicts = []
        suggestions = []
        warnings = []
        hardViolations = 0
        searchNodes = 0
        timedOut = false
        plans = schedule.plans.map { plan in
            PlanEntry(
                id: plan.id, title: plan.title.text(in: language ?? plan.language), file: plan.file,
                language: plan.language.rawValue, revision: plan.revision.description)
        }
        events = schedule.events.map { event in
            let plan = schedule.plan(event.planID)!
            let language = language ?? plan.language
            let host = event.hostID.flatMap(plan.partner)
            var start = "", end = "", zone: String?
            switch event.timing {
            case .timed(let from, let to, let tz):
                start = from.description
                end = to.description
                zone = tz
            case .allDay(let range):
                start = range.first.description
                end = range.last.description
            }
            return EventEntry(
                id: event.id, uid: event.uid, plan: event.planID, kind: event.kind.rawValue,
                title: event.title.text(in: language), start: start, end: end, allDay: event.timing.isAllDay,
                timezone: zone, host: event.hostID,
                location: event.mode == .virtual ? nil : (event.place ?? host?.name.text(in: language)),
                participants: event.involvedPartnerIDs, travellers: event.travellerIDs, delegationSize: event.delegationSize,
                audiences: event.audiences.map(\.description),
                categories: event.domainIDs.compactMap { plan.domain($0)?.name.text(in: language) },
                confidential: event.confidential, provisional: event.provisional, open: false,
                occurrence: event.series?.index, occurrences: event.series?.count,
                outcome: event.outcome.map { outcome in
                    OutcomeEntry(
                        state: outcome.keyword, writtenDate: event.writtenDate?.description,
                        reason: outcome.reason?.text(in: language))
                },
                body: event.bodyID)
        }
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }
}

extension Timing {
    var isAllDay: Bool {
        if case .allDay = self { return true }
        return false
    }
}
