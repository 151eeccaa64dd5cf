import CivilTime
import PlaceCalendars
import YAMLReading

/// What a plan says about an event whose dates are open: where the solver may put it, and
/// what it would prefer. For a series, windows and targets are those of the first occurrence,
/// moved along by the repetition for the others.
public struct SchedulingRules: Hashable, Sendable {
    public enum HolidayScope: String, Sendable, CaseIterable {
        /// The host's holidays (the default for in-person events).
        case host
        /// The host's and every traveller's and participant's home holidays.
        case everyone
        case none
    }

    public struct Precedence: Hashable, Sendable {
        public var eventID: String
        /// Days between the end of that event and the start of this one, at least.
        public var lagDays: Int
        /// nil: the link must hold; a weight: it should, and costs 10 × weight when it does not.
        public var weight: Int?
        public var location: SourceLocation

        package init(eventID: String, lagDays: Int, weight: Int? = nil, location: SourceLocation) {
            self.eventID = eventID
            self.lagDays = lagDays
            self.weight = weight
            self.location = location
        }
    }

    public enum Companion: Hashable, Sendable {
        /// Within `days` of another event's start (7: the same week).
        case event(id: String, days: Int)
        /// During a named holiday or festivity of the host's jurisdictions (the Fêtes de Wallonie).
        case holiday(id: String)
    }

    public struct Alongside: Hashable, Sendable {
        public var companion: Companion
        /// nil: the link must hold; a weight: it should (`if possible alongside`), and costs
        /// 10 × weight when it does not. Only for an event companion.
        public var weight: Int?
        public var location: SourceLocation

        package init(companion: Companion, weight: Int? = nil, location: SourceLocation) {
            self.companion = companion
            self.weight = weight
            self.location = location
        }
    }

    public struct Preferences: Hashable, Sendable {
        public var months: [Int] = []
        public var weekdays: [Weekday] = []
        public var near: CivilDate?
        public var weight: Int = 1

        package init(months: [Int] = [], weekdays: [Weekday] = [], near: CivilDate? = nil, weight: Int = 1) {
            self.months = months
            self.weekdays = weekdays
            self.near = near
            self.weight = weight
        }
    }

    public var windows: [DateRange]
    /// Days of the week the event may start on.
    public var weekdays: [Weekday]?
    /// Days of the week every day of the event must fall on (`days:`).
    public var days: [Weekday]?
    public var holidays: HolidayScope?
    /// Blackout kinds avoided beyond the defaults (collective vacations; elections for elected travellers).
    public var avoid: [String]
    public var after: [Precedence]
    public var alongside: Alongside?
    public var spacing: ClosedRange<Int>?
    public var leadTimeDays: Int?
    public var preferences: Preferences
    public var location: SourceLocation
    /// Where each rule was written, for explanations: key → location.
    public var locations: [String: SourceLocation]

    package init(
        windows: [DateRange], weekdays: [Weekday]? = nil, days: [Weekday]? = nil,
        holidays: HolidayScope? = nil, avoid: [String], after: [Precedence], alongside: Alongside? = nil,
        spacing: ClosedRange<Int>? = nil, leadTimeDays: Int? = nil, preferences: Preferences,
        location: SourceLocation, locations: [String: SourceLocation]
    ) {
        self.windows = windows
        self.weekdays = weekdays
        self.days = days
        self.holidays = holidays
        self.avoid = avoid
        self.after = after
        self.alongside = alongside
        self.spacing = spacing
        self.leadTimeDays = leadTimeDays
        self.preferences = preferences
        self.location = location
        self.locations = locations
    }
}
