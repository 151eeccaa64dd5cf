import FeedModel
import Foundation
import PostgresNIO
import Publishing
import WorkspacePostgres

extension SharedLedger {
    /// Publishes `input` and `pages` (paths `pages/NAME`) into the shared store, once:
    ///
    /// 1. on a connection of its own, takes the store's publication lock (waiting at most
    ///    `lockWait` for another server's publication to end);
    /// 2. brings the working copy up to date; when the store has a publication this machine's copy
    ///    did not have when the call began (another server's, pressed at the same time) and it
    ///    already has these plans and feeds, stops there (`alreadyCurrent`): never two publications
    ///    of one change. (`jumelage publish --database` starts from an empty copy: a re-run with
    ///    nothing new publishes nothing.)
    /// 3. runs `FeedPublisher` against the copy in an empty staging folder (it first writes the last
    ///    publication's feeds there from the copy, then the new ones);
    /// 4. records the new rows and every file in the store in one transaction, with a NOTIFY:
    ///    the commit is the publication. Any failure before it (the connection lost, PostgreSQL
    ///    restarted, `beforeCommit` throwing) leaves nothing in the store, and the copy, now ahead
    ///    of the store, is made again at the next use;
    /// 5. writes the files into `servedFolder`, if any.
    package func publish(
        _ input: PublicationInput, pages: [PublicationFile], options: PublicationOptions, lockWait: Duration = .seconds(120),
        beforeCommit: (@Sendable (PostgresConnection) async throws -> Void)? = nil
    ) async throws -> SharedPublicationOutcome {
        let storeName = store.storeName
        // What this machine knew before waiting: its copy's last publication.
        let known = (try? PublicationLedger(path: replicaPath).lastPublicationMark())??.id
        return try await gate.run {
            let connection: PostgresConnection
            do { connection = try await self.store.connect() } catch {
                throw SharedPublicationError.database(store: storeName, reason: PostgresWorkspaceStore.reason(error))
            }
            do {
                let outcome = try await self.publishLocked(
                    input, pages: pages, options: options, known: known, connection: connection, lockWait: lockWait,
                    beforeCommit: beforeCommit)
                try? await connection.close()
                return outcome
            } catch {
                try? await connection.close()
                _ = try? await self.refreshReplica()
                throw Self.mapped(error, store: storeName)
            }
        }
    }

    private func publishLocked(
        _ input: PublicationInput, pages: [PublicationFile], options: PublicationOptions, known: Int64?,
        connection: PostgresConnection, lockWait: Duration, beforeCommit: (@Sendable (PostgresConnection) async throws -> Void)?
    ) async throws -> SharedPublicationOutcome {
        try await store.lock(connection, wait: lockWait)
        let ledger = try await refreshReplica()
        let base = try ledger.lastPublicationMark()
        try? FileManager.default.removeItem(atPath: stagingPath)
        try AtomicFileWriter.makeFolder(stagingPath)
        var options = options
        options.outputDirectory = stagingPath
        options.ledgerPath = replicaPath
        options.sharedStore = store.storeName
        let publisher = FeedPublisher(options: options)
        if let base, base.id != known, let current = try currentReport(publisher, input, ledger: ledger, last: base.id) {
            if let folder = servedFolder { try await install(publication: base.id, into: folder) }
            return .alreadyCurrent(current)
        }
        var report = try publisher.publish(input)
        // The staging folder starts empty: the publisher writing the last publication there first is no repair.
        report.repaired = []
        var files = [PublicationFile(path: PublicationManifest.fileName, bytes: report.manifest.encoded())] + pages
        for feed in report.manifest.feeds {
            let path = (stagingPath as NSString).appendingPathComponent(feed.name)
            guard let bytes = FileManager.default.contents(atPath: path), FileDigest.sha256(bytes) == feed.sha256 else {
                throw PublicationError.read(path: path, reason: "not the bytes publication \(report.manifest.publication) recorded")
            }
            files.append(PublicationFile(path: feed.name, bytes: bytes))
        }
        let rows = try ledger.rows(after: base?.id ?? 0)
        try await store.commit(rows, files: files, on: connection, limit: store.answerLimit, beforeCommit: beforeCommit)
        if let folder = servedFolder {
            do { try Self.install(files, into: folder) } catch {
                throw SharedPublicationError.folder(path: folder, reason: error.rendered(in: .en))
            }
        }
        return .published(report)
    }

    /// The last publication's report when publishing `input` would change nothing for subscribers:
    /// the same plan revisions and every feed's bytes unchanged. (Pages are not compared: they name
    /// each server's own plan folder in their warnings.)
    private func currentReport(
        _ publisher: FeedPublisher, _ input: PublicationInput, ledger: PublicationLedger, last: Int64
    ) throws -> PublicationReport? {
        guard let record = try ledger.lastPublication() else { return nil }
        let revisions = Dictionary(input.plans.map { ($0.id, $0.revision) }, uniquingKeysWith: { first, _ in first })
        guard record.revisions == revisions else { return nil }
        let summaries = try publisher.preview(input)
        let lastFeeds = Set(try ledger.feeds(ofPublication: last).map(\.name))
        guard summaries.allSatisfy({ !$0.changed }), Set(summaries.map(\.name)) == lastFeeds else { return nil }
        return PublicationReport(
            publication: record, manifest: try ledger.manifest(for: record),
            feeds: summaries.map { summary in
                var unchanged = summary
                unchanged.changes = []
                return unchanged
            }, repaired: [])
    }

    /// Errors of the store as `SharedPublicationError`; the publication's own errors as they are.
    static func mapped(_ error: any Error, store: String) -> any Error {
        switch error {
        case is PublicationError, is SharedPublicationError: error
        default: SharedPublicationError.database(store: store, reason: PostgresWorkspaceStore.reason(error))
        }
    }
}
