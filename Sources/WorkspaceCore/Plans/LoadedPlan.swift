import PlanModel
import WorkspaceStore
import YAMLReading

/// One plan file of the workspace as last read: its text and revision, and the plan, or the
/// loader's messages when the text does not load.
package struct LoadedPlan: Sendable {
    package var document: PlanDocument
    package var plan: Plan?
    package var issues: [SourceIssue]
    /// A digest of the text (empty when it does not load): what the planner keys its results by.
    package var fingerprint = ""

    /// The plan's id, or the file's stem while the file does not load.
    package var id: String {
        plan?.id ?? String(document.file.split(separator: ".").dropLast().joined(separator: "."))
    }

    package var file: String { document.file }
}
