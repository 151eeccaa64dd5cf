import ArgumentParser
import Bilingual
import CivilTime
import Delivery
import FeedModel
import Feeds
import Foundation
import Mobility
import Pages
import PlanModel
import Publishing
import Scheduling

/// `jumelage publish PATH... --out DIR [--ledger FILE] [--keep-past DAYS] [--by NAME]`
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Plans, then publishes the feeds into a folder with the ledger's memory of earlier publications.",
        discussion: """
            Unchanged events keep their exact bytes; moved ones get SEQUENCE+1; removed ones stay \
            cancelled ("ANNULÉ – ") until they are over. Publishes the mobility feeds too, writes \
            DIR/publication.json for `jumelage serve` and the pages (students, dashboard, registry, annual reports) \
            into DIR/pages. An infeasible plan publishes nothing (exit 2).
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

    @Option(
        help: ArgumentHelp(
            "Publication time instead of the clock (YYYY-MM-DDTHH:MM:SSZ), for tests and replays.",
            valueName: "TIME", visibility: .hidden))
    var now: String?

    @Option(
        help: ArgumentHelp(
            "Address the site is served at; the pages' subscribe links and the invitations' answer links point to it (no answer link for a loopback address).",
            valueName: "URL"))
    var baseURL: String = "http://localhost:8080/"

    @OptionGroup var planning: PlanningArguments

    @OptionGroup(title: "Invitations by email") var mail: SMTPArguments
    @OptionGroup(title: "Invitations by email") var retry: SMTPRetryArguments

    func validate() throws {
        guard keepPast >= 0 else {
            throw CommandLineError.usage(LocalizedText(fr: "--keep-past doit être zéro ou plus", en: "--keep-past must be zero or more"))
                .validation
        }
        if let now, PublicationManifest.seconds(now) == nil {
            throw CommandLineError.usage(
                LocalizedText(fr: "--now : attendu AAAA-MM-JJTHH:MM:SSZ", en: "--now: expected YYYY-MM-DDTHH:MM:SSZ")
            ).validation
        }
    }

    func run() throws {
        try Failure.guarded {
            let smtpSettings = try mail.settings()
            let workspace = try Workspace.load(paths: paths, calendars: planning.calendars)
            let result = try WorkspacePlanner.plan(workspace.plans, options: planning.options(for: paths))
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
            // The mobility feeds are published as they are, like the holiday feeds.
            let mobility = workspace.mobility
            let input = PublicationInput(
                plans: result.schedule.plans.map { .init(id: $0.id, revision: $0.revision.description, language: $0.language) },
                feeds: FeedBuilder(language: lang?.language).calendars(for: result.schedule),
                fixedFeeds: try MobilityFeedBuilder().feeds(for: mobility))
            // The pages are written after the publication: their folder must be usable first.
            try AtomicFileWriter.makeFolder((out as NSString).appendingPathComponent("pages"))
            let report: PublicationReport
            do throws(PublicationError) {
                report = try FeedPublisher(options: options).publish(input)
            } catch {
                Failure.printError(error.rendered(in: language))
                throw ExitCode(1)
            }
            let today = Instant(secondsSinceEpoch: clock).utc.date
            let pages = PageRenderer(
                result: result, mobility: mobility, baseURL: baseURL, today: today, feedsPath: "feeds/",
                linkStyle: .routes, dashboardLink: false
            ).files()
            let pageFolder = (out as NSString).appendingPathComponent("pages")
            try AtomicFileWriter.write(pages.map { ((pageFolder as NSString).appendingPathComponent($0.name), Data($0.text.utf8)) })
            switch format {
            case .json: print(String(decoding: report.manifest.encoded(), as: UTF8.self), terminator: "")
            case .text: print(report.rendered(in: language), terminator: "")
            }
            if let smtpSettings {
                try sendInvitations(
                    schedule: result.schedule, ledgerPath: options.ledgerPath, date: Instant(secondsSinceEpoch: clock),
                    settings: smtpSettings)
            }
        }
    }

    /// With `--smtp`: queues the invitations this publication implies, then sends them.
    private func sendInvitations(schedule: Schedule, ledgerPath: String, date: Instant, settings: SMTPSettings) throws {
        let store = try SQLiteOutboxStore(path: ledgerPath)
        let language = lang?.language
        let seconds = retry.smtpRetryFor
        let baseURL = baseURL
        try AsyncBody.wait {
            let links = try await InvitationSending.answerLinks(baseURL: baseURL, ledgerPath: ledgerPath)
            _ = try await InvitationSending.enqueue(schedule: schedule, language: language, date: date, store: store, answerLink: links)
            try await InvitationSending.deliver(store: store, settings: settings, seconds: seconds)
        }
    }
}
