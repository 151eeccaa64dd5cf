/// Why a calendar could not be written, read or expanded.
public struct ICalendarError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// An event breaks an iCalendar rule (end before start, mixed DATE and DATE-TIME…).
        case invalidEvent
        /// A calendar-level property is unusable (METHOD, COLOR, REFRESH-INTERVAL…).
        case invalidCalendar
        /// A TZID that neither tzdata nor libical knows.
        case unknownTimeZone
        /// An RRULE that libical cannot parse or that breaks a publishing rule.
        case invalidRecurrenceRule
        /// Text that is not an iCalendar VCALENDAR.
        case notACalendar
        /// libical failed where it should not have.
        case libical
    }

    public var kind: Kind
    public var message: String
    /// The UID of the offending event, when there is one.
    public var eventUID: String?

    public init(_ kind: Kind, _ message: String, eventUID: String? = nil) {
        self.kind = kind
        self.message = message
        self.eventUID = eventUID
    }

    public var description: String {
        if let eventUID { return "event \(eventUID): \(message)" }
        return message
    }

    func forEvent(_ uid: String) -> ICalendarError {
        var copy = self
        copy.eventUID = uid
        return copy
    }
}
