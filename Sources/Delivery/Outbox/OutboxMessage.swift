import CivilTime
import Invitations

/// A message to put in the outbox: its envelope, its bytes, and the key that makes it unique,
/// (UID, SEQUENCE, kind of change, recipient).
public struct OutboxMessage: Hashable, Sendable {
    public var uid: String
    public var sequence: Int
    /// `request`, `update`, `cancel` or `remove` (`InvitationChange.kind`).
    public var kind: String
    /// Lowercased.
    public var recipient: String
    public var sender: String
    public var messageID: String
    public var subject: String
    public var planID: String
    public var bytes: [UInt8]

    public init(
        uid: String, sequence: Int, kind: String, recipient: String, sender: String, messageID: String, subject: String,
        planID: String, bytes: [UInt8]
    ) {
        self.uid = uid
        self.sequence = sequence
        self.kind = kind
        self.recipient = recipient.lowercased()
        self.sender = sender
        self.messageID = messageID
        self.subject = subject
        self.planID = planID
        self.bytes = bytes
    }

    /// The emails of the planned invitations, dated `date` (their Date header and DTSTAMP), with
    /// each invitee's answer page when `answerLink` gives one.
    public static func messages(
        for invitations: [PlannedInvitation], date: Instant, answerLink: (@Sendable (_ uid: String, _ address: String) -> String?)? = nil
    ) throws(InvitationError) -> [OutboxMessage] {
        var messages: [OutboxMessage] = []
        for invitation in invitations {
            for email in try invitation.messages(date: date, answerLink: answerLink) {
                messages.append(
                    OutboxMessage(
                        uid: invitation.event.uid, sequence: invitation.change.sequence, kind: invitation.change.kind,
                        recipient: email.to.email, sender: email.from.email, messageID: email.messageID, subject: email.subject,
                        planID: invitation.event.planID, bytes: email.bytes))
            }
        }
        return messages
    }
}
