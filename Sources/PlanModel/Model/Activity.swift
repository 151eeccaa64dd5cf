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
    /// People invited by email (`attendees:`) besides the travellers: they receive the
    /// invitation but do not travel.
    public var attendeeIDs: [String]
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
    /// Earlier editions of an alternating series, before its first occurrence here: the hosts
    /// take turns from the one after the latest of them.
    public var history: [Edition] = []
    /// Present when the solver chooses the dates.
    public var scheduling: SchedulingRules?
    /// What became of each occurrence, by occurrence number (1-based; a single event's is 1).
    public var outcomes: [Int: Outcome]
    /// The plan's body (committee) this activity is a meeting of.
    public var bodyID: String?
    /// The plan's projects this activity belongs to.
    public var projectIDs: [String]
    /// What the plan says with `stay:`; nil when it does not (see `isStay`).
    public var stay: Bool?
    public var location: SourceLocation
    /// Where the plan writes the dates (`date:`, `dates:` or `start:`).
    public var timingLocation: SourceLocation?

    /// Events longer than this many days are stays unless the plan says `stay: false`.
    public static let longestNonStayDays = 7

    /// Whether the event is a stay (a long mission, an exchange): the people live at the host
    /// for a while, so holidays bind its arrival and departure days, not each day. `stay:` says
    /// so; without it, an event longer than a week is a stay.
    public var isStay: Bool {
        stay ?? (timing.days.dayCount > Self.longestNonStayDays)
    }

    package init(
        id: String, kind: Kind, title: LocalizedText, description: LocalizedText? = nil, timing: Timing,
        zoneFollowsHost: Bool, mode: Mode, hostIDs: [String], participantIDs: [String], travellerIDs: [String],
        attendeeIDs: [String] = [], delegationSize: Int? = nil, originID: String? = nil, travelDays: Int? = nil, place: String? = nil,
        domainIDs: [String], tieID: String? = nil, audiences: [Audience], confidential: Bool, provisional: Bool,
        alarmDaysBefore: Int? = nil, url: String? = nil, repetition: Repetition? = nil, history: [Edition] = [],
        scheduling: SchedulingRules? = nil, stay: Bool? = nil, outcomes: [Int: Outcome] = [:], bodyID: String? = nil,
        projectIDs: [String] = [], location: SourceLocation, timingLocation: SourceLocation? = nil
    ) {
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
        self.attendeeIDs = attendeeIDs
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
        self.history = history
        self.scheduling = scheduling
        self.outcomes = outcomes
        self.bodyID = bodyID
        self.projectIDs = projectIDs
        self.stay = stay
        self.location = location
        self.timingLocation = timingLocation
    }

    /// The host of occurrence `index` (0 for the first): `hostIDs` in turn, continuing from the
    /// host of the latest edition of `history`.
    public func host(forOccurrence index: Int) -> String? {
        hostIDs.isEmpty ? nil : hostIDs[(index + hostRotation) % hostIDs.count]
    }

    /// How far the turn has moved before the first occurrence: 0 without history.
    public var hostRotation: Int {
        guard let latest = history.max(by: { $0.date < $1.date }), let index = hostIDs.firstIndex(of: latest.host) else {
            return 0
        }
        return index + 1
    }

    /// A series one RRULE can describe: every occurrence identical but its date.
    public var isSingleRule: Bool {
        repetition != nil && hostIDs.count <= 1
    }
}
