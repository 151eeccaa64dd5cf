/// Plan stores that several processes share (PostgreSQL) tell each process of every save as it
/// commits, so that an edit on one workspace server shows on the others' pages at once, instead
/// of at their next poll.
package protocol PlanChangeNotifier: Sendable {
    /// Runs until cancelled: `connected` is called each time listening (re)starts — saves may have
    /// been missed while it was down, so read everything again then — and `changed` with the file
    /// of every plan saved by any process, this one included. Reconnects by itself after a failure,
    /// waiting at most `retryCap` between attempts.
    func listen(
        retryCap: Duration, connected: @escaping @Sendable () async -> Void, changed: @escaping @Sendable (String) async -> Void
    ) async
}
