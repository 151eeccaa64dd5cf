import Bilingual
import CivilTime

/// One dated occurrence in a resolved schedule.
public struct ScheduledEvent: Hashable, Sendable, Identifiable {
    /// How the occurrence relates to its series, when the activity repeats.
    public struct SeriesPosition: Hashable, Sendable {
        /// 1-based.
        public var index: Int
        public var count: Int
        /// True when one RRULE describes the whole series.
        public var singleRule: Bool
    }

    public enum Origin: Hashable, Sendable {
        case activity
        case anniversary(tieID: String, years: Int)
    }

    public var planID: String
    /// Unique within the plan: the activity id, with `/N` for the Nth occurrence of a series.
    public var id: String
    public var activityID: String
    /// The iCalendar UID: per occurrence, or shared by a series written as one RRULE.
    public var uid: String
    public var origin: Origin
    public var kind: Activity.Kind
    public var title: LocalizedText
    public var description: LocalizedText?
    public var timing: Timing
    public var mode: Activity.Mode
    public var hostID: String?
    public var participantIDs: [String]
    public var travellerIDs: [String]
    public var delegationSize: Int?
    public var originID: String?
    public var travelDays: Int
    public var place: String?
    public var domainIDs: [String]
    /// The agreement or protocol the occurrence belongs to.
    public var tieID: String?
    public var audiences: [Audience]
    public var confidential: Bool
    public var provisional: Bool
    public var alarmDaysBefore: Int?
    public var url: String?
    public var series: SeriesPosition?
    public var location: SourceLocation

    /// Every partner this occurrence concerns: host, origin, participants.
    public var involvedPartnerIDs: [String] {
        var ids: [String] = []
        for id in [hostID, originID].compactMap({ $0 }) + participantIDs where !ids.contains(id) { ids.append(id) }
        return ids
    }
}
