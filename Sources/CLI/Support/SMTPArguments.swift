import ArgumentParser
import Bilingual
import Delivery
import Foundation

/// `--smtp URL [--smtp-ca FILE] [--smtp-password-env VAR]`: where to send invitations. The password is read from the environment, never from the
/// command line (a password in the URL is accepted, never printed).
struct SMTPArguments: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Send the invitations through this server: smtp://[user@]host[:port] (STARTTLS when offered) or smtps://.",
            valueName: "URL"))
    var smtp: String?

    @Option(help: ArgumentHelp("PEM file of the authority the SMTP server's certificate is checked against.", valueName: "FILE"))
    var smtpCa: String?

    @Option(help: ArgumentHelp("Environment variable that holds the SMTP password.", valueName: "VAR"))
    var smtpPasswordEnv: String = SMTPSettings.defaultPasswordVariable

    func validate() throws {
        guard let smtp else {
            if smtpCa != nil {
                throw CommandLineError.usage(LocalizedText(fr: "--smtp-ca va avec --smtp", en: "--smtp-ca goes with --smtp")).validation
            }
            return
        }
        let server: SMTPServerAddress
        do throws(DeliveryError) { server = try SMTPServerAddress(parsing: smtp) } catch { throw error.validation }
        // A user without a password is a usage mistake, found before anything is published.
        if server.user != nil, server.password == nil, (ProcessInfo.processInfo.environment[smtpPasswordEnv] ?? "").isEmpty {
            throw DeliveryError.missingPassword(variable: smtpPasswordEnv).validation
        }
    }

    /// The settings, or nil without `--smtp`; an unreadable `--smtp-ca` is a `DeliveryError`
    /// (exit 1). Called before anything is published.
    func settings() throws(DeliveryError) -> SMTPSettings? {
        guard let smtp else { return nil }
        return try SMTPSettings(
            server: try SMTPServerAddress(parsing: smtp), passwordVariable: smtpPasswordEnv,
            environment: ProcessInfo.processInfo.environment, certificateAuthorityFile: smtpCa)
    }
}
