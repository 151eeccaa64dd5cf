import Foundation

/// The plans as YAML files of the workspace folder, with their history in a `WorkspaceStore`.
///
/// The plans are the top-level `*.yaml` and `*.yml` files of the folder (not its subfolders, not
/// hidden files): the CLI, git and an editor see exactly what the workspace saved. A save is
/// serialised with every other save and `recover()` of the folder, in this process and in others
/// (`PlanFolderLock` on `.jumelage-plans.lock`), and goes: check the revision → record the change
/// as pending → write a synced temporary file beside the plan → rename it over the plan → sync the
/// folder → commit the change. Killed at any step, the plan holds the old or the new text;
/// `recover()` (and the next save of that plan) then commits the pending change if the plan holds
/// its new text and discards it otherwise, so the history always agrees with the files.
package final class FolderPlanDocuments: PlanDocumentStore {
    /// The hidden file whose `flock` serialises saves across processes.
    package static let lockFileName = ".jumelage-plans.lock"
    /// The end of the temporary files' names: `.<plan file>.<random>.jumelage-save`.
    static let temporarySuffix = ".jumelage-save"

    package let folder: String
    private let store: any WorkspaceStore
    private let lock: PlanFolderLock
    /// Tests only: stops every save right after this step with `SimulatedCrash`, leaving
    /// everything as a killed process would.
    let crashAfter: SaveStep?

    /// Plans in `folder` (which must exist), history in `store`.
    package convenience init(folder: String, store: any WorkspaceStore) {
        self.init(folder: folder, store: store, crashAfter: nil)
    }

    init(folder: String, store: any WorkspaceStore, crashAfter: SaveStep?) {
        self.folder = folder
        self.store = store
        self.crashAfter = crashAfter
        lock = PlanFolderLock(lockFilePath: (folder as NSString).appendingPathComponent(Self.lockFileName))
    }

    package func documents() async throws -> [PlanDocument] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw PlanDocumentError.io(file: folder, operation: "list", reason: error.localizedDescription)
        }
        var documents: [PlanDocument] = []
        for name in names.sorted() where PlanFileName.isValid(name) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path(of: name), isDirectory: &isFolder), !isFolder.boolValue else { continue }
            // A file removed since the listing is simply not listed.
            if let document = try read(name) { documents.append(document) }
        }
        return documents
    }

    package func document(file: String) async throws -> PlanDocument? {
        try PlanFileName.validate(file)
        return try read(file)
    }

    package func save(file: String, text: String, baseRevision: String?, intent: SaveIntent) async throws -> PlanDocument {
        try PlanFileName.validate(file)
        return try await lock.withLock {
            let current = try read(file)
            let currentRevision = current?.revision ?? PlanDocument.absentRevision
            // A save of this plan killed earlier is settled first, so that its change is in the
            // history (or out of it) before this one is recorded.
            try await settlePendingChanges(of: file)
            let expectedRevision = baseRevision ?? PlanDocument.absentRevision
            guard currentRevision == expectedRevision else {
                throw RevisionConflict(
                    file: file, expectedRevision: expectedRevision,
                    current: current ?? PlanDocument(file: file, text: "", revision: PlanDocument.absentRevision), attempted: text)
            }
            let bytes = Data(text.utf8)
            let saved = PlanDocument(file: file, text: text, revision: PlanDocument.revision(of: bytes))
            let changeID = try await store.beginChange(
                PlanChange(
                    planID: intent.planID, file: file, userID: intent.userID, author: intent.author, at: intent.at, summary: intent.summary,
                    eventIDs: intent.eventIDs, beforeRevision: currentRevision, afterRevision: saved.revision, before: current?.text ?? "",
                    after: text))
            try stopIfCrashing(after: .changeBegun)
            let temporary = path(of: ".\(file).\(TokenHash.randomToken().prefix(12))\(Self.temporarySuffix)")
            do {
                try PlanFileIO.writeSynced(bytes, to: temporary, permissionsOf: path(of: file), name: file)
                try stopIfCrashing(after: .temporaryFileWritten)
                try PlanFileIO.replace(path(of: file), with: temporary, name: file)
            } catch let crash as SimulatedCrash {
                throw crash
            } catch {
                // Nothing replaced the plan: the change never happened. Should the discard fail
                // too, the change stays pending and the next recover() discards it.
                PlanFileIO.removeIfPresent(temporary)
                try? await store.discardChange(id: changeID)
                throw error
            }
            try stopIfCrashing(after: .fileReplaced)
            // The plan holds the new text from here on: a failure leaves the change pending, and
            // recover() commits it.
            try PlanFileIO.syncFolder(folder, name: file)
            try stopIfCrashing(after: .folderSynced)
            try await store.commitChange(id: changeID)
            try stopIfCrashing(after: .changeCommitted)
            return saved
        }
    }

    package func recover() async throws {
        try await lock.withLock {
            try await settlePendingChanges(of: nil)
            removeTemporaryFiles()
        }
    }

    // MARK: Steps

    /// Commits each pending change of `file` (every file when nil) whose plan holds its new text,
    /// discards the others. Called holding the lock, so no save is under way.
    private func settlePendingChanges(of file: String?) async throws {
        for change in try await store.pendingChanges() where file == nil || change.file == file {
            guard let id = change.id else { continue }
            let current = PlanFileName.isValid(change.file) ? try read(change.file) : nil
            if current?.revision == change.afterRevision {
                try await store.commitChange(id: id)
            } else {
                try await store.discardChange(id: id)
            }
        }
    }

    /// Removes what killed saves left: `.<plan>.<random>.jumelage-save`. Called holding the lock.
    private func removeTemporaryFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(Self.temporarySuffix) {
            PlanFileIO.removeIfPresent(path(of: name))
        }
    }

    private func read(_ file: String) throws(PlanDocumentError) -> PlanDocument? {
        guard let bytes = try PlanFileIO.readIfPresent(path(of: file), name: file) else { return nil }
        return PlanDocument(file: file, text: String(decoding: bytes, as: UTF8.self), revision: PlanDocument.revision(of: bytes))
    }

    private func path(of name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    private func stopIfCrashing(after step: SaveStep) throws(SimulatedCrash) {
        if crashAfter == step { throw SimulatedCrash(after: step) }
    }
}
