/// An ORGANIZER or ATTENDEE (RFC 5545 §3.8.4.1, §3.8.4.3): a `mailto:` address and its
/// parameters, for iTIP messages (RFC 5546). Feeds have none.
public struct Participant: Hashable, Sendable {
    /// PARTSTAT of a VEVENT.
    public enum ParticipationStatus: String, Hashable, Sendable {
        case needsAction = "NEEDS-ACTION", accepted = "ACCEPTED", declined = "DECLINED", tentative = "TENTATIVE"
    }

    /// ROLE.
    public enum Role: String, Hashable, Sendable {
        case chair = "CHAIR", required = "REQ-PARTICIPANT", optional = "OPT-PARTICIPANT", nonParticipant = "NON-PARTICIPANT"
    }

    /// The address, without `mailto:`.
    public var email: String
    /// Written as CN (quoted and RFC 6868-encoded when it needs to be).
    public var name: String?
    /// Written as PARTSTAT on attendees; nil writes none (an organizer has none).
    public var participationStatus: ParticipationStatus?
    /// Written as RSVP=TRUE when true, nothing otherwise.
    public var rsvp: Bool
    /// Written as ROLE on attendees; nil writes none.
    public var role: Role?

    public init(
        email: String, name: String? = nil, participationStatus: ParticipationStatus? = nil, rsvp: Bool = false,
        role: Role? = nil
    ) {
        self.email = email
        self.name = name
        self.participationStatus = participationStatus
        self.rsvp = rsvp
        self.role = role
    }

    /// An invitee who has not answered yet and is asked to.
    public static func invitee(email: String, name: String?) -> Participant {
        Participant(email: email, name: name, participationStatus: .needsAction, rsvp: true, role: .required)
    }
}
