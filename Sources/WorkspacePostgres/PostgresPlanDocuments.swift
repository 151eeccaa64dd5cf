import Foundation
import PostgresNIO
import WorkspaceStore

/// The plans as rows of `workspace_plan_document` (file name, YAML text byte for byte, revision),
/// with their history in the same database's `workspace_plan_change`.
///
/// A save is ONE transaction: lock the plan's row (`SELECT … FOR UPDATE`; a new plan is created
/// with `INSERT … ON CONFLICT DO NOTHING`), check the revision, write the text, record the change
/// as committed, `COMMIT`. Of two saves from the same revision, the second waits for the first's
/// row lock, then sees the new revision and gets `RevisionConflict`; nothing is written. A save
/// killed at any point (process, connection, server) commits all of it or none of it, so there is
/// never a pending change to settle and `recover()` does nothing.
///
/// The database must store UTF-8 (`server_encoding` UTF8, the default of `initdb` in a UTF-8
/// locale) for the text to come back byte for byte; PostgreSQL's TEXT cannot hold a NUL
/// character, which a plan never has.
package final class PostgresPlanDocuments: PlanDocumentStore {
    let store: PostgresWorkspaceStore
    /// Tests only: runs after the plan's text is written and before its history entry, inside the
    /// transaction (throw, or close the connection, to play a save killed half-way).
    let afterTextWritten: (@Sendable (PostgresConnection) async throws -> Void)?

    /// The plans in the database of `store`, whose history they share.
    package convenience init(store: PostgresWorkspaceStore) {
        self.init(store: store, afterTextWritten: nil)
    }

    init(store: PostgresWorkspaceStore, afterTextWritten: (@Sendable (PostgresConnection) async throws -> Void)?) {
        self.store = store
        self.afterTextWritten = afterTextWritten
    }

    package func documents() async throws -> [PlanDocument] {
        let documents = try await transaction { connection in
            try await self.store.rows(connection, "SELECT file, text, revision FROM workspace_plan_document").map(Self.document)
        }
        // Sorted as `FolderPlanDocuments` sorts file names, whatever the database's collation.
        return documents.sorted { $0.file < $1.file }
    }

    package func document(file: String) async throws -> PlanDocument? {
        try PlanFileName.validate(file)
        return try await transaction { connection in try await self.current(file, connection) }
    }

    /// Whether there is no plan at all (a new database, which `importFolder` may fill).
    package func isEmpty() async throws -> Bool {
        try await transaction { connection in
            try await self.store.rows(connection, "SELECT 1 FROM workspace_plan_document LIMIT 1").isEmpty
        }
    }

    package func save(file: String, text: String, baseRevision: String?, intent: SaveIntent) async throws -> PlanDocument {
        try PlanFileName.validate(file)
        return try await transaction { connection in
            try await self.write(PlanWrite(file: file, text: text, baseRevision: baseRevision, intent: intent), connection)
        }
    }

    /// One plan's new text, from the revision it was read at (nil: a new plan), with its history entry.
    package struct PlanWrite: Sendable {
        package var file: String
        package var text: String
        package var baseRevision: String?
        package var intent: SaveIntent

        package init(file: String, text: String, baseRevision: String?, intent: SaveIntent) {
            self.file = file
            self.text = text
            self.baseRevision = baseRevision
            self.intent = intent
        }
    }

    /// Several plans saved in ONE transaction (`jumelage import`): all of them, each with its
    /// history entry, or none — a conflict on any plan (`RevisionConflict`) writes nothing.
    package func saveAll(_ writes: [PlanWrite]) async throws -> [PlanDocument] {
        for write in writes { try PlanFileName.validate(write.file) }
        return try await transaction { connection in
            var saved: [PlanDocument] = []
            for write in writes { saved.append(try await self.write(write, connection)) }
            return saved
        }
    }

    private func write(_ write: PlanWrite, _ connection: PostgresConnection) async throws -> PlanDocument {
        let (file, text, intent) = (write.file, write.text, write.intent)
        let saved = PlanDocument(file: file, text: text, revision: PlanDocument.revision(of: Data(text.utf8)))
        let expectedRevision = write.baseRevision ?? PlanDocument.absentRevision
        let current: PlanDocument?
        if expectedRevision == PlanDocument.absentRevision {
            // A new plan: of two creators, the unique key lets one insert; the other inserts nothing.
            let inserted = try await store.rows(
                connection,
                """
                INSERT INTO workspace_plan_document (file, text, revision) VALUES (\(file), \(text), \(saved.revision))
                ON CONFLICT (file) DO NOTHING RETURNING file
                """)
            current = inserted.isEmpty ? try await self.current(file, connection) : nil
            if let current { throw Self.conflict(file, expectedRevision, current, text) }
        } else {
            current = try await self.current(file, connection, forUpdate: true)
            guard let current, current.revision == expectedRevision else {
                throw Self.conflict(file, expectedRevision, current, text)
            }
            try await store.rows(
                connection, "UPDATE workspace_plan_document SET text = \(text), revision = \(saved.revision) WHERE file = \(file)")
        }
        try await afterTextWritten?(connection)
        // Delivered to every listening server when (and only if) the transaction commits.
        try await store.rows(connection, "SELECT pg_notify(\(store.plansChannel), \(file))")
        _ = try await store.insertChange(
            PlanChange(
                planID: intent.planID, file: file, userID: intent.userID, author: intent.author, at: intent.at, summary: intent.summary,
                eventIDs: intent.eventIDs, beforeRevision: current?.revision ?? PlanDocument.absentRevision,
                afterRevision: saved.revision, before: current?.text ?? "", after: text),
            committed: true, connection)
        return saved
    }

    /// Nothing to settle: a save commits its text and its history together or not at all.
    package func recover() async throws {}

    /// Copies the top-level `*.yaml`/`*.yml` files of `folder` into the database, as they are,
    /// in one transaction, if the database has no plan yet; returns how many were imported (0 when
    /// there were plans already). No history entry: the files are the starting point.
    @discardableResult
    package func importFolder(_ folder: String) async throws -> Int {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder).filter(PlanFileName.isValid).sorted() } catch {
            throw PlanDocumentError.io(file: folder, operation: "list", reason: error.localizedDescription)
        }
        var documents: [PlanDocument] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw PlanDocumentError.io(file: name, operation: "read", reason: "unreadable")
            }
            documents.append(
                PlanDocument(file: name, text: String(decoding: bytes, as: UTF8.self), revision: PlanDocument.revision(of: bytes)))
        }
        let toImport = documents
        return try await transaction { connection in
            // Two servers starting together: the lock makes one import and the other see its plans.
            try await self.store.rows(connection, "LOCK TABLE workspace_plan_document IN EXCLUSIVE MODE")
            guard try await self.store.rows(connection, "SELECT 1 FROM workspace_plan_document LIMIT 1").isEmpty else { return 0 }
            for document in toImport {
                try await self.store.rows(
                    connection,
                    """
                    INSERT INTO workspace_plan_document (file, text, revision)
                    VALUES (\(document.file), \(document.text), \(document.revision))
                    """)
            }
            return toImport.count
        }
    }

    // MARK: Steps

    private func current(_ file: String, _ connection: PostgresConnection, forUpdate: Bool = false) async throws -> PlanDocument? {
        let rows =
            forUpdate
            ? try await store.rows(connection, "SELECT file, text, revision FROM workspace_plan_document WHERE file = \(file) FOR UPDATE")
            : try await store.rows(connection, "SELECT file, text, revision FROM workspace_plan_document WHERE file = \(file)")
        return try rows.first.map(Self.document)
    }

    private static func document(_ row: PostgresRow) throws -> PlanDocument {
        let (file, text, revision) = try row.decode((String, String, String).self)
        return PlanDocument(file: file, text: text, revision: revision)
    }

    private static func conflict(_ file: String, _ expected: String, _ current: PlanDocument?, _ attempted: String) -> RevisionConflict {
        RevisionConflict(
            file: file, expectedRevision: expected,
            current: current ?? PlanDocument(file: file, text: "", revision: PlanDocument.absentRevision), attempted: attempted)
    }

    /// One transaction; `RevisionConflict`, `PlanDocumentError` and `WorkspaceStoreError` pass as
    /// they are, any other failure becomes `WorkspaceStoreError.database`.
    private func transaction<Result: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await store.rawTransaction(body)
        } catch let error as RevisionConflict {
            throw error
        } catch let error as PlanDocumentError {
            throw error
        } catch {
            throw PostgresWorkspaceStore.mapped(error)
        }
    }
}
