import Foundation
import Testing

@testable import WorkspaceStore

@Suite("Plan documents in a workspace folder")
struct PlanDocumentTests {
    static func intent(_ summary: String = "Mission : dates fixées", at seconds: Int = 1_000) -> SaveIntent {
        SaveIntent(planID: "quebec-namur", userID: nil, author: "Léa", summary: summary, eventIDs: ["mission"], at: at(seconds))
    }

    static func revision(_ text: String) -> String { PlanDocument.revision(of: Data(text.utf8)) }

    @Test("the top-level visible *.yaml and *.yml files, sorted by name")
    func listing() async throws {
        let folder = try ScratchFolder()
        let documents = FolderPlanDocuments(folder: folder.path, store: try folder.store())
        for name in ["b.yaml", "a.yml", "notes.txt", ".hidden.yaml", "plan.yaml.bak", "README.md", FolderPlanDocuments.lockFileName] {
            try folder.write("text of \(name)\n", to: name)
        }
        try FileManager.default.createDirectory(atPath: folder.file("sub"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: folder.file("folder.yaml"), withIntermediateDirectories: false)
        try folder.write("nested", to: "sub/nested.yaml")
        let listed = try await documents.documents()
        #expect(listed.map(\.file) == ["a.yml", "b.yaml"])
        #expect(listed.map(\.text) == ["text of a.yml\n", "text of b.yaml\n"])
        #expect(listed.map(\.revision) == [Self.revision("text of a.yml\n"), Self.revision("text of b.yaml\n")])
        #expect(try await documents.document(file: "b.yaml") == listed[1])
        #expect(try await documents.document(file: "missing.yaml") == nil)
    }

    @Test(
        "a file name must be a plain *.yaml or *.yml name",
        arguments: ["", "..", "../plan.yaml", "sub/plan.yaml", "/tmp/plan.yaml", ".hidden.yaml", ".yaml", "plan.txt", "plan", "plan.yaml/"])
    func invalidNames(name: String) async throws {
        let folder = try ScratchFolder()
        let store = try folder.store()
        let documents = FolderPlanDocuments(folder: folder.path, store: store)
        await #expect(throws: PlanDocumentError.invalidFileName(name)) { try await documents.document(file: name) }
        await #expect(throws: PlanDocumentError.invalidFileName(name)) {
            try await documents.save(file: name, text: "x", baseRevision: nil, intent: Self.intent())
        }
        #expect(try folder.names() == ["jumelage-ledger.sqlite", "jumelage-ledger.sqlite-shm", "jumelage-ledger.sqlite-wal"])
        #expect(try await store.pendingChanges().isEmpty)
    }

    @Test("valid names are saved and read back", arguments: ["plan.yaml", "Québec–Namur 2025.yml", "a-b_c.d.yaml"])
    func validNames(name: String) async throws {
        let folder = try ScratchFolder()
        let documents = FolderPlanDocuments(folder: folder.path, store: try folder.store())
        let saved = try await documents.save(file: name, text: "plan: \(name)\n", baseRevision: nil, intent: Self.intent())
        #expect(try await documents.document(file: name) == saved)
        #expect(folder.contents(of: name) == "plan: \(name)\n")
    }

