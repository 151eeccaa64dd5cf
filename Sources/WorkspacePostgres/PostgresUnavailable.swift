import Bilingual

/// The PostgreSQL server could not be reached or refused the workspace at start (wrong password,
/// no such database, no rights to create the tables): exit 1, with the server's reason.
package struct PostgresUnavailable: UserFacingError, Sendable, Hashable {
    /// The URL without its password.
    package var url: String
    package var reason: String

    package init(url: String, reason: String) {
        self.url = url
        self.reason = reason
    }

    package func rendered(in language: Language) -> String {
        let message = LocalizedText(
            fr: "la base PostgreSQL \(url) ne répond pas ou refuse l’accès (\(reason))",
            en: "the PostgreSQL database \(url) does not answer or refuses access (\(reason))")
        let fix = LocalizedText(
            fr: "vérifiez que le serveur tourne, l’adresse, l’utilisateur, le mot de passe (PGPASSWORD) et que la base existe",
            en: "check that the server runs, the address, the user, the password (PGPASSWORD) and that the database exists")
        return message.asError(fix: fix, in: language)
    }
}
