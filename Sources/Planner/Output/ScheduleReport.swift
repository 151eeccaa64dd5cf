import Bilingual
import CivilTime
import Foundation

/// The JSON form of a schedule: a stable, documented contract (see README, "JSON formats").
public struct ScheduleReport: Codable, Hashable, Sendable {
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
        public var occurrence: Int?
        public var occurrences: Int?
    }

    public struct PlanEntry: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var file: String
        public var language: String
        public var revision: String
    }

    public var format: Int
    public var status: String
    public var plans: [PlanEntry]
    public var events: [EventEntry]

    public init(schedule: Schedule, language: Language?) {
        format = 1
        status = "scheduled"
        plans = schedule.plans.map { plan in
            PlanEntry(id: plan.id, title: plan.title.text(in: language ?? plan.language), file: plan.file,
                      language: plan.language.rawValue, revision: plan.revision.description)
        }
        events = schedule.events.map { event in
            let plan = schedule.plan(event.planID)!
            let language = language ?? plan.language
            let host = event.hostID.flatMap(plan.partner)
            var start = "", end = "", zone: String?
            switch event.timing {
            case .timed(let from, let to, let tz): start = from.description; end = to.description; zone = tz
            case .allDay(let range): start = range.first.description; end = range.last.description
            }
            return EventEntry(
                id: event.id, uid: event.uid, plan: event.planID, kind: event.kind.rawValue,
                title: event.title.text(in: language), start: start, end: end, allDay: event.timing.isAllDay,
                timezone: zone, host: event.hostID,
                location: event.mode == .virtual ? nil : (event.place ?? host?.name.text(in: language)),
                participants: event.involvedPartnerIDs, travellers: event.travellerIDs, delegationSize: event.delegationSize,
                audiences: event.audiences.map(\.description), categories: event.domainIDs.compactMap { plan.domain($0)?.name.text(in: language) },
                confidential: event.confidential, provisional: event.provisional,
                occurrence: event.series?.index, occurrences: event.series?.count)
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
