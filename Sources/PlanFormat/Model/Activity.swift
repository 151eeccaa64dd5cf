import Bilingual
import YAMLReading

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
    /// What became of each occurrence, by occurrence number (1-based; a single event's is 1).
    public var outcomes: [Int: Outcome]
    /// The plan's body (committee) this activity is a meeting of.
    public var bodyID: String?
    /// The plan's projects this activity belongs to.
    public var projectIDs: [String]
    public var location: SourceLocation

    package init(id: String, kind: Kind, title: LocalizedText, description: LocalizedText? = nil, timing: Timing,
            zoneFollowsHost: Bool, mode: Mode, hostIDs: [String], participantIDs: [String], travellerIDs: [String],
            delegationSize: Int? = nil, originID: String? = nil, travelDays: Int? = nil, place: String? = nil,
            domainIDs: [String], tieID: String? = nil, audiences: [Audience], confidential: Bool, provisional: Bool,
            alarmDaysBefore: Int? = nil, url: String? = nil, repetition: Repetition? = nil,
            scheduling: SchedulingRules? = nil, outcomes: [Int: Outcome] = [:], bodyID: String? = nil,
            projectIDs: [String] = [], location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.title = title
        self.description = description
        self.timing = timing
        self.zoneFollowsHost = zoneFollowsHost
        self.mode = mode
        self.hostIDs = hostIDs
        self.participantIDs = participantIDs
        self.travellerIDs = travellerIDs
        self.delegationSize = delegationSize
        self.originID = originID
        self.travelDays = travelDays
        self.place = place
        self.domainIDs = domainIDs
        self.tieID = tieID
        self.audiences = audiences
        self.confidential = confidential
        self.provisional = provisional
        self.alarmDaysBefore = alarmDaysBefore
        self.url = url
        self.repetition = repetition
        self.scheduling = scheduling
        self.outcomes = outcomes
        self.bodyID = bodyID
        self.projectIDs = projectIDs
        self.location = location
    }

    public func host(forOccurrence index: Int) -> String? {
        hostIDs.isEmpty ? nil : hostIDs[index % hostIDs.count]
    }

    /// A series one RRULE can describe: every occurrence identical but its date.
    public var isSingleRule: Bool {
        repetition != nil && hostIDs.count <= 1
    }
}
