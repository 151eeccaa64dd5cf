import Bilingual
import Foundation
import Mobility
import PlanFormat
import PlanModel
import Scheduling
import Synchronization
import WorkspaceStore
import YAMLReading

/// The plans of a workspace folder, planned together. Reads take the current snapshot at once;
/// saves go one at a time: the new text is loaded and the workspace planned with it before
/// anything is written, so a save that would break the workspace is refused with the loader's
/// messages and writes nothing.
package actor PlanWorkspace {
    package nonisolated let folder: String
    package nonisolated let documents: any PlanDocumentStore
    package nonisolated let calendarsDirectory: URL?
    package nonisolated let changes = ChangeBroadcaster()
    private nonisolated let current = Mutex(WorkspaceSnapshot.empty)
    /// The plans last loaded, by file (the last two texts of each): a save loads only the plan it changes.
    private nonisolated let loadedTexts = Mutex([String: [LoadedPlan]]())
    /// Each independent unit of plans as last planned: an edit re-plans only its own.
    private nonisolated let units = Mutex(UnitPlanner())

    package init(folder: String, documents: any PlanDocumentStore, calendarsDirectory: URL? = nil) {
        self.folder = folder
        self.documents = documents
        self.calendarsDirectory = calendarsDirectory
    }

    /// The workspace as of the last save or reload.
    package nonisolated var snapshot: WorkspaceSnapshot { current.withLock { $0 } }

    /// Reads every plan document again and plans if a text changed (a file edited by hand, a
    /// `git pull`, another workspace server on the same database); open pages are told, with
    /// `summary`. Returns whether anything changed.
    @discardableResult
    package func reload(
        summary: String = "fichier modifié hors de l'espace / file changed outside the workspace"
    ) async throws -> Bool {
        let texts = try await documents.documents()
        let before = snapshot
        if texts.map(\.revision) == before.plans.map(\.document.revision), before.version > 0 { return false }
        var next = plan(texts)
        next.version = before.version + 1
        current.withLock { $0 = next }
        let changed = Set(texts.map(\.revision)).subtracting(before.plans.map(\.document.revision))
        for loaded in next.plans where changed.contains(loaded.document.revision) {
            changes.send(
                .init(
                    version: next.version, planID: loaded.id, author: loaded.file, summary: summary))
        }
        return true
    }

    /// A plan's new text, checked and planned with the others but not saved: what a save would give.
    package func preview(file: String, text: String) -> WorkspaceSnapshot {
        preview([(file, text)])
    }

    /// Several plans' new texts (new plans among them), checked and planned with the others.
    package func preview(_ changed: [(file: String, text: String)]) -> WorkspaceSnapshot {
        var texts = snapshot.plans.map(\.document)
        let revision = ""
        for (file, text) in changed {
            if let index = texts.firstIndex(where: { $0.file == file }) {
                texts[index] = PlanDocument(file: file, text: text, revision: revision)
            } else {
                texts.append(PlanDocument(file: file, text: text, revision: revision))
            }
        }
        return plan(texts)
    }

    /// The messages that would refuse saving these texts: each file's own, and planning messages
    /// the workspace does not have today.
    package func refusals(of trial: WorkspaceSnapshot, files: [String]) -> [SourceIssue] {
        let known = Set(snapshot.planningIssues)
        return files.flatMap { trial.issues(of: $0) } + trial.planningIssues.filter { !known.contains($0) }
    }

    /// Saves a plan's new text if it loads and the workspace still plans with it, and if nobody saved
    /// the plan since `baseRevision`. Throws `SaveRefusal.invalid` with the loader's messages, or
    /// `RevisionConflict` with both texts; on success every open page is told.
    package func save(file: String, text: String, baseRevision: String?, intent: SaveIntent) async throws -> WorkspaceSnapshot {
        // A save from an older revision is refused before planning anything (the store checks
        // again under its lock, for saves from other processes).
        if let known = snapshot.plans.first(where: { $0.document.file == file })?.document, known.revision != baseRevision,
            let onDisk = try await documents.document(file: file), onDisk.revision != baseRevision
        {
            throw RevisionConflict(file: file, expectedRevision: baseRevision ?? "", current: onDisk, attempted: text)
        }
        let trial = preview(file: file, text: text)
        let issues = refusals(of: trial, files: [file])
        guard issues.isEmpty else { throw SaveRefusal.invalid(issues) }
        let saved = try await documents.save(file: file, text: text, baseRevision: baseRevision, intent: intent)
        // The trial planned exactly this text: it only lacks the saved revision.
        var next = trial
        if let index = next.plans.firstIndex(where: { $0.document.file == file }) { next.plans[index].document = saved }
        next.version = snapshot.version + 1
        current.withLock { $0 = next }
        changes.send(.init(version: next.version, planID: intent.planID, author: intent.author, summary: intent.summary))
        return next
    }

    /// Loads each text and plans those that load.
    private nonisolated func plan(_ texts: [PlanDocument]) -> WorkspaceSnapshot {
        var loaded: [LoadedPlan] = []
        // A text loaded by one of the last plannings is not loaded again (looked up by file, then
        // compared: hashing every text would cost more). Two texts are kept per file, the saved one
        // and a trial's, as loaded (before the duplicate-id check below).
        var cache = loadedTexts.withLock { $0 }
        defer {
            let files = Set(texts.map(\.file))
            loadedTexts.withLock { $0 = cache.filter { files.contains($0.key) } }
        }
        for document in texts.sorted(by: { $0.file < $1.file }) {
            let path = (folder as NSString).appendingPathComponent(document.file)
            if var reused = cache[document.file]?.first(where: { $0.document.text == document.text }) {
                reused.document = document
                loaded.append(reused)
                continue
            }
            defer { if let last = loaded.last { cache[document.file] = [last] + (cache[document.file] ?? []).prefix(1) } }
            do {
                let plan = try PlanLoader.load(data: Data(document.text.utf8), file: path)
                loaded.append(
                    LoadedPlan(document: document, plan: plan, issues: [], fingerprint: TokenHash.sha256Hex(document.text)))
            } catch let error as SourceError {
                loaded.append(LoadedPlan(document: document, plan: nil, issues: error.issues))
            } catch {
                loaded.append(
                    LoadedPlan(
                        document: document, plan: nil,
                        issues: [SourceIssue(SourceLocation(file: path, line: 0, column: 0), LocalizedText("\(error)"))]))
            }
        }
        var seen: [String: String] = [:]
        for index in loaded.indices {
            guard let plan = loaded[index].plan else { continue }
            if let other = seen[plan.id] {
                loaded[index].issues.append(
                    SourceIssue(
                        SourceLocation(file: plan.file, line: 1, column: 1),
                        LocalizedText(
                            fr: "le plan « \(plan.id) » existe déjà dans \(other)", en: "plan '\(plan.id)' already exists in \(other)"),
                        hint: LocalizedText(fr: "donnez un id unique à chaque plan", en: "give each plan a unique id")))
                loaded[index].plan = nil
            } else {
                seen[plan.id] = loaded[index].document.file
            }
        }
        let plans = loaded.compactMap(\.plan)
        var snapshot = WorkspaceSnapshot(version: 0, plans: loaded, result: nil, mobility: nil, planningIssues: [])
        guard !plans.isEmpty else { return snapshot }
        do {
            snapshot.mobility = try MobilityScheduler.schedule(plans, calendarsDirectory: calendarsDirectory)
            var options = PlanningOptions(calendarsDirectory: calendarsDirectory)
            options.planFingerprints = Dictionary(
                loaded.compactMap { entry in entry.plan.map { ($0.id, entry.fingerprint) } }, uniquingKeysWith: { first, _ in first })
            let standing = current.withLock { $0.result }
            options.reuse = standing?.solvedGroups
            let started = ContinuousClock.now
            let (result, planned) = try units.withLock { units in
                let result = try units.plan(plans, fingerprints: options.planFingerprints, options: options, standing: standing)
                return (result, units.plannedUnits)
            }
            snapshot.result = result
            snapshot.plannedUnits = planned
            let elapsed = ContinuousClock.now - started
            snapshot.planningMilliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
            snapshot.reusedGroups = snapshot.result?.reusedGroups ?? 0
            snapshot.groups = snapshot.result?.solvedGroups.count ?? 0
            // Trimming walks the heap: worth it after the plannings that allocate most.
            if elapsed > .milliseconds(150) { MemoryRelease.returnFreedMemory() }
        } catch let error as SourceError {
            snapshot.planningIssues = error.issues
        } catch let error as any UserFacingError {
            snapshot.planningIssues = [
                SourceIssue(
                    SourceLocation(file: folder, line: 0, column: 0),
                    LocalizedText(fr: error.rendered(in: .fr), en: error.rendered(in: .en)))
            ]
        } catch {
            snapshot.planningIssues = [SourceIssue(SourceLocation(file: folder, line: 0, column: 0), LocalizedText("\(error)"))]
        }
        return snapshot
    }
}

extension WorkspaceSnapshot {
    /// The loader's messages for one file.
    package func issues(of file: String) -> [SourceIssue] {
        plans.first { $0.document.file == file }?.issues ?? []
    }
}

/// A save that was not made, and why.
package enum SaveRefusal: Error, Sendable {
    /// The text does not load, or the workspace no longer plans with it.
    case invalid([SourceIssue])
}
