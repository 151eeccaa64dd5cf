import FeedModel
import Foundation
import Logging
import Publishing
import WorkspacePostgres

/// One machine's side of the ledger shared on PostgreSQL: a SQLite copy of it in a cache folder
/// (the working copy `FeedPublisher` publishes against and the feed server reads tokens from),
/// and optionally a folder served with the store's last publication in it, byte for byte.
///
/// The store is the truth. The copy is brought up to date by copying the rows after its last
/// publication; a copy that is not a beginning of the store (a publication that failed before its
/// commit is in it) is made again from scratch, in a new file renamed into place. Publishing and
/// catching up take turns (`SerialGate`); across machines, publications take turns on an
/// advisory lock (`publish`).
package final class SharedLedger: Sendable {
    package let store: PostgresLedger
    package let cacheFolder: String
    /// The folder kept equal to the last publication's files (a workspace's `publication/`, a
    /// `--out` folder); nil: none.
    package let servedFolder: String?
    let gate = SerialGate()

    package init(store: PostgresLedger, cacheFolder: String, servedFolder: String?) throws(PublicationError) {
        self.store = store
        self.cacheFolder = cacheFolder
        self.servedFolder = servedFolder
        for folder in [cacheFolder] + (servedFolder.map { [$0] } ?? []) {
            do { try AtomicFileWriter.makeFolder(folder) } catch { throw .write(path: folder, reason: "\(error)") }
        }
    }

    /// The working copy of the ledger (SQLite).
    package var replicaPath: String { (cacheFolder as NSString).appendingPathComponent("ledger.sqlite") }

    var stagingPath: String { (cacheFolder as NSString).appendingPathComponent("staging") }

    /// Brings the copy and the served folder up to the store's last publication; returns its id
    /// (nil before the first publication).
    @discardableResult
    package func catchUp() async throws -> Int64? {
        try await gate.run {
            let ledger = try await self.refreshReplica()
            guard let last = try ledger.lastPublicationMark() else { return nil }
            if let folder = self.servedFolder { try await self.install(publication: last.id, into: folder) }
            return last.id
        }
    }

    /// Copies the store's new rows into the copy, or makes the copy again when it has gone astray.
    /// Callers hold the gate.
    func refreshReplica() async throws -> PublicationLedger {
        let current = try PublicationLedger(path: replicaPath, shownAs: store.storeName)
        let mark = try current.lastPublicationMark().map { last throws(PublicationError) in
            ReplicaMark(publicationID: last.id, publishedAt: last.publishedAt, lastVersionID: try current.lastVersionID())
        }
        if let rows = try await store.rows(after: mark) {
            try current.append(rows)
            return current
        }
        let rebuilding = replicaPath + ".rebuilding"
        try? FileManager.default.removeItem(atPath: rebuilding)
        do {
            let fresh = try PublicationLedger(path: rebuilding)
            guard let rows = try await store.rows(after: nil) else {
                throw SharedPublicationError.database(store: store.storeName, reason: "no rows for a new copy")
            }
            try fresh.append(rows)
        }
        guard rename(rebuilding, replicaPath) == 0 else {
            throw PublicationError.write(path: replicaPath, reason: String(cString: strerror(errno)))
        }
        return try PublicationLedger(path: replicaPath, shownAs: store.storeName)
    }

    /// Writes into `folder` the files of publication `id` that differ from the store's.
    func install(publication id: Int64, into folder: String) async throws {
        let digests = try await store.fileDigests(ofPublication: id)
        let stale = digests.filter { path, sha256 in
            FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(path)).map(FileDigest.sha256) != sha256
        }
        guard !stale.isEmpty else { return }
        let bytes = try await store.fileBytes(Set(stale.values))
        var files: [PublicationFile] = []
        for (path, sha256) in stale {
            guard let data = bytes[sha256], PublicationFile.isSafe(path) else {
                throw SharedPublicationError.database(store: store.storeName, reason: "publication \(id) lacks the bytes of \(path)")
            }
            files.append(PublicationFile(path: path, bytes: data))
        }
        try Self.install(files, into: folder)
    }

    /// Writes `files` into `folder` as a publication does: each staged under a hidden temporary
    /// name beside its place, then renamed, pages and feeds first, `publication.json` last (a
    /// server reading the folder meanwhile keeps what it had). Files already equal are left alone.
    package static func install(_ files: [PublicationFile], into folder: String) throws(PublicationError) {
        var byFolder: [String: StagedFiles] = [:]
        var manifest = StagedFiles(directory: folder)
        for file in files.sorted(by: { $0.path < $1.path }) where PublicationFile.isSafe(file.path) {
            let path = (folder as NSString).appendingPathComponent(file.path)
            if let current = FileManager.default.contents(atPath: path), FileDigest.sha256(current) == file.sha256 { continue }
            let directory = (path as NSString).deletingLastPathComponent
            do { try AtomicFileWriter.makeFolder(directory) } catch { throw .write(path: directory, reason: "\(error)") }
            if file.path == PublicationManifest.fileName {
                try manifest.stage(name: file.path, contents: file.bytes)
            } else {
                var staged = byFolder[directory] ?? StagedFiles(directory: directory)
                try staged.stage(name: (path as NSString).lastPathComponent, contents: file.bytes)
                byFolder[directory] = staged
            }
        }
        for directory in byFolder.keys.sorted() { try byFolder[directory]?.install() }
        try manifest.install()
    }
}
