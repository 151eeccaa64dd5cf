import Bilingual
import Foundation
import PlanEditing
import WorkspaceStore
import YAMLReading

/// Applies edits to a plan's text for one person and saves it through the workspace: what every
/// form, button and API write goes through.
package struct PlanSaver: Sendable {
    let workspace: PlanWorkspace
    let now: @Sendable () -> Date

    package init(workspace: PlanWorkspace, now: @escaping @Sendable () -> Date) {
        self.workspace = workspace
        self.now = now
    }

    package enum Outcome: Sendable {
        case saved(WorkspaceSnapshot)
        /// The edits do not apply to the text (an unknown item, a value that is not YAML).
        case editRefused(PlanEditError)
        /// The new text does not load, or the workspace would not plan: the loader's messages.
        case invalid([SourceIssue], attempted: String)
        /// Someone saved the plan since `baseRevision`: nothing was written.
        case conflict(RevisionConflict)
    }

    /// `baseRevision` is the revision the person's page showed.
    package func save(
        _ access: PlanAccess, edits: [PlanEdit], baseRevision: String, summary: String, eventIDs: [String]
    ) async throws -> Outcome {
        switch Self.applying(edits, to: access.loaded.document.text) {
        case .failure(let error): return .editRefused(error)
        case .success(let text): return try await save(access, text: text, baseRevision: baseRevision, summary: summary, eventIDs: eventIDs)
        }
    }

    static func applying(_ edits: [PlanEdit], to original: String) -> Result<String, PlanEditError> {
        do {
            var text = try PlanText(original)
            for edit in edits { try text.apply(edit) }
            return .success(text.text)
        } catch {
            return .failure(error)
        }
    }

    package func save(_ access: PlanAccess, text: String, baseRevision: String, summary: String, eventIDs: [String]) async throws -> Outcome
    {
        let user = access.signedIn.user
        let intent = SaveIntent(
            planID: access.planID, userID: user.id, author: user.displayName, summary: summary, eventIDs: eventIDs, at: now())
        do {
            return .saved(
                try await workspace.save(file: access.loaded.file, text: text, baseRevision: baseRevision, intent: intent))
        } catch SaveRefusal.invalid(let issues) {
            return .invalid(issues, attempted: text)
        } catch let conflict as RevisionConflict {
            return .conflict(conflict)
        }
    }
}
