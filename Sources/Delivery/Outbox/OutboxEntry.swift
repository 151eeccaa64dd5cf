/// One row of the outbox as listed, and as delivered (then with its bytes).
public struct OutboxEntry: Hashable, Sendable, Codable {
    public var id: Int64
    public var uid: String
    public var sequence: Int
    public var kind: String
    public var recipient: String
    public var sender: String
    public var messageID: String
    public var subject: String
    public var planID: String
    public var state: OutboxState
    /// Delivery attempts that ended (sent, refused, deferred, interrupted).
    public var attempts: Int
    /// Seconds since 1970 (UTC).
    public var nextAttemptAt: Int64
    /// The last failure, in the server's words or ours; never a password.
    public var lastError: String?
    public var createdAt: Int64
    public var sentAt: Int64?
    /// The message's bytes when it is fetched to be sent; nil in listings.
    public var bytes: [UInt8]?

    package init(
        id: Int64, uid: String, sequence: Int, kind: String, recipient: String, sender: String, messageID: String, subject: String,
        planID: String, state: OutboxState, attempts: Int, nextAttemptAt: Int64, lastError: String?, createdAt: Int64, sentAt: Int64?,
        bytes: [UInt8]?
    ) {
        self.id = id
        self.uid = uid
        self.sequence = sequence
        self.kind = kind
        self.recipient = recipient
        self.sender = sender
        self.messageID = messageID
        self.subject = subject
        self.planID = planID
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.bytes = bytes
    }
}
