/// What was last sent about one event (by UID): the SEQUENCE it carried and the event as its
/// invitees were told, their addresses included. The outbox keeps one per UID, saved in the
/// same transaction as the messages that told it.
public struct InvitationMemory: Hashable, Sendable, Codable {
    public var sequence: Int
    /// The event as the invitees were last told; its `invitees` are those who hold it.
    public var event: InvitedEvent
    /// Whether the last thing sent cancelled the whole event.
    public var cancelled: Bool

    public init(sequence: Int, event: InvitedEvent, cancelled: Bool) {
        self.sequence = sequence
        self.event = event
        self.cancelled = cancelled
    }

    public var uid: String { event.uid }
    public var fingerprint: String { event.fingerprint }
}
