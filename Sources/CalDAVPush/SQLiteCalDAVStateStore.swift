import Foundation
import GRDB

/// The CalDAV push records on SQLite, normally in the publication ledger's file, in their own
/// table (`caldavResource`) with their own migrations (identifiers starting with `caldav-`), so
/// the ledger's and the workspace's migrators never meet them. Waits up to 10 seconds for
/// another process's write.
package final class SQLiteCalDAVStateStore: CalDAVStateStore {
    static let table = "caldavResource"

    package let path: String
    private let database: DatabaseQueue

    /// Opens (creating if needed) the database at `path` and adds or updates the table.
    package init(path: String) throws(CalDAVPushError) {
        self.path = path
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file:") else {
            throw .store(path: path, reason: "not a file name")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "jumelage-caldav"
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw .store(path: path, reason: String(describing: error))
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("caldav-v1-resources", foreignKeyChecks: .immediate) { db in
            try db.create(table: table) { table in
                table.column("collection", .text).notNull()
                table.column("href", .text).notNull()
                table.column("uid", .text).notNull()
                table.column("etag", .text)
                table.column("contentHash", .text)
                table.column("pending", .boolean).notNull()
                table.primaryKey(["collection", "href"])
            }
        }
        return migrator
    }

    package func records(collection: String) async throws(CalDAVPushError) -> [String: CalDAVResourceRecord] {
        let rows = try run { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(Self.table) WHERE collection = ? ORDER BY href", arguments: [collection])
        }
        var records: [String: CalDAVResourceRecord] = [:]
        for row in rows {
            let record = CalDAVResourceRecord(
                collection: row["collection"], href: row["href"], uid: row["uid"], etag: row["etag"], contentHash: row["contentHash"],
                pending: row["pending"])
            records[record.href] = record
        }
        return records
    }

    package func save(_ record: CalDAVResourceRecord) async throws(CalDAVPushError) {
        try run { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO \(Self.table) (collection, href, uid, etag, contentHash, pending)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [record.collection, record.href, record.uid, record.etag, record.contentHash, record.pending])
        }
    }

    package func remove(collection: String, href: String) async throws(CalDAVPushError) {
        try run { db in
            try db.execute(sql: "DELETE FROM \(Self.table) WHERE collection = ? AND href = ?", arguments: [collection, href])
        }
    }

    private func run<Value>(_ body: (Database) throws -> Value) throws(CalDAVPushError) -> Value {
        do {
            return try database.write(body)
        } catch {
            throw .store(path: path, reason: String(describing: error))
        }
    }
}
