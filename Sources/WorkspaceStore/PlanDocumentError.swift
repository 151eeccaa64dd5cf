import Bilingual

/// Why a plan file could not be read or written (a revision conflict is `RevisionConflict`).
package enum PlanDocumentError: UserFacingError, Sendable, Hashable {
    /// Not a plain file name of the workspace folder ending in `.yaml` or `.yml`: no folder, no
    /// `..`, no hidden file.
    case invalidFileName(String)
    /// The file system refused: what was being done, to which file, and why.
    case io(file: String, operation: String, reason: String)

    package func rendered(in language: Language) -> String {
        let message: LocalizedText
        switch self {
        case .invalidFileName(let name):
            message = LocalizedText(
                fr:
                    "« \(name) » n’est pas un nom de plan : un nom de fichier du dossier de travail, sans « / » ni « .. », finissant par .yaml ou .yml",
                en: "“\(name)” is not a plan name: a file name of the workspace folder, without “/” or “..”, ending in .yaml or .yml")
        case .io(let file, let operation, let reason):
            message = LocalizedText(fr: "\(file) : \(operation) impossible (\(reason))", en: "\(file): could not \(operation) (\(reason))")
        }
        return (language == .fr ? "erreur : " : "error: ") + message.text(in: language)
    }
}
