import Foundation
import GRDB
import Logging
import PostgresNIO
import WorkspacePostgres
import WorkspaceStore

/// `jumelage migrate --from sqlite:FILE --to postgres://…`: copies a workspace from its SQLite
/// file and its folder of plans into an empty PostgreSQL database, in ONE transaction that is
/// committed only once every table has been read back from PostgreSQL and matches the source, row
/// count and content hash (`TableCheck`). The source is opened read-only and never changed.
package enum StoreMigrator {
    /// Copies, verifies, commits; returns the checks (the same on both sides). `searchPath`: tests.
    /// `publicationFolder`: where the last publication's files are (the workspace's
    /// `DIR/publication`), recorded so that every instance serves them; nil or missing: none.
    package static func migrate(
        sqlitePath: String, plansFolder: String, publicationFolder: String? = nil, to url: PostgresURL, searchPath: String? = nil
    ) async throws -> [TableCheck] {
        let source = try openSource(sqlitePath)
        let plans = try PlanFiles.read(plansFolder)
        let files = try publicationFolder.map(PublicationFiles.read) ?? []
        // Opening the store applies the schema's migrations: the tables exist, empty or not.
        let store = try await PostgresWorkspaceStore(url: url, searchPath: searchPath, maximumConnections: 1)
        defer { Task { await store.shutdown() } }
        var logger = Logger(label: "jumelage.migrate")
        logger.logLevel = .error
        let connection = try await PostgresConnection.connect(
            configuration: try url.connectionConfiguration(searchPath: searchPath), id: 2, logger: logger)
        defer { Task { try? await connection.close() } }
        let copier = Copier(connection: connection, logger: logger)
        try await connection.query("BEGIN", logger: logger)
        do {
            var checks: [TableCheck] = []
            for table in MigratedTable.workspace + MigratedTable.ledger { try await copier.requireEmpty(table.postgres) }
            try await copier.requireEmpty("workspace_plan_document")
            for table in MigratedTable.workspace + MigratedTable.ledger {
                checks.append(try await copier.copy(table, from: source))
            }
            let lastPublication = try await source.read { db in
                try db.tableExists("publication") ? try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM publication") : nil
            }
            if let lastPublication, !files.isEmpty {
                checks.append(try await copier.copyPublicationFiles(files, publicationID: lastPublication))
            }
            checks.append(try await copier.copyPlans(plans))
            try await connection.query("COMMIT", logger: logger)
            return checks
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    static func openSource(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreMigrationError.sourceMissing(path)
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreMigrationError.sourceUnreadable(path, reason: "\(error)")
        }
    }
}

/// The plans of the workspace folder, as `PostgresPlanDocuments.importFolder` takes them.
enum PlanFiles {
    static func read(_ folder: String) throws -> [PlanDocument] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder).filter(PlanFileName.isValid).sorted() } catch {
            throw StoreMigrationError.sourceUnreadable(folder, reason: error.localizedDescription)
        }
        return try names.compactMap { name in
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw StoreMigrationError.sourceUnreadable(path, reason: "unreadable")
            }
            return PlanDocument(file: name, text: String(decoding: bytes, as: UTF8.self), revision: PlanDocument.revision(of: bytes))
        }
    }
}

/// The files a publication wrote into its folder (feeds, `publication.json`, `pages/…`), by path
/// relative to the folder; hidden files and temporary ones left out.
enum PublicationFiles {
    static func read(_ folder: String) throws -> [(path: String, bytes: Data)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
            let walker = FileManager.default.enumerator(atPath: folder)
        else { return [] }
        var files: [(path: String, bytes: Data)] = []
        for case let path as String in walker {
            let full = (folder as NSString).appendingPathComponent(path)
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            guard let bytes = FileManager.default.contents(atPath: full) else {
                throw StoreMigrationError.sourceUnreadable(full, reason: "unreadable")
            }
            files.append((path, bytes))
        }
        return files.sorted { $0.path < $1.path }
    }
}
