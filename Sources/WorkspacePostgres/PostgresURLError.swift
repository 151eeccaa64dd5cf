import Bilingual

/// A `--database postgres://…` that cannot be used as written: exit 64, with the expected shape.
/// The password is never repeated in the message.
package enum PostgresURLError: UserFacingError, Sendable, Hashable {
    package enum Part: String, Sendable, Hashable {
        case host, user, port, database, query
    }

    /// Not a `postgres://` or `postgresql://` URL.
    case notPostgres(String)
    /// The URL (password hidden) and the part that is missing or wrong.
    case malformed(String, part: Part)

    package var exitCode: Int32 { 64 }

    /// What is wrong, without the "error:" prefix.
    package var message: LocalizedText {
        switch self {
        case .notPostgres(let text):
            return LocalizedText(
                fr: "« \(text) » n’est pas une adresse postgres://", en: "“\(text)” is not a postgres:// address")
        case .malformed(let text, let part):
            let what: LocalizedText
            switch part {
            case .host: what = LocalizedText(fr: "le serveur manque", en: "the host is missing")
            case .user: what = LocalizedText(fr: "l’utilisateur manque", en: "the user is missing")
            case .port: what = LocalizedText(fr: "le port doit aller de 1 à 65535", en: "the port must be 1–65535")
            case .database: what = LocalizedText(fr: "le nom de la base manque", en: "the database name is missing")
            case .query:
                what = LocalizedText(
                    fr: "seul ?sslmode=disable|prefer|require est compris", en: "only ?sslmode=disable|prefer|require is understood")
            }
            return LocalizedText(
                fr: "--database « \(text) » : \(what.text(in: .fr))", en: "--database “\(text)”: \(what.text(in: .en))")
        }
    }

    /// How to write it.
    package var fix: LocalizedText {
        LocalizedText(
            fr: "écrivez postgres://utilisateur[:mot-de-passe]@serveur[:port]/base (ou le mot de passe dans PGPASSWORD)",
            en: "write postgres://user[:password]@host[:port]/database (or the password in PGPASSWORD)")
    }

    package func rendered(in language: Language) -> String {
        return message.asError(fix: fix, in: language)
    }
}
