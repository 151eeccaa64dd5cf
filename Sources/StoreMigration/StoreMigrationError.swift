import Bilingual

/// Why `jumelage migrate` copied nothing (its one transaction was rolled back).
package enum StoreMigrationError: UserFacingError, Sendable, Hashable {
    case sourceMissing(String)
    case sourceUnreadable(String, reason: String)
    case targetNotEmpty(String)
    case schemaMismatch(table: String, detail: String)
    case verificationFailed(table: String, source: String, target: String)

    package func rendered(in language: Language) -> String {
        let (message, fix): (LocalizedText, LocalizedText)
        switch self {
        case .sourceMissing(let path):
            message = LocalizedText(fr: "\(path) : aucun fichier de ce nom", en: "\(path): no such file")
            fix = LocalizedText(
                fr: "nommez le fichier de l'espace, par exemple sqlite:calendars/jumelage-ledger.sqlite",
                en: "name the workspace's file, for example sqlite:calendars/jumelage-ledger.sqlite")
        case .sourceUnreadable(let path, let reason):
            message = LocalizedText(
                fr: "\(path) : base SQLite illisible (\(reason))", en: "\(path): unreadable SQLite database (\(reason))")
            fix = LocalizedText(
                fr: "nommez le fichier de l'espace, par exemple sqlite:calendars/jumelage-ledger.sqlite",
                en: "name the workspace's file, for example sqlite:calendars/jumelage-ledger.sqlite")
        case .targetNotEmpty(let table):
            message = LocalizedText(
                fr: "la base PostgreSQL n'est pas vide (table \(table)) : rien n'a été copié",
                en: "the PostgreSQL database is not empty (table \(table)): nothing was copied")
            fix = LocalizedText(
                fr: "migrez vers une base neuve (createdb), jamais par-dessus une base en service",
                en: "migrate into a new database (createdb), never over one in use")
        case .schemaMismatch(let table, let detail):
            message = LocalizedText(
                fr: "la table \(table) n'a pas les mêmes colonnes des deux côtés (\(detail)) : rien n'a été copié",
                en: "table \(table) does not have the same columns on both sides (\(detail)): nothing was copied")
            fix = LocalizedText(
                fr: "utilisez le même jumelage pour l'espace et la migration",
                en: "use the same jumelage for the workspace and the migration")
        case .verificationFailed(let table, let source, let target):
            message = LocalizedText(
                fr: "\(table) : la copie ne correspond pas (\(source) dans SQLite, \(target) dans PostgreSQL) : rien n'a été copié",
                en: "\(table): the copy does not match (\(source) in SQLite, \(target) in PostgreSQL): nothing was copied")
            fix = LocalizedText(fr: "signalez-le avec les deux bases", en: "report it with both databases")
        }
        return message.asError(fix: fix, in: language)
    }
}
