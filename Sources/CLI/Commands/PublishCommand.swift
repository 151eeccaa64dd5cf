import ArgumentParser
import Bilingual
import CalDAVPush
import CivilTime
import Delivery
import FeedModel
import Feeds
import Foundation
import Mobility
import Pages
import PlanModel
import Publishing
import PublishingPostgres
import Scheduling
import WorkspacePostgres

/// `jumelage publish PATH... (--out DIR [--ledger FILE] | --database URL [--out DIR]) [--keep-past DAYS] [--by NAME]`
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Plans, then publishes the feeds into a folder with the ledger's memory of earlier publications.",
        discussion: """
            Unchanged events keep their exact bytes; moved ones get SEQUENCE+1; removed ones stay \
            cancelled ("ANNULÉ – ") until they are over. Publishes the mobility feeds too, writes \
            DIR/publication.json for `jumelage serve` and the pages (students, dashboard, registry, annual reports) \
            into DIR/pages. An infeasible plan publishes nothing (exit 2). With --database postgres://…, the \
            publication goes into the shared ledger every `jumelage workspace` on that database serves \
            (one publication at a time; all of it or nothing); --out then also writes its files into DIR.
            """)

    @Argument(help: "Plan files, or folders whose *.yaml plans are planned together.")
    var paths: [String]

    @Option(help: ArgumentHelp("Folder the feeds are published to (optional with --database).", valueName: "DIR"))
    var out: String?

    @Option(
        help: ArgumentHelp(
            "The shared ledger: postgres://user[:password]@host[:port]/database (the password may be in PGPASSWORD instead).",
            valueName: "URL"))
    var database: String?

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
    @OptionGroup var caldav: CalDAVArguments

    func validate() throws {
        if let database {
            guard PostgresURL.isPostgres(database) else {
                throw CommandLineError.usage(
                    LocalizedText(fr: "--database attend une adresse postgres://", en: "--database expects a postgres:// URL"),
                    fix: LocalizedText(
                        fr: "sans base partagée, publiez avec --out DOSSIER [--ledger FICHIER]",
                        en: "without a shared database, publish with --out DIR [--ledger FILE]")
                ).validation
            }
            do { _ = try PostgresURL.parse(database) } catch { throw CommandLineError.usage(error.message, fix: error.fix).validation }
            guard mail.smtp == nil, caldav.caldav == nil else {
                throw CommandLineError.usage(
                    LocalizedText(
                        fr: "--smtp et --caldav ne vont pas encore avec --database", en: "--smtp and --caldav do not go with --database yet"
                    ),
                    fix: LocalizedText(
                        fr:
                            "lancez « jumelage workspace … --database … --smtp/--caldav » et publiez depuis l'espace, ou publiez sans --database",
                        en:
                            "run 'jumelage workspace … --database … --smtp/--caldav' and publish from the workspace, or publish without --database"
                    )
                ).validation
            }
            guard ledger == nil else {
                throw CommandLineError.usage(
                    LocalizedText(
                        fr: "--ledger et --database s'excluent : le registre est dans la base",
                        en: "--ledger and --database exclude each other: the ledger is in the database"),
                    fix: LocalizedText(fr: "retirez --ledger", en: "remove --ledger")
                ).validation
            }
        } else if out == nil {
            throw CommandLineError.usage(
                LocalizedText(fr: "--out DOSSIER manque", en: "--out DIR is missing"),
                fix: LocalizedText(
                    fr: "nommez le dossier de publication, ou la base partagée avec --database postgres://…",
                    en: "name the publication folder, or the shared database with --database postgres://…")
            ).validation
        }
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
            let caldavTarget = try caldav.target()
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
            let out = out ?? ""
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
            if let database {
                let pages = PageRenderer(
                    result: result, mobility: mobility, baseURL: baseURL, today: Instant(secondsSinceEpoch: clock).utc.date,
                    feedsPath: "feeds/", linkStyle: .routes, dashboardLink: false
                ).files().map { PublicationFile(path: "pages/" + $0.name, bytes: Data($0.text.utf8)) }
                try SharedPublishing.publish(
                    input, pages: pages, options: options, database: try PostgresURL.parse(database), out: self.out, format: format,
                    language: language)
                return
            }
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
            // The publication stands whatever follows; a failed push does not stop the invitations
            // (nor the reverse): the first failure is the exit status.
            var failure: (any Error)?
            if let caldavTarget {
                do { try pushToCalDAV(report, target: caldavTarget, ledgerPath: options.ledgerPath, language: language) } catch {
                    failure = error
                }
            } else {
                switch format {
                case .json: print(String(decoding: report.manifest.encoded(), as: UTF8.self), terminator: "")
                case .text: print(report.rendered(in: language), terminator: "")
                }
            }
            if let smtpSettings {
                do {
                    try sendInvitations(
                        schedule: result.schedule, ledgerPath: options.ledgerPath, date: Instant(secondsSinceEpoch: clock),
                        settings: smtpSettings)
                } catch { failure = failure ?? error }
            }
            if let failure { throw failure }
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

    /// Pushes the published feeds and prints the publication's report with the push's. A push that
    /// failed leaves the publication as it is and exits 1; conflicts are reported, exit 0.
    private func pushToCalDAV(_ report: PublicationReport, target: CalDAVTarget, ledgerPath: String, language: Language) throws {
        let out = out ?? ""
        let pushed: CalDAVPushReport
        do throws(CalDAVPushError) {
            pushed = try CalDAVPublication.push(
                report, folder: out, target: target, ledgerPath: ledgerPath, overwrite: caldav.caldavOverwrite, language: language)
        } catch {
            print(report.rendered(in: language), terminator: "")
            Failure.printError(error.rendered(in: language))
            throw ExitCode(1)
        }
        switch format {
        case .json:
            print(
                String(decoding: CanonicalJSON.encode(PublicationWithPush(manifest: report.manifest, caldav: pushed)), as: UTF8.self),
                terminator: "")
        case .text: print(report.rendered(in: language) + pushed.rendered(in: language), terminator: "")
        }
        if pushed.failed {
            if let first = pushed.feeds.compactMap(\.error).first { Failure.printError(first) }
            Failure.printError(
                language == .fr
                    ? "la poussée CalDAV n'a pas abouti ; la publication dans \(out) est faite et reste ; publiez de nouveau pour reprendre la poussée"
                    : "the CalDAV push did not complete; the publication in \(out) is done and stays; publish again to resume the push")
            throw ExitCode(1)
        }
        if pushed.conflictCount > 0 {
            Failure.printError(
                language == .fr
                    ? "attention : \(pushed.conflictCount) ressources CalDAV modifiées par quelqu'un d'autre, laissées telles quelles (voir le rapport ; --caldav-overwrite les remplace)"
                    : "warning: \(pushed.conflictCount) CalDAV resources changed by someone else, left as they are (see the report; --caldav-overwrite replaces them)"
            )
        }
    }
}
