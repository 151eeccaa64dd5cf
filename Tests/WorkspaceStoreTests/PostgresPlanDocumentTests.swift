import Foundation
import PostgresNIO
import Testing

@testable import WorkspaceStore
@testable import WorkspacePostgres

/// `PostgresPlanDocuments`: the same revision, history and concurrency contract as the folder's
/// (`PlanDocumentTests`), with the text in the database. Runs when PostgreSQL is available.
@Suite("Plan documents in PostgreSQL", .timeLimit(.minutes(1)))
struct PostgresPlanDocumentTests {
    static func intent(_ summary: String = "Mission : dates fixées", at seconds: Int = 1_000) -> SaveIntent {
        PlanDocumentTests.intent(summary, at: seconds)
    }

    static func revision(_ text: String) -> String { PlanDocument.revision(of: Data(text.utf8)) }

    static func make() async throws -> (ScratchStore, PostgresWorkspaceStore, PostgresPlanDocuments) {
        let scratch = try await ScratchStore(.postgres)
        let store = try #require(scratch.store as? PostgresWorkspaceStore)
        return (scratch, store, PostgresPlanDocuments(store: store))
    }

    @Test("plans listed sorted by name, read back byte for byte", arguments: StoreKind.postgresIfAvailable)
    func listing(kind: StoreKind) async throws {
        let (_, _, documents) = try await Self.make()
        let texts = [
            "b.yaml": "plan: b\r\nnom: « Québec–Namur » 🇧🇪\r\n", "a.yml": "  indent: \"x\"\t# comment  \n\n", "Z.yaml": "no newline",
        ]
        for (file, text) in texts { _ = try await documents.save(file: file, text: text, baseRevision: nil, intent: Self.intent()) }
        let listed = try await documents.documents()
        #expect(listed.map(\.file) == ["Z.yaml", "a.yml", "b.yaml"])
        for document in listed {
            #expect(Data(document.text.utf8) == Data(texts[document.file]!.utf8))
            #expect(document.revision == Self.revision(texts[document.file]!))
        }
        #expect(try await documents.document(file: "b.yaml") == listed[2])
        #expect(try await documents.document(file: "missing.yaml") == nil)
    }

