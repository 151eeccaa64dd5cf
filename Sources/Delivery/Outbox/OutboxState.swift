/// Where a message of the outbox stands.
public enum OutboxState: String, Hashable, Sendable, Codable, CaseIterable {
    /// Waiting for its next attempt (`nextAttemptAt`).
    case pending
    /// Its final `.` is on its way to the server: the outcome is not known yet. Found so by a
    /// later delivery run, it was interrupted (the process died) and is sent again.
    case sending
    /// The server answered 250 to its final `.`.
    case sent
    /// The server refused it for good (5xx), or it waited longer than the outbox's limit.
    case failed
}
