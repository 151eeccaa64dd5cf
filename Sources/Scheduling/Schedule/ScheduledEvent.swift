import Bilingual
import CivilTime
import PlanModel
import YAMLReading

/// One dated occurrence in a resolved schedule: its activity, and what is proper to this
/// occurrence (its dates, its host along an alternating series, its place in the series).
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
    /// The iCalendar UID: per occurrence, or shared by a series written as one RRULE.
    public var uid: String
    public var origin: Origin
    /// What the plan says (for an anniversary, an activity derived from its tie).
    public var activity: Activity {
        get { activityBox.value }
        set { activityBox = ActivityBox(newValue) }
    }
    /// The activity behind one reference: a workspace's schedule is copied whole at each planning,
    /// and an event then costs one retain instead of one per field of its activity.
    private var activityBox: ActivityBox
    public var timing: Timing
    public var hostID: String?
    public var series: SeriesPosition?
    /// What the plan records of this occurrence; nil: nothing yet (past: to confirm).
    public var outcome: Outcome?
    /// The written start date, when the outcome moved the occurrence off it (held another day, postponed).
    public var writtenDate: CivilDate?

    init(
        planID: String, id: String, uid: String, origin: Origin, activity: Activity, timing: Timing, hostID: String?,
        series: SeriesPosition?, outcome: Outcome?, writtenDate: CivilDate?
    ) {
        self.planID = planID
        self.id = id
        self.uid = uid
        self.origin = origin
        self.activityBox = ActivityBox(activity)
        self.timing = timing
        self.hostID = hostID
        self.series = series
        self.outcome = outcome
        self.writtenDate = writtenDate
    }

    public var activityID: String { activity.id }
    public var kind: Activity.Kind { activity.kind }
    public var title: LocalizedText { activity.title }
    public var description: LocalizedText? { activity.description }
    public var mode: Activity.Mode { activity.mode }
    public var participantIDs: [String] { activity.participantIDs }
    public var travellerIDs: [String] { activity.travellerIDs }
    public var delegationSize: Int? { activity.delegationSize }
    public var originID: String? { activity.originID }
    /// Travel days each way for someone coming from `home`: none at home or online, the plan's
    /// figure when it gives one, else one day across an ocean.
    public func travelDays(from home: Partner?, to host: Partner?) -> Int {
        guard mode != .virtual, let home, let host, home.id != host.id else { return 0 }
        return activity.travelDays ?? (Continent(country: home.country) != Continent(country: host.country) ? 1 : 0)
    }
    public var place: String? { activity.place }
    public var domainIDs: [String] { activity.domainIDs }
    /// The agreement or protocol the occurrence belongs to.
    public var tieID: String? { activity.tieID }
    public var audiences: [Audience] { activity.audiences }
    public var confidential: Bool { activity.confidential }
    public var provisional: Bool { activity.provisional }
    public var alarmDaysBefore: Int? { activity.alarmDaysBefore }
    public var url: String? { activity.url }
    public var location: SourceLocation { activity.location }

    /// The activity's body (committee), when it is a meeting of one.
    public var bodyID: String? { activity.bodyID }
    public var projectIDs: [String] { activity.projectIDs }

    /// Every partner this occurrence concerns: host, origin, participants.
    public var involvedPartnerIDs: [String] {
        var ids: [String] = []
        for id in [hostID, originID].compactMap({ $0 }) + participantIDs where !ids.contains(id) { ids.append(id) }
        return ids
    }
}
