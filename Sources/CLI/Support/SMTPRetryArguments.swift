import ArgumentParser
import Bilingual

/// `--smtp-retry-for SECONDS`: how long a command keeps retrying a server that is down (the
/// workspace retries for as long as it runs).
struct SMTPRetryArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Keep retrying a server that is down for this long, then leave the rest queued.", valueName: "SECONDS"))
    var smtpRetryFor: Int = 60

    func validate() throws {
        guard smtpRetryFor >= 0 else {
            throw CommandLineError.usage(
                LocalizedText(fr: "--smtp-retry-for doit être zéro ou plus", en: "--smtp-retry-for must be zero or more")
            ).validation
        }
    }
}
