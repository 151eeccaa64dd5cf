import Foundation
import Testing

@testable import WorkspaceStore

@Suite("A save killed at any step, then recover()")
struct SaveCrashTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var step: SaveStep
        /// The plan's text before the save; nil: the save creates the plan.
        var old: String?
        var testDescription: String { "\(old == nil ? "creating" : "updating"), killed after \(step)" }
    }

    static let cases = SaveStep.allCases.flatMap { step in [Case(step: step, old: "ancien\n"), Case(step: step, old: nil)] }

    /// Whether the plan holds the new text once the save is killed after `step`.
    static func newTextSurvives(_ step: SaveStep) -> Bool {
        switch step {
        case .changeBegun, .temporaryFileWritten: false
        case .fileReplaced, .folderSynced, .changeCommitted: true
        }
    }

    @Test("the plan holds the old or the new text, and the history agrees", arguments: cases)
    func killedThenRecovered(_ example: Case) async throws {
        let folder = try ScratchFolder()
        if let old = example.old { try folder.write(old, to: "plan.yaml") }
        let base = example.old.map { PlanDocument.revision(of: Data($0.utf8)) }
        do {
            let store = try folder.store()
            let dying = FolderPlanDocuments(folder: folder.path, store: store, crashAfter: example.step)
            await #expect(throws: SimulatedCrash(after: example.step)) {
                try await dying.save(file: "plan.yaml", text: "nouveau\n", baseRevision: base, intent: PlanDocumentTests.intent())
            }
        }

        // A new process: a new connection to the database, then recover().
        let store = try folder.store()
        let documents = FolderPlanDocuments(folder: folder.path, store: store)
        try await documents.recover()
        let text = folder.contents(of: "plan.yaml")
        #expect(text == (Self.newTextSurvives(example.step) ? "nouveau\n" : example.old))
        let history = try await store.history(planID: "quebec-namur", eventID: nil, limit: 10)
        // Committed if and only if the plan holds the new text.
        #expect(history.map(\.after) == (text == "nouveau\n" ? ["nouveau\n"] : []))
        #expect(try await store.pendingChanges().isEmpty)
        // No temporary file is left.
        #expect(
            try folder.names().filter { !$0.hasPrefix("jumelage-ledger") && $0 != FolderPlanDocuments.lockFileName }
                == (text == nil ? [] : ["plan.yaml"]))
        // And saving goes on from what the plan holds.
        let current = try await documents.document(file: "plan.yaml")
        _ = try await documents.save(
            file: "plan.yaml", text: "suite\n", baseRevision: current?.revision, intent: PlanDocumentTests.intent())
        #expect(try await store.history(planID: "quebec-namur", eventID: nil, limit: 10).count == history.count + 1)
    }

    @Test("the next save of the plan settles a killed save even without recover()", arguments: SaveStep.allCases)
    func nextSaveSettles(step: SaveStep) async throws {
        let folder = try ScratchFolder()
        try folder.write("ancien\n", to: "plan.yaml")
        let store = try folder.store()
        let dying = FolderPlanDocuments(folder: folder.path, store: store, crashAfter: step)
        _ = try? await dying.save(
            file: "plan.yaml", text: "nouveau\n", baseRevision: PlanDocument.revision(of: Data("ancien\n".utf8)),
            intent: PlanDocumentTests.intent("tué", at: 1))
        let documents = FolderPlanDocuments(folder: folder.path, store: store)
        let current = try #require(try await documents.document(file: "plan.yaml"))
        _ = try await documents.save(
            file: "plan.yaml", text: "suite\n", baseRevision: current.revision, intent: PlanDocumentTests.intent("suite", at: 2))
        let history = try await store.history(planID: "quebec-namur", eventID: nil, limit: 10)
        #expect(history.map(\.summary) == (Self.newTextSurvives(step) ? ["suite", "tué"] : ["suite"]))
        #expect(history.first?.before == current.text)
        #expect(try await store.pendingChanges().isEmpty)
    }
}
