import Bilingual

/// Why invitations could not be queued or sent, in words a coordinator can act on. Never holds
/// a password: SMTP addresses appear redacted (`SMTPServerAddress.redacted`).
public struct DeliveryError: UserFacingError, Hashable, Sendable {
    public var message: LocalizedText
    public var fix: LocalizedText
    public var exitCode: Int32

    init(_ message: LocalizedText, fix: LocalizedText, exitCode: Int32 = 1) {
        self.message = message
        self.fix = fix
        self.exitCode = exitCode
    }

    public func rendered(in language: Language) -> String {
        message.asError(fix: fix, in: language)
    }

    package static func badURL(_ shown: String, _ reason: LocalizedText) -> DeliveryError {
        DeliveryError(
            LocalizedText(fr: "--smtp « \(shown) » : \(reason.fr)", en: "--smtp '\(shown)': \(reason.en)"),
            fix: LocalizedText(
                fr: "écrivez smtp://[utilisateur@]hôte[:port], par exemple smtp://bri@smtp.quebec.example:587",
                en: "write smtp://[user@]host[:port], for example smtp://bri@smtp.quebec.example:587"),
            exitCode: 64)
    }

    package static func outbox(path: String, reason: String) -> DeliveryError {
        DeliveryError(
            LocalizedText(
                fr: "la boîte d'envoi des invitations (\(path)) ne s'ouvre pas : \(reason)",
                en: "the invitations' outbox (\(path)) cannot be used: \(reason)"),
            fix: LocalizedText(
                fr: "vérifiez que le fichier du registre existe et s'écrit (--ledger FICHIER)",
                en: "check that the ledger file exists and is writable (--ledger FILE)"))
    }

    static func certificateAuthority(path: String, reason: String) -> DeliveryError {
        DeliveryError(
            LocalizedText(
                fr: "--smtp-ca « \(path) » : le certificat ne se lit pas (\(reason))",
                en: "--smtp-ca '\(path)': the certificate cannot be read (\(reason))"),
            fix: LocalizedText(
                fr: "donnez un fichier PEM qui contient le certificat de l'autorité du serveur SMTP",
                en: "give a PEM file holding the certificate of the SMTP server's authority"))
    }

    static func authentication(server: String, reply: String) -> DeliveryError {
        DeliveryError(
            LocalizedText(
                fr: "le serveur SMTP \(server) refuse l'identification (\(reply)) ; les invitations restent dans la boîte d'envoi",
                en: "the SMTP server \(server) refuses the credentials (\(reply)); the invitations stay in the outbox"),
            fix: LocalizedText(
                fr:
                    "corrigez l'utilisateur ou le mot de passe (variable d'environnement nommée par --smtp-password-env), puis lancez « jumelage outbox --smtp … »",
                en:
                    "correct the user or the password (the environment variable --smtp-password-env names), then run 'jumelage outbox --smtp …'"
            ))
    }

    static func clearTextAuthentication(server: String) -> DeliveryError {
        DeliveryError(
            LocalizedText(
                fr: "le serveur SMTP \(server) ne propose pas STARTTLS : le mot de passe passerait en clair ; rien n'est envoyé",
                en: "the SMTP server \(server) does not offer STARTTLS: the password would travel in clear text; nothing is sent"),
            fix: LocalizedText(
                fr: "utilisez un serveur qui propose STARTTLS, ou smtps://",
                en: "use a server that offers STARTTLS, or smtps://"))
    }

    static func noAuthentication(server: String) -> DeliveryError {
        DeliveryError(
            LocalizedText(
                fr: "le serveur SMTP \(server) ne propose pas d'identification AUTH PLAIN ou LOGIN",
                en: "the SMTP server \(server) offers no AUTH PLAIN or LOGIN"),
            fix: LocalizedText(
                fr: "retirez l'utilisateur de --smtp si le serveur n'en demande pas, ou passez par un serveur qui l'accepte",
                en: "remove the user from --smtp if the server asks for none, or go through a server that accepts it"))
    }

    package static func missingPassword(variable: String) -> DeliveryError {
        DeliveryError(
            LocalizedText(
                fr: "--smtp nomme un utilisateur mais aucun mot de passe : la variable d'environnement \(variable) est vide",
                en: "--smtp names a user but no password: the environment variable \(variable) is empty"),
            fix: LocalizedText(
                fr: "exportez \(variable)=… avant la commande (ou nommez une autre variable avec --smtp-password-env)",
                en: "export \(variable)=… before the command (or name another variable with --smtp-password-env)"),
            exitCode: 64)
    }
}
