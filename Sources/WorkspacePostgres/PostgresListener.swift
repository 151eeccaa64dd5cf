import Logging
import PostgresNIO

/// LISTEN on one channel over a connection of its own (not a pool's: a listening connection is
/// held for as long as the server runs), until the task is cancelled. After a lost or refused
/// connection, waits 0.25 s, then twice as long each time up to `retryCap`, and listens again;
/// `connected` runs each time listening starts (to catch up on what was missed while it was
/// down), `notified` with the payload of each notification.
package enum PostgresListener {
    package static func listen(
        to channel: String, url: PostgresURL, searchPath: String?, logger: Logger, what: String, retryCap: Duration,
        connected: @escaping @Sendable () async -> Void, notified: @escaping @Sendable (String) async -> Void
    ) async {
        var delay = Duration.milliseconds(250)
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(
                    configuration: try url.connectionConfiguration(searchPath: searchPath), id: 1, logger: logger)
                do {
                    try await connection.listen(on: channel) { notifications in
                        delay = .milliseconds(250)
                        await connected()
                        for try await notification in notifications { await notified(notification.payload) }
                    }
                } catch {
                    try? await connection.close()
                    throw error
                }
                try? await connection.close()
            } catch {
                if Task.isCancelled { return }
                logger.warning(
                    "listening for \(what) failed; retrying", metadata: ["error": .string(PostgresWorkspaceStore.reason(error))])
            }
            do { try await Task.sleep(for: delay) } catch { return }
            delay = min(delay * 2, retryCap)
        }
    }
}
