import Bilingual
import CivilTime

/// Something a plan schedules: a meeting, a mission, a celebration, a deadline, possibly repeated.
public struct Activity: Hashable, Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case meeting, mission, celebration, deadline, event, committee
    }

    public enum Mode: String, Sendable, CaseIterable, Codable {
        case inPerson = "in-person", virtual, hybrid
    }

    public var id: String
    public var kind: Kind
    public var title: LocalizedText
    public var description: LocalizedText?
    public var timing: Timing
    /// True when the plan gave no `timezone`: each occurrence then meets in its host's zone.
    public var zoneFollowsHost: Bool
    public var mode: Mode
    /// Hosts in turn along a series; one host for a single activity.
    public var hostIDs: [String]
    public var participantIDs: [String]
    public var travellerIDs: [String]
    /// Number of people in a delegation, when larger than the named travellers.
    public var delegationSize: Int?
    public var originID: String?
    /// Travel days each way, when the plan says; otherwise one across an ocean, none else.
    public var travelDays: Int?
    public var place: String?
    public var domainIDs: [String]
    public var tieID: String?
    public var audiences: [Audience]
    public var confidential: Bool
    /// Dates not yet confirmed.
    public var provisional: Bool
    public var alarmDaysBefore: Int?
    public var url: String?
    public var repetition: Repetition?
    /// Present when the solver chooses the dates.
    public var scheduling: SchedulingRules?
    public var location: SourceLocation

    public func host(forOccurrence index: Int) -> String? {
        hostIDs.isEmpty ? nil : hostIDs[index % hostIDs.count]
    }

    /// A series one RRULE can describe: every occurrence identical but its date.
    public var isSingleRule: Bool {
        repetition != nil && hostIDs.count <= 1
    }
}
