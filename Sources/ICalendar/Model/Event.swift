import CivilTime

/// One VEVENT.
public struct Event: Hashable, Sendable {
    public enum Status: String, Sendable { case tentative = "TENTATIVE", confirmed = "CONFIRMED", cancelled = "CANCELLED" }
    public enum Classification: String, Sendable { case `public` = "PUBLIC", `private` = "PRIVATE", confidential = "CONFIDENTIAL" }
    public enum Transparency: String, Sendable { case opaque = "OPAQUE", transparent = "TRANSPARENT" }

    public struct Geo: Hashable, Sendable {
        public var latitude: Double
        public var longitude: Double
        public init(latitude: Double, longitude: Double) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    /// A display alarm that fires a number of minutes before the start.
    public struct Alarm: Hashable, Sendable {
        public var minutesBefore: Int
        public var description: String
        public init(minutesBefore: Int, description: String) {
            self.minutesBefore = minutesBefore
            self.description = description
        }
    }

    public var uid: String
    public var sequence: Int
    /// DTSTAMP: the last change of the event, never the render time.
    public var stamp: Instant
    public var lastModified: Instant?
    public var start: EventTime
    /// Exclusive end (the day after the last day for all-day events).
    public var end: EventTime?
    public var summary: String
    public var description: String?
    public var location: String?
    public var geo: Geo?
    public var categories: [String]
    public var status: Status?
    public var classification: Classification?
    public var transparency: Transparency?
    public var url: String?
    /// The RRULE value without the `RRULE:` prefix, for example `FREQ=YEARLY;COUNT=3`. It is written,
    /// and read back, in libical's part order (`FREQ;UNTIL|COUNT;INTERVAL;BY…`).
    public var recurrenceRule: String?
    public var exceptionDates: [EventTime]
    public var recurrenceDates: [EventTime]
    /// Set on an instance that overrides one occurrence of a series.
    public var recurrenceID: EventTime?
    public var alarms: [Alarm]
    /// ORGANIZER: only in iTIP messages (invitations), never in feeds.
    public var organizer: Participant?
    /// ATTENDEE properties, in this order: only in iTIP messages.
    public var attendees: [Participant]

    public init(
        uid: String, sequence: Int = 0, stamp: Instant, lastModified: Instant? = nil,
        start: EventTime, end: EventTime? = nil, summary: String, description: String? = nil,
        location: String? = nil, geo: Geo? = nil, categories: [String] = [], status: Status? = nil,
        classification: Classification? = nil, transparency: Transparency? = nil, url: String? = nil,
        recurrenceRule: String? = nil, exceptionDates: [EventTime] = [], recurrenceDates: [EventTime] = [],
        recurrenceID: EventTime? = nil, alarms: [Alarm] = [], organizer: Participant? = nil, attendees: [Participant] = []
    ) {
        self.uid = uid
        self.sequence = sequence
        self.stamp = stamp
        self.lastModified = lastModified
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.location = location
        self.geo = geo
        self.categories = categories
        self.status = status
        self.classification = classification
        self.transparency = transparency
        self.url = url
        self.recurrenceRule = recurrenceRule
        self.exceptionDates = exceptionDates
        self.recurrenceDates = recurrenceDates
        self.recurrenceID = recurrenceID
        self.alarms = alarms
        self.organizer = organizer
        self.attendees = attendees
    }
}
