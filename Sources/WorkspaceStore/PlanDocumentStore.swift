import Crypto
import Foundation

/// A plan's YAML text as the workspace saved it, and its revision (SHA-256 of the bytes, hex).
package struct PlanDocument: Sendable, Hashable {
    /// The revision of a plan file that does not exist: no text, no bytes to hash.
    package static let absentRevision = ""
    /// Relative to the workspace folder (`quebec-namur-2024-2026.yaml`).
    package var file: String
    package var text: String
    package var revision: String

    package init(file: String, text: String, revision: String) {
        self.file = file
        self.text = text
        self.revision = revision
    }

    /// The revision of a file's bytes: SHA-256, lower-case hex (64 characters).
    package static func revision(of bytes: some DataProtocol) -> String {
        TokenHash.sha256Hex(bytes)
    }
}

/// Who saves and why, for the history.
package struct SaveIntent: Sendable, Hashable {
    package var planID: String
    package var userID: Int64?
    package var author: String
    package var summary: String
    package var eventIDs: [String]
    package var at: Date

    package init(planID: String, userID: Int64?, author: String, summary: String, eventIDs: [String], at: Date) {
        self.planID = planID
        self.userID = userID
        self.author = author
        self.summary = summary
        self.eventIDs = eventIDs
        self.at = at
    }
}

/// The second of two saves made from the same revision: nothing was written; both texts are kept
/// so the person can compare and merge.
package struct RevisionConflict: Error, Sendable, Hashable {
    package var file: String
    /// The revision the save was based on (`PlanDocument.absentRevision` for a new file).
    package var expectedRevision: String
    /// What the file holds now (text "" and `PlanDocument.absentRevision` if it was removed).
    package var current: PlanDocument
    /// The text the person tried to save, kept for the merge.
    package var attempted: String

    package init(file: String, expectedRevision: String, current: PlanDocument, attempted: String) {
        self.file = file
        self.expectedRevision = expectedRevision
        self.current = current
        self.attempted = attempted
    }
}

/// The plans' text. On SQLite the plans are the YAML files of the workspace folder (the CLI, git
/// and an editor see exactly what was saved); on PostgreSQL, rows holding the same bytes.
package protocol PlanDocumentStore: Sendable {
    /// Every plan document, sorted by file name.
    func documents() async throws -> [PlanDocument]
    /// The document, or nil if there is no such file. Throws `PlanDocumentError.invalidFileName`
    /// for anything but a plain `*.yaml`/`*.yml` name.
    func document(file: String) async throws -> PlanDocument?
    /// Writes `text` if the document is still at `baseRevision` (nil: the file must not exist yet),
    /// and records the change in the history. A save killed at any point leaves the old or the new
    /// text, and the history agrees once `recover()` has run. Throws `RevisionConflict` (nothing
    /// written), `PlanDocumentError` (bad name, I/O) or `WorkspaceStoreError` (history).
    func save(file: String, text: String, baseRevision: String?, intent: SaveIntent) async throws -> PlanDocument
    /// Settles the saves a crash left half-done: committed if the new text is there, forgotten if not.
    func recover() async throws
}
