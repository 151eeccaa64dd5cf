import WorkspacePostgres

extension PostgresLedger {
    /// LISTENs for new publications and token changes (`PostgresListener`) until the task is
    /// cancelled; `connected` runs each time listening starts, `notified` on each notification.
    package func listen(
        retryCap: Duration, connected: @escaping @Sendable () async -> Void, notified: @escaping @Sendable (String) async -> Void
    ) async {
        await PostgresListener.listen(
            to: channel, url: url, searchPath: searchPath, logger: logger, what: "publications", retryCap: retryCap, connected: connected,
            notified: notified)
    }
}
