import ArgumentParser
import Bilingual
import CivilTime
import Foundation
import Planner

/// `jumelage publish PATH... --out DIR [--ledger FILE] [--keep-past DAYS] [--by NAME]`
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Plans, then publishes the feeds into a folder with the ledger's memory of earlier publications.",
        discussion: """
        Unchanged events keep their exact bytes; moved ones get SEQUENCE+1; removed ones stay \
        cancelled ("ANNULÉ – ") until they are over. Writes DIR/publication.json for `jumelage serve`. \
        An infeasible plan publishes nothing (exit 2).
        """)

    @Argument(help: "Plan files, or folders whose *.yaml plans are planned together.")
    var paths: [String]

    @Option(help: ArgumentHelp("Folder the feeds are published to.", valueName: "DIR"))
    var out: String

    @Option(help: ArgumentHelp("Publication ledger (default: jumelage-ledger.sqlite beside the plans).", valueName: "FILE"))
    var ledger: String?

    @Option(help: ArgumentHelp("Leave out events over for more than this many days.", valueName: "DAYS"))
    var keepPast: Int = 365

    @Option(help: ArgumentHelp("Who publishes (default: $USER).", valueName: "NAME"))
    var by: String?

    @Option(help: "Language of the feeds (default: each plan's language).")
    var lang: LanguageOption?

    @Option(help: "Output format of the report.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Publication time instead of the clock (YYYY-MM-DDTHH:MM:SSZ), for tests and replays.",
                               valueName: "TIME", visibility: .hidden))
    var now: String?

    @OptionGroup var planning: PlanningArguments

    func validate() throws {
        guard keepPast >= 0 else { throw ValidationError("--keep-past must be zero or more") }
        if let now, PublicationManifest.seconds(now) == nil { throw ValidationError("--now: expected YYYY-MM-DDTHH:MM:SSZ") }
    }

    func run() throws {
        try Failure.guarded {
            let result = try WorkspacePlanner.plan(try PlanLoader.load(paths: paths), options: planning.options(for: paths))
            let language = lang?.language ?? Failure.language
            if result.status == .infeasible || result.status == .unknown {
                print(ResultSummary.render(result, language: language), terminator: "")
                Failure.printError(PublicationError.infeasible.rendered(in: language))
                throw ExitCode(2)
            }
            let clock = now.flatMap(PublicationManifest.seconds) ?? Int64(Date().timeIntervalSince1970)
            let environment = ProcessInfo.processInfo.environment
            let options = PublicationOptions(
                outputDirectory: out, ledgerPath: ledger ?? PublicationLedger.defaultPath(forPlans: paths),
                keepPastDays: keepPast, publishedBy: by ?? environment["USER"] ?? environment["LOGNAME"] ?? "unknown",
                now: Instant(secondsSinceEpoch: clock), language: lang?.language)
            let report: PublicationReport
            do throws(PublicationError) {
                report = try FeedPublisher(options: options).publish(result)
            } catch {
                Failure.printError(error.rendered(in: language))
                throw ExitCode(error == .infeasible ? 2 : 1)
            }
            switch format {
            case .json: print(String(decoding: report.manifest.encoded(), as: UTF8.self), terminator: "")
            case .text: print(report.rendered(in: language), terminator: "")
            }
        }
    }
}
