import Bilingual
import FeedModel
import Foundation
import GRDB

/// The publication ledger: a SQLite database (through GRDB) that remembers every publication,
/// every published version of every event, the bytes of every feed, and the private feed tokens
/// (hashed). It is what makes a feed's history consistent across publications: SEQUENCE never
/// goes down, an unchanged event keeps its bytes, a removed event is cancelled, not forgotten.
public final class PublicationLedger: Sendable {
    public static let defaultFileName = "jumelage-ledger.sqlite"

    public let path: String
    /// What `publication.json` names as the ledger; nil: `path`, made absolute.
    package let shownAs: String?
    let database: DatabaseQueue

    /// Opens (and creates and migrates, unless `readOnly`) the ledger at `path`.
    public init(path: String, readOnly: Bool = false, shownAs: String? = nil) throws(PublicationError) {
        self.path = path
        self.shownAs = shownAs
        // SQLite opens "" (and ":memory:") as a throwaway database: a ledger must be a file.
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file:") else {
            throw .ledger(path: path, reason: "not a file name; name the ledger's file, such as jumelage-ledger.sqlite")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .ledger(path: path, reason: "this is a folder; name the ledger's file inside it, such as \(path)/jumelage-ledger.sqlite")
        }
        if readOnly, !FileManager.default.fileExists(atPath: path) { throw .ledgerMissing(path: path) }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.label = "jumelage-ledger"
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            if !readOnly { try LedgerSchema.migrator.migrate(database) }
        } catch {
            throw .ledger(path: path, reason: Self.reason(error))
        }
    }

    /// `jumelage-ledger.sqlite` in the folder of the first plan (or in the first folder named).
    public static func defaultPath(forPlans paths: [String]) -> String {
        guard let first = paths.first else { return defaultFileName }
        var isDirectory: ObjCBool = false
        let folder =
            FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory) && isDirectory.boolValue
            ? first : first.parentPath
        return ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(defaultFileName)
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }

    func guarded<T>(_ body: () throws -> T) throws(PublicationError) -> T {
        do { return try body() } catch let error as PublicationError { throw error } catch {
            throw .ledger(path: path, reason: Self.reason(error))
        }
    }

    /// Whether the ledger has been migrated (a read-only ledger made by an older run may not be).
    var hasSchema: Bool {
        (try? database.read { try $0.tableExists(PublicationRecord.databaseTableName) }) ?? false
    }

    // MARK: Publications

    public func lastPublication() throws(PublicationError) -> PublicationRecord? {
        guard hasSchema else { return nil }
        return try guarded { try database.read { try PublicationRecord.order(Column("id").desc).fetchOne($0) } }
    }

    public func publications() throws(PublicationError) -> [PublicationRecord] {
        guard hasSchema else { return [] }
        return try guarded { try database.read { try PublicationRecord.order(Column("id")).fetchAll($0) } }
    }

    public func feeds(ofPublication id: Int64) throws(PublicationError) -> [PublishedFeedRecord] {
        try guarded {
            try database.read { db in
                try PublishedFeedRecord.filter(Column("publicationID") == id).order(Column("name")).fetchAll(db)
            }
        }
    }

    /// The latest publication of each feed name ever published, by name: whose it was.
    public func latestFeedRecords() throws(PublicationError) -> [String: PublishedFeedRecord] {
        guard hasSchema else { return [:] }
        let records = try guarded {
            try database.read { db in
                try PublishedFeedRecord.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM publishedFeed AS f WHERE publicationID = (SELECT MAX(publicationID) FROM publishedFeed WHERE name = f.name)
                        """)
            }
        }
        return Dictionary(records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func feedBytes(sha256: String) throws(PublicationError) -> Data? {
        try guarded { try database.read { try FeedBlobRecord.fetchOne($0, key: sha256)?.bytes } }
    }

    /// Every version of one event in one feed, oldest first.
    public func versions(feed: String, uid: String) throws(PublicationError) -> [EventVersionRecord] {
        try guarded {
            try database.read { db in
                try EventVersionRecord.filter(Column("feed") == feed && Column("uid") == uid).order(Column("id")).fetchAll(db)
            }
        }
    }

    /// The latest version of every event ever published in `feed`, by UID.
    func latestVersions(feed: String) throws(PublicationError) -> [String: PublishedVersion] {
        let records = try guarded {
            try database.read { db in
                try EventVersionRecord.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM eventVersion WHERE id IN (SELECT MAX(id) FROM eventVersion WHERE feed = ? GROUP BY uid)
                        """, arguments: [feed])
            }
        }
        var versions: [String: PublishedVersion] = [:]
        for record in records {
            guard let id = record.id, let stored = StoredEvent.decode(record.event) else { continue }
            versions[record.uid] = PublishedVersion(
                versionID: id, stored: stored,
                fingerprint: EventFingerprint(schedule: record.scheduleHash, content: record.contentHash),
                vevent: record.vevent, lastEnd: .init(secondsSinceEpoch: record.lastEnd))
        }
        return versions
    }

    /// UIDs a feed of a publication listed.
    func members(publication: Int64, feed: String) throws(PublicationError) -> Set<String> {
        try guarded {
            try database.read { db in
                Set(
                    try String.fetchAll(
                        db, sql: "SELECT uid FROM publishedEvent WHERE publicationID = ? AND feed = ?",
                        arguments: [publication, feed]))
            }
        }
    }

    /// Records a whole publication in one transaction: it is in the ledger entirely or not at all.
    func record(_ draft: PublicationDraft) throws(PublicationError) -> PublicationRecord {
        try guarded {
            try database.write { db in
                var publication = PublicationRecord(
                    id: nil, publishedAt: draft.publishedAt, publishedBy: draft.publishedBy,
                    planRevisions: String(
                        decoding: (try? StoredEvent.encoder.encode(draft.planRevisions)) ?? Data("{}".utf8), as: UTF8.self),
                    outputDirectory: draft.outputDirectory)
                try publication.insert(db)
                guard let publicationID = publication.id else { throw PublicationError.ledger(path: path, reason: "no publication id") }
                for feed in draft.feeds {
                    try FeedBlobRecord(sha256: feed.record.sha256, bytes: feed.bytes).insert(db, onConflict: .ignore)
                    var record = feed.record
                    record.publicationID = publicationID
                    try record.insert(db)
                    for member in feed.members {
                        var versionID = member.existingVersionID
                        if var version = member.newVersion {
                            version.publicationID = publicationID
                            try version.insert(db)
                            versionID = version.id
                        }
                        guard let versionID else { continue }
                        try PublishedEventRecord(
                            publicationID: publicationID, feed: record.name, uid: member.uid,
                            versionID: versionID
                        ).insert(db)
                    }
                    if let source = feed.copyMembersFrom {
                        try db.execute(
                            sql: """
                                INSERT INTO publishedEvent (publicationID, feed, uid, versionID)
                                SELECT ?, feed, uid, versionID FROM publishedEvent WHERE publicationID = ? AND feed = ?
                                """, arguments: [publicationID, source, record.name])
                    }
                }
                return publication
            }
        }
    }

    /// The manifest of a recorded publication: the same bytes whenever it is asked for.
    public func manifest(for publication: PublicationRecord) throws(PublicationError) -> PublicationManifest {
        let feeds = try self.feeds(ofPublication: publication.id ?? -1)
        return PublicationManifest(
            publication: publication.id ?? -1,
            publishedAt: PublicationManifest.timestamp(publication.publishedAt),
            plans: publication.revisions,
            ledger: shownAs ?? Self.absolute(path),
            feeds: feeds.map { feed in
                PublicationManifest.Feed(
                    name: feed.name, sha256: feed.sha256, bytes: feed.byteCount, events: feed.eventCount,
                    modifiedAt: PublicationManifest.timestamp(feed.modifiedAt),
                    audience: feed.feedAudience, plan: feed.planID)
            })
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return (path as NSString).standardizingPath }
        return ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }
}