    @Test(
        "a file name must be a plain *.yaml or *.yml name",
        arguments: StoreKind.postgresIfAvailable, ["", "..", "../plan.yaml", "sub/plan.yaml", ".hidden.yaml", "plan.txt", "plan.yaml/"])
    func invalidNames(kind: StoreKind, name: String) async throws {
        let (_, store, documents) = try await Self.make()
        await #expect(throws: PlanDocumentError.invalidFileName(name)) { try await documents.document(file: name) }
        await #expect(throws: PlanDocumentError.invalidFileName(name)) {
            try await documents.save(file: name, text: "x", baseRevision: nil, intent: Self.intent())
        }
        #expect(try await documents.documents().isEmpty)
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10).isEmpty)
    }

    @Test("creating then updating a plan: each save in the history, newest first", arguments: StoreKind.postgresIfAvailable)
    func createThenUpdate(kind: StoreKind) async throws {
        let (_, store, documents) = try await Self.make()
        let first = try await documents.save(file: "plan.yaml", text: "v1\n", baseRevision: nil, intent: Self.intent("créé", at: 1))
        #expect(first == PlanDocument(file: "plan.yaml", text: "v1\n", revision: Self.revision("v1\n")))
        let second = try await documents.save(
            file: "plan.yaml", text: "v2\n", baseRevision: first.revision, intent: Self.intent("modifié", at: 2))
        #expect(try await documents.document(file: "plan.yaml") == second)
        let history = try await store.history(planID: "quebec-namur", eventID: "mission", limit: 10)
        #expect(history.map(\.summary) == ["modifié", "créé"])
        #expect(history.map(\.beforeRevision) == [first.revision, PlanDocument.absentRevision])
        #expect(history.map(\.afterRevision) == [second.revision, first.revision])
        #expect(history.map(\.before) == ["v1\n", ""])
        #expect(history.map(\.after) == ["v2\n", "v1\n"])
        #expect(history.allSatisfy { $0.file == "plan.yaml" && $0.author == "Léa" && $0.committed })
        #expect(try await store.pendingChanges().isEmpty)
        // Nothing to settle: recover() changes nothing.
        try await documents.recover()
        #expect(try await documents.documents() == [second])
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10).count == 2)
    }

    @Test(
        "a save from another revision is refused with both texts; the plan is untouched",
        arguments: StoreKind.postgresIfAvailable, PlanDocumentTests.conflicts)
    func conflict(kind: StoreKind, example: PlanDocumentTests.ConflictCase) async throws {
        let (_, store, documents) = try await Self.make()
        if let existing = example.existing {
            _ = try await documents.save(file: "plan.yaml", text: existing, baseRevision: nil, intent: Self.intent("theirs"))
        }
        let current = PlanDocument(
            file: "plan.yaml", text: example.existing ?? "",
            revision: example.existing.map(Self.revision) ?? PlanDocument.absentRevision)
        await #expect(
            throws: RevisionConflict(
                file: "plan.yaml", expectedRevision: example.base ?? PlanDocument.absentRevision, current: current, attempted: "mine\n")
        ) {
            try await documents.save(file: "plan.yaml", text: "mine\n", baseRevision: example.base, intent: Self.intent())
        }
        #expect(try await documents.document(file: "plan.yaml")?.text == example.existing)
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10).count == (example.existing == nil ? 0 : 1))
        #expect(try await store.pendingChanges().isEmpty)
    }

    @Test(
        "concurrent saves from one revision: exactly one is written, the others conflict",
        arguments: StoreKind.postgresIfAvailable, [false, true])
    func concurrentSaves(kind: StoreKind, separateStores: Bool) async throws {
        let (scratch, store, documents) = try await Self.make()
        var instances = [documents]
        for _ in 0..<3 { instances.append(separateStores ? PostgresPlanDocuments(store: try await scratch.postgresStore()) : documents) }
        var base: String? = nil
        for round in 0..<5 {
            // Round 0 races to create the plan; the others to update it.
            let racing = instances
            let from = base
            let results = await withTaskGroup(of: Result<PlanDocument, any Error>.self) { group in
                for (index, instance) in racing.enumerated() {
                    group.addTask {
                        await Result.capturing {
                            try await instance.save(
                                file: "plan.yaml", text: "round \(round) save \(index)\n", baseRevision: from,
                                intent: Self.intent(at: round))
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let written = results.compactMap { try? $0.get() }
            let conflicts = results.compactMap { result -> RevisionConflict? in
                guard case .failure(let error) = result else { return nil }
                return error as? RevisionConflict
            }
            #expect(written.count == 1)
            #expect(conflicts.count == racing.count - 1)
            let winner = try #require(written.first)
            #expect(try await documents.document(file: "plan.yaml") == winner)
            #expect(conflicts.allSatisfy { $0.current == winner && $0.attempted != winner.text })
            base = winner.revision
        }
        let history = try await store.history(planID: "quebec-namur", eventID: nil, limit: 10)
        #expect(history.count == 5)
        // Each save's "before" is the previous winner's "after": one unbroken chain.
        let chronological = Array(history.reversed())
        for (previous, next) in zip(chronological, chronological.dropFirst()) { #expect(next.beforeRevision == previous.afterRevision) }
        #expect(try await store.pendingChanges().isEmpty)
    }

    struct Kill: Error {}

    @Test(
        "a save killed between the text and its history entry leaves neither", arguments: StoreKind.postgresIfAvailable,
        ["throw", "server ends the connection"])
    func killedMidTransaction(kind: StoreKind, how: String) async throws {
        let (_, store, documents) = try await Self.make()
        let first = try await documents.save(file: "plan.yaml", text: "v1\n", baseRevision: nil, intent: Self.intent("créé", at: 1))
        let dying = PostgresPlanDocuments(store: store) { connection in
            // The server ends the session mid-transaction, as a crash or a cut network would.
            if how == "server ends the connection" {
                _ = try? await connection.query("SELECT pg_terminate_backend(pg_backend_pid())", logger: Logger(label: "test"))
            }
            throw Kill()
        }
        await #expect(throws: (any Error).self) {
            try await dying.save(file: "plan.yaml", text: "v2\n", baseRevision: first.revision, intent: Self.intent("tué", at: 2))
        }
        await #expect(throws: (any Error).self) {
            try await dying.save(file: "new.yaml", text: "new\n", baseRevision: nil, intent: Self.intent("tué", at: 3))
        }
        try await documents.recover()
        #expect(try await documents.documents() == [first])
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10).map(\.summary) == ["créé"])
        #expect(try await store.pendingChanges().isEmpty)
        // The pool replaces a closed connection: the next save goes through.
        let second = try await documents.save(
            file: "plan.yaml", text: "v2\n", baseRevision: first.revision, intent: Self.intent("modifié", at: 4))
        #expect(try await documents.document(file: "plan.yaml") == second)
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10).map(\.summary) == ["modifié", "créé"])
    }

    @Test("the folder's plans are imported once, into an empty database", arguments: StoreKind.postgresIfAvailable)
    func importFolder(kind: StoreKind) async throws {
        let (scratch, store, documents) = try await Self.make()
        try scratch.folder.write("a: 1\r\n", to: "a.yaml")
        try scratch.folder.write("b: 2\n", to: "b.yml")
        try scratch.folder.write("notes", to: "notes.txt")
        try scratch.folder.write("hidden", to: ".hidden.yaml")
        #expect(try await documents.isEmpty())
        #expect(try await documents.importFolder(scratch.folder.path) == 2)
        #expect(try await documents.documents().map(\.file) == ["a.yaml", "b.yml"])
        #expect(try await documents.document(file: "a.yaml")?.revision == Self.revision("a: 1\r\n"))
        try scratch.folder.write("c: 3\n", to: "c.yaml")
        #expect(try await documents.importFolder(scratch.folder.path) == 0)
        #expect(try await documents.documents().count == 2)
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10).isEmpty)
    }

    @Test("a store opened twice on one database migrates once and sees the same data", arguments: StoreKind.postgresIfAvailable)
    func migrationsOnce(kind: StoreKind) async throws {
        let (scratch, store, _) = try await Self.make()
        let (url, schema) = (try StoreKind.postgresURL(), scratch.schema)
        // Two more servers starting together on the same database.
        async let second = PostgresWorkspaceStore(url: url, searchPath: schema, maximumConnections: 4)
        async let third = PostgresWorkspaceStore(url: url, searchPath: schema, maximumConnections: 4)
        let others = try await [second, third]
        let user = try await store.createUser(newUser("olivia"))
        #expect(try await others[1].user(login: "OLIVIA") == user)
        let connectionStore = others[0]
        let versions = try await connectionStore.transaction { connection in
            try await connectionStore.rows(connection, "SELECT version, name FROM workspace_schema_migrations ORDER BY version")
                .map { try $0.decode((Int64, String).self) }
        }
        #expect(versions.map(\.0) == PostgresSchema.migrations.map(\.version))
        #expect(versions.map(\.1) == PostgresSchema.migrations.map(\.name))
    }
}
