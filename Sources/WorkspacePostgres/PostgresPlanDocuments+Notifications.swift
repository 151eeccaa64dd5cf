import Logging
import PostgresNIO
import WorkspaceStore

extension PostgresPlanDocuments: PlanChangeNotifier {
    /// LISTEN on the store's plans channel over a connection of its own (not the pool's: a
    /// listening connection is held for as long as the server runs). After a lost connection or a
    /// refused one, waits 0.25 s, then twice as long each time up to `retryCap`, and listens again.
    package func listen(
        retryCap: Duration, connected: @escaping @Sendable () async -> Void, changed: @escaping @Sendable (String) async -> Void
    ) async {
        let store = store
        var delay = Duration.milliseconds(250)
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(
                    configuration: try store.url.connectionConfiguration(searchPath: store.searchPath), id: 1, logger: store.logger)
                do {
                    try await connection.listen(on: store.plansChannel) { notifications in
                        delay = .milliseconds(250)
                        await connected()
                        for try await notification in notifications { await changed(notification.payload) }
                    }
                } catch {
                    try? await connection.close()
                    throw error
                }
                try? await connection.close()
            } catch {
                if Task.isCancelled { return }
                store.logger.warning(
                    "listening for plan changes failed; retrying", metadata: ["error": .string(PostgresWorkspaceStore.reason(error))])
            }
            do { try await Task.sleep(for: delay) } catch { return }
            delay = min(delay * 2, retryCap)
        }
    }
}
