import Foundation

/// An invitee's answer to an invitation, given through the link of the invitation's email: the
/// ATTENDEE's PARTSTAT (RFC 5545 §3.2.12) as the organizer would record it from a REPLY.
package struct InvitationAnswer: Hashable, Sendable {
    package enum Choice: String, CaseIterable, Sendable {
        case accepted = "ACCEPTED"
        case tentative = "TENTATIVE"
        case declined = "DECLINED"
    }

    /// The event's UID, as in the feeds and the invitation.
    package var uid: String
    /// The invitee's address, lower-cased: one answer per address and event, the newest kept.
    package var address: String
    package var choice: Choice
    package var at: Date

    package init(uid: String, address: String, choice: Choice, at: Date) {
        self.uid = uid
        self.address = address.lowercased()
        self.choice = choice
        self.at = at
    }
}
