import ArgumentParser
import Registry
import Bilingual
import CivilTime
import Foundation
import PlanModel
import PlanFormat
import Scheduling

/// `jumelage registry PATH... [--format text|json] [--today YYYY-MM-DD] [--lang fr|en]`
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Show the registry of agreements and twinnings: every tie of the plans, its status, signatories and follow-up.",
        discussion: """
            Lists every declaration, twinning, agreement and protocol of the plans with its partners and \
            their follow-up offices, signatories, place, signing date, period, status on --today (in force, \
            to renew within six months, renewed, expired, not yet in force), the bodies that follow it and \
            its next anniversary; then the anniversaries of the next twelve months and the ties ending \
            within six months. Reads the plans only: no planning.
            """)

    @Argument(help: "Plan files, or folders of them.")
    var paths: [String]

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("The day the statuses are read on (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: "Language of the output (default: each plan's language).")
    var lang: LanguageOption?

    func validate() throws {
        if let today, CivilDate(iso: today) == nil {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--today doit être une date AAAA-MM-JJ, pas « \(today) »",
                    en: "--today must be a date YYYY-MM-DD, not '\(today)'")
            ).validation
        }
    }

    func run() throws {
        try Failure.guarded {
            let plans = try PlanLoader.load(paths: paths)
            let day =
                today.flatMap { CivilDate(iso: $0) }
                ?? CivilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
            let registry = Registry(plans: plans, today: day)
            switch format {
            case .json: print(RegistryReport(registry, language: lang?.language).json())
            case .text: print(RegistryText.render(registry, language: lang?.language), terminator: "")
            }
        }
    }
}
