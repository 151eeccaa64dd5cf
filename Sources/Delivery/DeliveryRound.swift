/// What one `OutboxDeliverer.deliverDue` did.
public struct DeliveryRound: Hashable, Sendable {
    public var sent = 0
    public var deferred = 0
    public var failed = 0
    /// Rows found in `sending` (a deliverer died) and queued again.
    public var requeued = 0
    /// Another deliverer held the lease: nothing was done.
    public var busy = false
    /// Why the server could not be reached or used this time (redacted), if it could not.
    public var problem: String?

    public init() {}
}
