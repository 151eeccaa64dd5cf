import Foundation
import Logging
import Synchronization

/// The snapshot being served, behind a `Mutex`: requests take the current immutable snapshot
/// (a reference copy under the lock, nothing else); a reload builds the next one outside the
/// lock and swaps it in at once. A failed load keeps the last good snapshot and records the
/// error for `/healthz`.
@available(macOS 15.0, *)
package final class FeedStore: Sendable {
    struct State: Sendable {
        var snapshot: FeedSnapshot?
        var lastError: String?
        var lastErrorAt: Int64?
        var lastLoadAt: Int64?
        /// The manifest digest of the last failed load, to log a lasting error once.
        var failedManifest: String?
    }

    let loader: SnapshotLoader
    let logger: Logger
    private let state = Mutex(State())
    /// One reload at a time (the watcher, SIGHUP and tests may ask together).
    private let reloading = Mutex(())

    /// The publication folder.
    package var directory: String { loader.directory }

    package init(directory: String, ledgerPath: String? = nil, logger: Logger = Logger(label: "jumelage.feeds")) {
        loader = SnapshotLoader(directory: directory, ledgerPath: ledgerPath)
        self.logger = logger
    }

    var snapshot: FeedSnapshot? { state.withLock { $0.snapshot } }

    var health: HealthReport { state.withLock { HealthReport($0) } }

    /// The publication's part of `/healthz`: its id, time and feeds, or the last error; nil before any.
    package var publicationHealth: (id: Int64, publishedAt: String, feeds: Int)? {
        health.publication.map { ($0.id, $0.publishedAt, $0.feeds) }
    }

    /// Loads the folder again if its manifest changed (or always, with `force`), and the tokens
    /// every time (a revoked token stops working at the next reload). Returns whether a new
    /// publication was swapped in.
    @discardableResult
    package func reload(force: Bool = false) -> Bool {
        reloading.withLock { _ in reloadLocked(force: force) }
    }

    private func reloadLocked(force: Bool) -> Bool {
        let now = Int64(Date().timeIntervalSince1970)
        let current = state.withLock { $0 }
        let fingerprint = loader.manifestFingerprint()
        var next = current.snapshot
        var swapped = false
        var error: String?
        if force || next == nil || fingerprint != next?.manifestDigest {
            do {
                next = try loader.load(previous: current.snapshot)
                swapped = true
            } catch let failure {
                error = failure.message
            }
        }
        if var snapshot = next {
            do {
                snapshot.tokens = try SnapshotLoader.tokens(ledgerPath: snapshot.ledgerPath, required: loader.ledgerPath != nil)
            } catch let failure {
                // Fail closed: without a readable ledger no private feed is served.
                snapshot.tokens = []
                error = [error, failure.message].compactMap { $0 }.joined(separator: "; ")
            }
            next = snapshot
        }
        state.withLock { state in
            state.snapshot = next
            state.lastLoadAt = now
            state.lastError = error
            state.lastErrorAt = error == nil ? nil : now
        }
        if let error {
            if current.failedManifest != fingerprint || current.lastError != error {
                logger.error("publication not loaded; still serving the previous one", metadata: ["error": "\(error)"])
            }
            state.withLock { $0.failedManifest = fingerprint ?? "" }
        } else {
            state.withLock { $0.failedManifest = nil }
            if swapped, let next {
                logger.info(
                    "publication loaded",
                    metadata: [
                        "publication": "\(next.publication)", "feeds": "\(next.feeds.count)",
                        "publishedAt": "\(HTTPDate.format(next.publishedAt))",
                    ])
            }
        }
        return swapped
    }
}
