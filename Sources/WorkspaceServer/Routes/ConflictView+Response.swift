import Bilingual
import Hummingbird
import WorkspaceCore
import WorkspacePages
import WorkspaceStore

extension ConflictView {
    /// The conflict view, answered 409.
    static func response(_ conflict: RevisionConflict, access: PlanAccess, eventID: String?, language: Language) -> Response {
        Responses.html(page(conflict, access: access, eventID: eventID, language: language), status: .conflict)
    }
}
