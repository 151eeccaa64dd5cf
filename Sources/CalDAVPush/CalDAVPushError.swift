import Bilingual

/// Why feeds could not be pushed to a CalDAV server, in French and English, with the fix. The
/// addresses shown never hold the password.
package enum CalDAVPushError: UserFacingError, Sendable, Equatable {
    package enum AddressProblem: Sendable, Equatable {
        case notAnAddress, scheme, noHost, queryOrFragment, port, dotSegments, passwordWithoutUser
    }

    /// `--caldav` is not an address a collection can be made under (exit 64).
    case address(String, AddressProblem)
    /// Plain http to another machine: the password would travel in clear text (exit 64).
    case insecure(String)
    /// A user in the address but no password in it nor in the environment variable.
    case noPassword(String, variable: String)
    case certificateAuthority(path: String, reason: String)
    /// 401: the server refused the user or the password.
    case unauthorized(String)
    /// 403: the user may not write there.
    case forbidden(String)
    /// The address answers, but is not a calendar collection (nor missing).
    case notACalendar(String)
    /// A 3xx: redirects are not followed (the password would go wherever they lead).
    case redirected(String, location: String?)
    /// An answer the push cannot go on from.
    case status(method: String, url: String, code: Int)
    /// No answer: connection refused, timeout, TLS failure.
    case transport(String, reason: String)
    /// The TLS handshake failed: most often a certificate no trusted authority signed.
    case tls(String, reason: String)
    /// The answer to a PROPFIND could not be read.
    case response(String, reason: String)
    /// The record of pushed resources (in the ledger's file) could not be read or written.
    case store(path: String, reason: String)

    package func rendered(in language: Language) -> String {
        explanation.message.asError(fix: explanation.fix, in: language)
    }

    package var exitCode: Int32 {
        switch self {
        case .address, .insecure: 64
        default: 1
        }
    }

    /// What is wrong and the fix, without the "error:" label.
    package var explanation: (message: LocalizedText, fix: LocalizedText?) {
        switch self {
        case .address(let address, let problem):
            let (fr, en) = Self.words(problem)
            return (
                LocalizedText(fr: "--caldav « \(address) » : \(fr)", en: "--caldav '\(address)': \(en)"),
                LocalizedText(
                    fr: "écrivez l'adresse du dossier des calendriers, par exemple https://utilisateur@serveur/dav/calendars/utilisateur/",
                    en: "write the address of the calendars' folder, for example https://user@server/dav/calendars/user/")
            )
        case .insecure(let address):
            return (
                LocalizedText(
                    fr: "--caldav « \(address) » : en http, le mot de passe passerait en clair sur le réseau",
                    en: "--caldav '\(address)': over http, the password would cross the network in clear text"),
                LocalizedText(
                    fr: "utilisez https, ou ajoutez --caldav-allow-insecure si ce réseau est sûr",
                    en: "use https, or add --caldav-allow-insecure if this network is trusted")
            )
        case .noPassword(let address, let variable):
            return (
                LocalizedText(fr: "--caldav « \(address) » : aucun mot de passe", en: "--caldav '\(address)': no password"),
                LocalizedText(
                    fr:
                        "mettez le mot de passe dans la variable d'environnement \(variable) (ou nommez-en une autre avec --caldav-password-env)",
                    en: "put the password in the environment variable \(variable) (or name another with --caldav-password-env)")
            )
        case .certificateAuthority(let path, let reason):
            return (
                LocalizedText(
                    fr: "--caldav-ca \(path) : certificats illisibles (\(reason))",
                    en: "--caldav-ca \(path): unreadable certificates (\(reason))"),
                LocalizedText(
                    fr: "nommez un fichier PEM des autorités de certification", en: "name a PEM file of certificate authorities")
            )
        case .unauthorized(let url):
            return (
                LocalizedText(
                    fr: "CalDAV \(url) : le serveur refuse l'utilisateur ou le mot de passe (401)",
                    en: "CalDAV \(url): the server refuses the user or the password (401)"),
                LocalizedText(
                    fr: "vérifiez l'utilisateur de l'adresse --caldav et le mot de passe (--caldav-password-env)",
                    en: "check the user in the --caldav address and the password (--caldav-password-env)")
            )
        case .forbidden(let url):
            return (
                LocalizedText(
                    fr: "CalDAV \(url) : cet utilisateur n'a pas le droit d'écrire ici (403)",
                    en: "CalDAV \(url): this user may not write here (403)"),
                LocalizedText(
                    fr: "donnez l'adresse d'un dossier de calendriers de cet utilisateur, ou ses droits d'écriture",
                    en: "give the address of a calendars folder of this user, or give it write access")
            )
        case .notACalendar(let url):
            return (
                LocalizedText(
                    fr: "CalDAV \(url) existe mais n'est pas une collection de calendrier",
                    en: "CalDAV \(url) exists but is not a calendar collection"),
                LocalizedText(
                    fr: "supprimez ou renommez ce dossier sur le serveur, ou poussez sous une autre adresse --caldav",
                    en: "delete or rename that folder on the server, or push under another --caldav address")
            )
        case .redirected(let url, let location):
            return (
                LocalizedText(
                    fr: "CalDAV \(url) : le serveur redirige vers \(location ?? "?") ; les redirections ne sont pas suivies",
                    en: "CalDAV \(url): the server redirects to \(location ?? "?"); redirects are not followed"),
                LocalizedText(fr: "donnez directement l'adresse finale à --caldav", en: "give the final address to --caldav")
            )
        case .status(let method, let url, let code):
            return (
                LocalizedText(
                    fr: "CalDAV \(method) \(url) : réponse \(code) inattendue du serveur",
                    en: "CalDAV \(method) \(url): unexpected answer \(code) from the server"),
                LocalizedText(
                    fr:
                        "vérifiez l'adresse --caldav et le journal du serveur, puis publiez de nouveau : la poussée reprendra où elle s'est arrêtée",
                    en: "check the --caldav address and the server's log, then publish again: the push resumes where it stopped")
            )
        case .transport(let url, let reason):
            return (
                LocalizedText(fr: "CalDAV \(url) : pas de réponse (\(reason))", en: "CalDAV \(url): no answer (\(reason))"),
                LocalizedText(
                    fr: "vérifiez que le serveur tourne et que l'adresse est juste, puis publiez de nouveau : la poussée reprendra",
                    en: "check that the server runs and that the address is right, then publish again: the push resumes")
            )
        case .tls(let url, let reason):
            return (
                LocalizedText(
                    fr: "CalDAV \(url) : connexion TLS refusée (\(reason))", en: "CalDAV \(url): TLS connection refused (\(reason))"),
                LocalizedText(
                    fr: "si le certificat du serveur vient d'une autorité privée, nommez-la avec --caldav-ca FICHIER.pem",
                    en: "if the server's certificate comes from a private authority, name it with --caldav-ca FILE.pem")
            )
        case .response(let url, let reason):
            return (
                LocalizedText(fr: "CalDAV \(url) : réponse illisible (\(reason))", en: "CalDAV \(url): unreadable answer (\(reason))"),
                LocalizedText(
                    fr: "vérifiez que l'adresse --caldav mène à un serveur CalDAV",
                    en: "check that the --caldav address leads to a CalDAV server")
            )
        case .store(let path, let reason):
            return (
                LocalizedText(
                    fr: "registre des poussées CalDAV \(path) : \(reason)", en: "record of CalDAV pushes \(path): \(reason)"),
                LocalizedText(
                    fr: "vérifiez que le fichier du registre (--ledger) est accessible en écriture",
                    en: "check that the ledger's file (--ledger) can be written")
            )
        }
    }

    private static func words(_ problem: AddressProblem) -> (fr: String, en: String) {
        switch problem {
        case .notAnAddress: ("ce n'est pas une adresse", "not an address")
        case .scheme: ("seules https:// et http:// conviennent", "only https:// and http:// will do")
        case .noHost: ("aucun serveur dans l'adresse", "no server in the address")
        case .queryOrFragment: ("ni ? ni # dans l'adresse d'un dossier", "no ? nor # in a folder's address")
        case .port: ("port hors de 1 à 65535", "port outside 1–65535")
        case .dotSegments: ("pas de « . » ni de « .. » dans le chemin", "no '.' nor '..' in the path")
        case .passwordWithoutUser: ("un mot de passe sans utilisateur", "a password without a user")
        }
    }
}
