/// When to try a deferred message again: `initialDelay` seconds after the first failure, twice
/// as long after each next one, never more than `maximumDelay`; a message still not sent
/// `giveUpAfter` seconds after it was queued fails for good.
public struct RetryPolicy: Hashable, Sendable {
    public var initialDelay: Int64
    public var maximumDelay: Int64
    public var giveUpAfter: Int64

    public init(initialDelay: Int64 = 1, maximumDelay: Int64 = 300, giveUpAfter: Int64 = 7 * 86_400) {
        self.initialDelay = max(1, initialDelay)
        self.maximumDelay = max(self.initialDelay, maximumDelay)
        self.giveUpAfter = giveUpAfter
    }

    /// The wait after the `attempts`-th failed attempt (1 for the first).
    public func delay(afterAttempts attempts: Int) -> Int64 {
        var delay = initialDelay
        for _ in 1..<max(1, attempts) {
            delay *= 2
            if delay >= maximumDelay { return maximumDelay }
        }
        return min(delay, maximumDelay)
    }
}
