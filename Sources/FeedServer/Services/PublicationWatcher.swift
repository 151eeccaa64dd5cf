import Logging
import ServiceLifecycle
import UnixSignals

/// Picks up new publications: polls `publication.json` every `interval` (and the tokens with it)
/// and reloads at once on SIGHUP. Stops on graceful shutdown.
@available(macOS 15.0, *)
package struct PublicationWatcher: Service {
    let store: FeedStore
    let interval: Duration
    let logger: Logger

    package init(store: FeedStore, interval: Duration, logger: Logger) {
        self.store = store
        self.interval = interval
        self.logger = logger
    }

    package func run() async throws {
        let store = self.store, interval = self.interval, logger = self.logger
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await _ in hangups {
                        logger.info("SIGHUP: reloading the publication")
                        store.reload(force: true)
                    }
                }
                group.addTask {
                    while !Task.isCancelled {
                        do { try await Task.sleep(for: interval) } catch { return }
                        store.reload()
                    }
                }
                await group.waitForAll()
            }
        }
    }
}

@available(macOS 15.0, *)
extension PublicationWatcher: CustomStringConvertible {
    package var description: String { "PublicationWatcher" }
}
