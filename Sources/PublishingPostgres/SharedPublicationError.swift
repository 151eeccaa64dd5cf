import Bilingual

/// Why a publication into the shared store (PostgreSQL) did not go through. Nothing of it was
/// recorded: the store has a publication whole or not at all.
package enum SharedPublicationError: UserFacingError, Sendable, Hashable {
    /// Another server held the publication lock for longer than the wait allows.
    case busy(store: String, waitedSeconds: Int)
    /// The store failed or was lost before the publication was committed.
    case database(store: String, reason: String)
    /// A `--out` folder could not be written after the publication was committed.
    case folder(path: String, reason: String)

    package func rendered(in language: Language) -> String {
        let (message, fix): (LocalizedText, LocalizedText)
        switch self {
        case .busy(let store, let seconds):
            message = LocalizedText(
                fr: "une autre publication est en cours dans \(store) depuis plus de \(seconds) s",
                en: "another publication has been running in \(store) for more than \(seconds) s")
            fix = LocalizedText(
                fr: "réessayez quand elle sera finie ; elle sera alors peut-être déjà à jour",
                en: "try again when it is done; it may then already be current")
        case .database(let store, let reason):
            message = LocalizedText(
                fr: "la publication n'a pas été enregistrée dans \(store) (\(reason)) ; rien n'en a été gardé",
                en: "the publication was not recorded in \(store) (\(reason)); nothing of it was kept")
            fix = LocalizedText(
                fr: "vérifiez que PostgreSQL tourne, puis publiez de nouveau",
                en: "check that PostgreSQL runs, then publish again")
        case .folder(let path, let reason):
            message = LocalizedText(
                fr: "la publication est enregistrée, mais le dossier \(path) n'a pas pu être écrit (\(reason))",
                en: "the publication is recorded, but the folder \(path) could not be written (\(reason))")
            fix = LocalizedText(
                fr: "corrigez le dossier (droits, place) et relancez : la même publication y sera écrite",
                en: "fix the folder (permissions, space) and run again: the same publication will be written there")
        }
        return message.asError(fix: fix, in: language)
    }
}
