import Bilingual
import CivilTime
import ICalendar
import PlanModel
import Scheduling

/// What an invitation says about one event, taken from the plan when it is sent and kept in the
/// invitation memory: enough to write a cancellation after the event, or its whole plan, is gone.
public struct InvitedEvent: Hashable, Sendable, Codable {
    /// One person invited: an address and the name written as CN.
    public struct Invitee: Hashable, Sendable, Codable {
        public var email: String
        public var name: String?

        public init(email: String, name: String?) {
            self.email = email
            self.name = name
        }

        var participant: Participant { .invitee(email: email, name: name) }
    }

    public var uid: String
    public var planID: String
    public var eventID: String
    public var language: Language
    public var organizer: Invitee
    public var title: LocalizedText
    public var description: LocalizedText?
    public var place: LocalizedText?
    /// `YYYY-MM-DDTHH:MM:SS` with a `zone`, else the first day `YYYY-MM-DD`.
    public var start: String
    /// `YYYY-MM-DDTHH:MM:SS` with a `zone`, else the last day (inclusive) `YYYY-MM-DD`.
    public var end: String
    /// The IANA zone of a timed event; nil for whole days.
    public var zone: String?
    /// Held on settled dates: not provisional, not cancelled (see `InvitationBuilder.isConfirmed`).
    public var confirmed: Bool
    /// Travellers then attendees with a plausible address, each address once.
    public var invitees: [Invitee]

    public init(
        uid: String, planID: String, eventID: String, language: Language, organizer: Invitee, title: LocalizedText,
        description: LocalizedText? = nil, place: LocalizedText? = nil, start: String, end: String, zone: String?,
        confirmed: Bool, invitees: [Invitee]
    ) {
        self.uid = uid
        self.planID = planID
        self.eventID = eventID
        self.language = language
        self.organizer = organizer
        self.title = title
        self.description = description
        self.place = place
        self.start = start
        self.end = end
        self.zone = zone
        self.confirmed = confirmed
        self.invitees = invitees
    }

    /// The event's dates as the plan model writes them; nil when the stored text does not parse.
    public var timing: Timing? {
        if let zone {
            guard let start = CivilDateTime(iso: start), let end = CivilDateTime(iso: end) else { return nil }
            return .timed(start: start, end: end, zone: zone)
        }
        guard let first = CivilDate(iso: start), let last = CivilDate(iso: end) else { return nil }
        return .allDay(DateRange(first: first, last: last))
    }

    /// What the invitees were told, in one line: start, end, zone, place, title and whether it is
    /// confirmed. A different fingerprint means the invitees must hear of it again.
    public var fingerprint: String {
        [
            start, end, zone ?? "", place?.fr ?? "", place?.en ?? "", title.fr, title.en, confirmed ? "confirmed" : "unconfirmed",
        ].map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: "|")
    }

    var organizerParticipant: Participant { Participant(email: organizer.email, name: organizer.name) }
}