    @Test("creating then updating a plan: each save in the history, newest first; nothing left behind")
    func createThenUpdate() async throws {
        let folder = try ScratchFolder()
        let store = try folder.store()
        let documents = FolderPlanDocuments(folder: folder.path, store: store)
        let first = try await documents.save(file: "plan.yaml", text: "v1\n", baseRevision: nil, intent: Self.intent("créé", at: 1))
        #expect(first == PlanDocument(file: "plan.yaml", text: "v1\n", revision: Self.revision("v1\n")))
        let second = try await documents.save(
            file: "plan.yaml", text: "v2\n", baseRevision: first.revision, intent: Self.intent("modifié", at: 2))
        #expect(folder.contents(of: "plan.yaml") == "v2\n")
        let history = try await store.history(planID: "quebec-namur", eventID: "mission", limit: 10)
        #expect(history.map(\.summary) == ["modifié", "créé"])
        #expect(history.map(\.beforeRevision) == [first.revision, PlanDocument.absentRevision])
        #expect(history.map(\.afterRevision) == [second.revision, first.revision])
        #expect(history.map(\.before) == ["v1\n", ""])
        #expect(history.map(\.after) == ["v2\n", "v1\n"])
        #expect(history.allSatisfy { $0.file == "plan.yaml" && $0.author == "Léa" && $0.committed })
        #expect(try await store.pendingChanges().isEmpty)
        #expect(try folder.names().filter { !$0.hasPrefix("jumelage-ledger") } == [FolderPlanDocuments.lockFileName, "plan.yaml"])
    }

    struct ConflictCase: Sendable, CustomTestStringConvertible {
        var name: String
        var existing: String?
        var base: String?
        var testDescription: String { name }
    }

    static let conflicts = [
        ConflictCase(name: "new plan, but the file exists", existing: "theirs\n", base: nil),
        ConflictCase(name: "stale revision", existing: "theirs\n", base: revision("mine before\n")),
        ConflictCase(name: "the file was removed", existing: nil, base: revision("mine before\n")),
    ]

    @Test("a save from another revision is refused with both texts; the file is untouched", arguments: conflicts)
    func conflict(_ example: ConflictCase) async throws {
        let folder = try ScratchFolder()
        let store = try folder.store()
        let documents = FolderPlanDocuments(folder: folder.path, store: store)
        if let existing = example.existing { try folder.write(existing, to: "plan.yaml") }
        let current = PlanDocument(
            file: "plan.yaml", text: example.existing ?? "",
            revision: example.existing.map(Self.revision) ?? PlanDocument.absentRevision)
        await #expect(
            throws: RevisionConflict(
                file: "plan.yaml", expectedRevision: example.base ?? PlanDocument.absentRevision, current: current, attempted: "mine\n")
        ) {
            try await documents.save(file: "plan.yaml", text: "mine\n", baseRevision: example.base, intent: Self.intent())
        }
        #expect(folder.contents(of: "plan.yaml") == example.existing)
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10).isEmpty)
        #expect(try await store.pendingChanges().isEmpty)
    }

    @Test("two concurrent saves from one revision: one is written, the other conflicts", arguments: [false, true])
    func concurrentSaves(separateInstances: Bool) async throws {
        let folder = try ScratchFolder()
        try folder.write("base\n", to: "plan.yaml")
        let base = Self.revision("base\n")
        // Separate instances (as two processes would) meet only at the lock file's flock.
        let stores = [try folder.store(), try folder.store()]
        let instances = (0..<2).map { FolderPlanDocuments(folder: folder.path, store: stores[separateInstances ? $0 : 0]) }
        for round in 0..<5 {
            try folder.write("base\n", to: "plan.yaml")
            let results = await withTaskGroup(of: Result<PlanDocument, any Error>.self) { group in
                for (index, documents) in instances.enumerated() {
                    group.addTask {
                        await Result.capturing {
                            try await documents.save(
                                file: "plan.yaml", text: "save \(index)\n", baseRevision: base, intent: Self.intent(at: round))
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
            #expect(conflicts.count == 1)
            let winner = try #require(written.first)
            #expect(folder.contents(of: "plan.yaml") == winner.text)
            #expect(conflicts.first?.current == winner)
            #expect(conflicts.first?.attempted != winner.text)
        }
        #expect(try await stores[0].history(planID: "quebec-namur", eventID: nil, limit: 10).count == 5)
        #expect(try await stores[0].pendingChanges().isEmpty)
    }
}

extension Result where Failure == any Error {
    static func capturing(_ body: () async throws -> Success) async -> Result {
        do { return .success(try await body()) } catch { return .failure(error) }
    }
}
