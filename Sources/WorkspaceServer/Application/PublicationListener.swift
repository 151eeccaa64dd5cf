import Bilingual
import FeedServer
import Logging
import PublishingPostgres
import ServiceLifecycle

/// With the shared ledger (PostgreSQL): serves a publication made on any server as soon as it is
/// committed (LISTEN/NOTIFY), and new or revoked tokens with it; catches up each time listening
/// starts again (after PostgreSQL restarted) and every `pollInterval` in case a notice was missed.
struct PublicationListener: Service {
    let shared: SharedLedger
    let feeds: FeedStore
    let logger: Logger
    var pollInterval: Duration = .seconds(30)

    func run() async throws {
        let shared = shared, feeds = feeds, logger = logger, pollInterval = pollInterval
        let catchUp: @Sendable () async -> Void = {
            do {
                try await shared.catchUp()
                // Loads a new publication when its manifest changed; the tokens every time.
                feeds.reload()
            } catch {
                logger.error(
                    "reading the shared publication failed",
                    metadata: ["error": .string((error as? any UserFacingError)?.rendered(in: .en) ?? "\(error)")])
            }
        }
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await shared.store.listen(retryCap: .seconds(5), connected: catchUp) { _ in await catchUp() } }
                group.addTask {
                    while !Task.isCancelled {
                        do { try await Task.sleep(for: pollInterval) } catch { return }
                        await catchUp()
                    }
                }
                await group.waitForAll()
            }
        }
    }
}
