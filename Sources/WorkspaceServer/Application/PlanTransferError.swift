import Bilingual
import WorkspaceStore
import YAMLReading

/// Why `jumelage export` or `jumelage import` did nothing.
package enum PlanTransferError: UserFacingError, Sendable, Hashable {
    /// `export`/`import` need a shared database: with SQLite the plans already are files.
    case notShared
    case notAPlanFile(String)
    case missing(String)
    case sameName(String)
    case unreadable(String, reason: String)
    /// The files do not load, or the workspace would not plan with them: nothing was imported.
    case invalid([SourceIssue])
    /// Someone saved one of the plans while importing: nothing was imported.
    case changedMeanwhile(String)

    package var exitCode: Int32 { self == .notShared ? 64 : 1 }

    package func rendered(in language: Language) -> String {
        let (message, fix) = text
        if case .invalid(let issues) = self {
            return issues.map { $0.rendered(in: language) }.joined(separator: "\n") + "\n"
                + LocalizedText(fr: "rien n'a été importé", en: "nothing was imported").text(in: language)
        }
        return message.asError(fix: fix, in: language)
    }

    package var text: (message: LocalizedText, fix: LocalizedText) {
        switch self {
        case .notShared:
            (
                LocalizedText(
                    fr:
                        "--database : export et import servent aux bases PostgreSQL ; avec SQLite, les plans sont déjà les fichiers du dossier",
                    en: "--database: export and import are for PostgreSQL databases; with SQLite the plans already are the folder's files"),
                LocalizedText(
                    fr: "écrivez --database postgres://utilisateur@serveur:port/base",
                    en: "write --database postgres://user@host:port/database")
            )
        case .notAPlanFile(let path):
            (
                LocalizedText(fr: "\(path) : pas un fichier de plan (*.yaml, *.yml)", en: "\(path): not a plan file (*.yaml, *.yml)"),
                LocalizedText(
                    fr: "nommez des fichiers .yaml, ou un dossier qui en contient", en: "name .yaml files, or a folder holding some")
            )
        case .missing(let path):
            (
                LocalizedText(fr: "\(path) : aucun fichier ni dossier de ce nom", en: "\(path): no such file or folder"),
                LocalizedText(fr: "vérifiez le chemin", en: "check the path")
            )
        case .sameName(let name):
            (
                LocalizedText(fr: "deux fichiers s'appellent \(name)", en: "two files are named \(name)"),
                LocalizedText(
                    fr: "un plan s'identifie par son nom de fichier : importez-les séparément ou renommez l'un d'eux",
                    en: "a plan is known by its file name: import them separately or rename one")
            )
        case .unreadable(let path, let reason):
            (
                LocalizedText(fr: "\(path) : illisible (\(reason))", en: "\(path): unreadable (\(reason))"),
                LocalizedText(fr: "vérifiez le chemin et les droits du fichier", en: "check the path and the file's permissions")
            )
        case .invalid:
            (LocalizedText(fr: "plans refusés", en: "plans refused"), LocalizedText(fr: "corrigez-les", en: "fix them"))
        case .changedMeanwhile(let file):
            (
                LocalizedText(
                    fr: "\(file) a été modifié pendant l'import : rien n'a été importé",
                    en: "\(file) was changed during the import: nothing was imported"),
                LocalizedText(fr: "relancez l'import", en: "run the import again")
            )
        }
    }
}
