import ArgumentParser
import Bilingual
import Delivery
import Foundation

/// `--smtp URL [--smtp-ca FILE] [--smtp-password-env VAR] [--smtp-retry-for SECONDS]`: where and
/// how long to send invitations. The password is read from the environment, never from the
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

    @Option(help: ArgumentHelp("Keep retrying a server that is down for this long, then leave the rest queued.", valueName: "SECONDS"))
    var smtpRetryFor: Int = 60

    func validate() throws {
        guard let smtp else {
            if smtpCa != nil {
                throw CommandLineError.usage(LocalizedText(fr: "--smtp-ca va avec --smtp", en: "--smtp-ca goes with --smtp")).validation
            }
            return
        }
        _ = try SMTPServerAddress(parsing: smtp)
        guard smtpRetryFor >= 0 else {
            throw CommandLineError.usage(
                LocalizedText(fr: "--smtp-retry-for doit être zéro ou plus", en: "--smtp-retry-for must be zero or more")
            ).validation
        }
        // The password and the authority file are checked before anything is published.
        _ = try settings()
    }

    /// The settings, or nil without `--smtp`; a missing password or an unreadable `--smtp-ca`
    /// is a `DeliveryError`.
    func settings() throws(DeliveryError) -> SMTPSettings? {
        guard let smtp else { return nil }
        return try SMTPSettings(
            server: try SMTPServerAddress(parsing: smtp), passwordVariable: smtpPasswordEnv,
            environment: ProcessInfo.processInfo.environment, certificateAuthorityFile: smtpCa)
    }
}
