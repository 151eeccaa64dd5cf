import ArgumentParser
import Bilingual
import CivilTime
import FeedModel
import Foundation
import Mobility
import Pages
import PlanModel
import Scheduling

/// `jumelage pages PATH... --out DIR [--today YYYY-MM-DD] [--base-url URL] [--token-hint]`
struct PagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pages",
        abstract: "Write the students' pages, the coordinators' dashboard, the registry and the annual reports as static files.",
        discussion: """
            Writes etudiants.html, students.html, tableau-de-bord.html, dashboard.html, registre.html, \
            registry.html, rapport-annuel-PLAN-YEAR.{html,md} and annual-report-PLAN-YEAR.{html,md} into DIR, and the \
            mobility feeds the subscribe buttons point to into DIR/FEEDS-PATH. Files are written only once \
            every page is rendered. Exits with 2 (after writing) when no schedule satisfies the constraints: \
            the dashboard then shows the conflicts.
            """)

    @Argument(help: "Plan files, or folders of them.")
    var paths: [String]

    @Option(help: ArgumentHelp("Folder to write the pages to.", valueName: "DIR"))
    var out: String

    @Option(help: ArgumentHelp("The day that decides what is past and what is coming (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: ArgumentHelp("Address the site is published at; subscribe links point to it.", valueName: "URL"))
    var baseURL: String = "http://localhost:8080/"

    @Option(help: ArgumentHelp("Folder of the feeds, relative to the base URL and to DIR.", valueName: "PATH"))
    var feedsPath: String = "feeds/"

    @Flag(help: "Link the dashboard from the students' pages (it is served behind the coordinator token).")
    var tokenHint = false

    @OptionGroup var planning: PlanningArguments

    func validate() throws {
        if let today, CivilDate(iso: today) == nil {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--today doit être une date AAAA-MM-JJ, pas « \(today) »", en: "--today must be a date YYYY-MM-DD, not '\(today)'")
            ).validation
        }
        guard baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") else {
            throw CommandLineError.usage(
                LocalizedText(fr: "--base-url doit commencer par https:// ou http://", en: "--base-url must start with https:// or http://")
            ).validation
        }
        guard !feedsPath.contains(".."), !feedsPath.hasPrefix("/") else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--feeds-path doit être un dossier relatif comme feeds/",
                    en: "--feeds-path must be a relative folder such as feeds/")
            ).validation
        }
    }

    func run() throws {
        try Failure.guarded {
            let workspace = try Workspace.load(paths: paths, calendars: planning.calendars)
            let result = try WorkspacePlanner.plan(workspace.plans, options: planning.options(for: paths))
            let mobility = workspace.mobility
            let day =
                today.flatMap { CivilDate(iso: $0) }
                ?? CivilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
            let renderer = PageRenderer(
                result: result, mobility: mobility, baseURL: baseURL, today: day, feedsPath: feedsPath,
                linkStyle: .staticFiles, dashboardLink: tokenHint)
            var files = renderer.files().map { ((out as NSString).appendingPathComponent($0.name), Data($0.text.utf8)) }
            let feedFolder = (out as NSString).appendingPathComponent(feedsPath)
            let feeds = try MobilityFeedBuilder().feeds(for: mobility)
            files += feeds.map { ((feedFolder as NSString).appendingPathComponent($0.fileName), Data($0.text.utf8)) }
            try AtomicFileWriter.write(files)
            let french = Failure.language == .fr
            print(
                french
                    ? "\(files.count - feeds.count) pages et \(feeds.count) flux de mobilité écrits dans \(out)"
                    : "\(files.count - feeds.count) pages and \(feeds.count) mobility feeds written to \(out)")
            if result.status == .infeasible || result.status == .unknown { throw ExitCode(2) }
        }
    }
}
