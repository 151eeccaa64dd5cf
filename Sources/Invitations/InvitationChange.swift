import ICalendar

/// What an invitation tells its invitees (RFC 5546 §3.2): the SEQUENCE comes from the caller,
/// who keeps track of what was sent.
public enum InvitationChange: Hashable, Sendable {
    /// The first invitation to a confirmed event: METHOD:REQUEST with this SEQUENCE.
    case request(sequence: Int)
    /// The event changed (dates, place, invitees): METHOD:REQUEST again, SEQUENCE one higher.
    case update(previousSequence: Int)
    /// The event was cancelled or removed from the plan: METHOD:CANCEL, STATUS:CANCELLED,
    /// SEQUENCE one higher, to every invitee.
    case cancel(previousSequence: Int)
    /// One invitee left the list: METHOD:CANCEL to that person only (the only ATTENDEE),
    /// SEQUENCE one higher; the others get an `update`.
    case removeInvitee(Participant, previousSequence: Int)

    /// The SEQUENCE the message carries.
    public var sequence: Int {
        switch self {
        case .request(let sequence): return sequence
        case .update(let previous), .cancel(let previous), .removeInvitee(_, let previous): return previous + 1
        }
    }

    /// `request`, `update`, `cancel` or `remove`: part of the Message-ID, so that two kinds of
    /// message never share one.
    public var kind: String {
        switch self {
        case .request: return "request"
        case .update: return "update"
        case .cancel: return "cancel"
        case .removeInvitee: return "remove"
        }
    }

    /// `REQUEST` or `CANCEL`.
    public var method: String {
        switch self {
        case .request, .update: return "REQUEST"
        case .cancel, .removeInvitee: return "CANCEL"
        }
    }
}
