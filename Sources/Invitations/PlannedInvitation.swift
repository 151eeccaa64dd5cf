import CivilTime

/// One change to send about one event, to all the invitees it concerns or to some of them.
public struct PlannedInvitation: Hashable, Sendable {
    public var change: InvitationChange
    /// The event the message is written from: the plan's now, or the remembered one when the
    /// event is gone from its plan.
    public var event: InvitedEvent
    /// The addresses (lowercased) to send to; nil: every invitee the change concerns.
    public var recipients: Set<String>?

    public init(change: InvitationChange, event: InvitedEvent, recipients: Set<String>? = nil) {
        self.change = change
        self.event = event
        self.recipients = recipients
    }

    /// The emails of this change, dated `date` (their Date header and DTSTAMP).
    public func messages(
        date: Instant, messageDomain: String? = nil, answerLink: (@Sendable (_ uid: String, _ address: String) -> String?)? = nil
    ) throws(InvitationError) -> [InvitationMessage] {
        let all = try InvitationBuilder.messages(
            for: change, of: event, date: date, messageDomain: messageDomain, answerLink: answerLink)
        guard let recipients else { return all }
        return all.filter { recipients.contains($0.to.email.lowercased()) }
    }
}
