import ArgumentParser
import Bilingual
import CalDAVPush
import Foundation

/// `--caldav URL` and its companions, for `publish` and `workspace`.
struct CalDAVArguments: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Also push every published feed into the calendar collection URL/FEED/ of a CalDAV server (https://user@server/path/).",
            valueName: "URL"))
    var caldav: String?

    @Option(help: ArgumentHelp("Environment variable holding the CalDAV password.", valueName: "VAR"))
    var caldavPasswordEnv: String = "JUMELAGE_CALDAV_PASSWORD"

    @Flag(help: "Allow --caldav over plain http to another machine than this one (the password then travels in clear text).")
    var caldavAllowInsecure = false

    @Option(help: ArgumentHelp("PEM file of the certificate authorities to trust for --caldav (a private CA).", valueName: "FILE"))
    var caldavCa: String?

    @Flag(help: "Overwrite or delete what someone else changed in the collections instead of reporting it.")
    var caldavOverwrite = false

    /// Checks the address's shape (exit 64); the password is checked by `target()`.
    func validate() throws {
        guard let caldav else {
            if caldavCa != nil || caldavOverwrite || caldavAllowInsecure {
                throw CommandLineError.usage(
                    LocalizedText(fr: "les options --caldav-… demandent --caldav", en: "the --caldav-… options need --caldav"),
                    fix: LocalizedText(fr: "ajoutez --caldav URL", en: "add --caldav URL")
                ).validation
            }
            return
        }
        do {
            _ = try CalDAVTarget(
                address: caldav, passwordVariable: caldavPasswordEnv, environment: [caldavPasswordEnv: "-"],
                allowInsecure: caldavAllowInsecure)
        } catch {
            let explanation = error.explanation
            throw CommandLineError.usage(explanation.message, fix: explanation.fix).validation
        }
    }

    /// Where to push, nil without `--caldav`; throws when the password is missing (exit 1).
    func target() throws(CalDAVPushError) -> CalDAVTarget? {
        guard let caldav else { return nil }
        if let caldavCa, !FileManager.default.isReadableFile(atPath: caldavCa) {
            throw .certificateAuthority(path: caldavCa, reason: "unreadable")
        }
        return try CalDAVTarget(
            address: caldav, passwordVariable: caldavPasswordEnv, environment: ProcessInfo.processInfo.environment,
            allowInsecure: caldavAllowInsecure, certificateAuthorityFile: caldavCa)
    }
}
