import CivilTime
import FeedModel
import Feeds
import Foundation
import Mobility
import Pages
import Publishing
import Scheduling

/// The one way the workspace publishes: the plans' feeds and the mobility feeds through the
/// ledger (atomic, SEQUENCE-keeping), then the pages. `preview` says what would change.
package struct SitePublisher: Sendable {
    package var folder: String
    package var ledgerPath: String
    package var baseURL: String

    package init(folder: String, ledgerPath: String, baseURL: String) {
        self.folder = folder
        self.ledgerPath = ledgerPath
        self.baseURL = baseURL
    }

    package func input(_ result: PlanningResult, mobility: MobilitySchedule?) throws -> PublicationInput {
        PublicationInput(
            plans: result.schedule.plans.map { .init(id: $0.id, revision: $0.revision.description, language: $0.language) },
            feeds: FeedBuilder(language: nil).calendars(for: result.schedule),
            fixedFeeds: try mobility.map { try MobilityFeedBuilder().feeds(for: $0) } ?? [])
    }

    package func options(by author: String, at now: Date) -> PublicationOptions {
        PublicationOptions(
            outputDirectory: folder, ledgerPath: ledgerPath, keepPastDays: 365, publishedBy: author,
            now: Instant(secondsSinceEpoch: Int64(now.timeIntervalSince1970)))
    }

    package func preview(_ result: PlanningResult, mobility: MobilitySchedule?, at now: Date) throws -> [PublicationReport.FeedSummary] {
        try FeedPublisher(options: options(by: "preview", at: now)).preview(input(result, mobility: mobility))
    }

    package func publish(_ result: PlanningResult, mobility: MobilitySchedule?, by author: String, at now: Date) throws -> PublicationReport
    {
        let report = try FeedPublisher(options: options(by: author, at: now)).publish(input(result, mobility: mobility))
        let pageFolder = (folder as NSString).appendingPathComponent("pages")
        try AtomicFileWriter.makeFolder(pageFolder)
        try AtomicFileWriter.write(
            pages(result, mobility: mobility, at: now).map { ((pageFolder as NSString).appendingPathComponent($0.name), $0.bytes) })
        return report
    }

    /// The pages published with the feeds (students, dashboard, registry, reports), by file name.
    package func pages(_ result: PlanningResult, mobility: MobilitySchedule?, at now: Date) -> [(name: String, bytes: Data)] {
        PageRenderer(
            result: result, mobility: mobility ?? MobilitySchedule(programmes: [], windows: [], balances: [], warnings: []),
            baseURL: baseURL,
            today: Instant(secondsSinceEpoch: Int64(now.timeIntervalSince1970)).utc.date, feedsPath: "feeds/",
            linkStyle: .routes, dashboardLink: false
        ).files().map { ($0.name, Data($0.text.utf8)) }
    }
}
