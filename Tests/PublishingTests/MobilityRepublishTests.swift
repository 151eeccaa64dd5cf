import CivilTime
import Foundation
import Mobility
import PlanFormat
import Scheduling
import TestSupport
import Testing

@testable import Publishing

/// Publishing the real plans twice: the mobility feeds, given ready-made, keep the plan they were
/// first published for (a second publication used to be refused as "another audience").
@Suite struct MobilityRepublishTests {
    @Test func theRealPlansPublishTwiceWithTheirMobilityFeeds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jumelage-republish-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = try PlanLoader.load(paths: [Repository.calendars.path])
        let result = try WorkspacePlanner.plan(plans)
        let mobility = try MobilityScheduler.schedule(plans, calendarsDirectory: nil)
        let fixed = try MobilityFeedBuilder().feeds(for: mobility)
        #expect(!fixed.isEmpty)
        var input = PublicationInput(result)
        input.fixedFeeds = fixed
        var reports: [PublicationReport] = []
        for (index, time) in [1_800_000_000, 1_800_086_400].enumerated() {
            let options = PublicationOptions(
                outputDirectory: folder.path, ledgerPath: folder.appendingPathComponent("ledger.sqlite").path, publishedBy: "test \(index)",
                now: Instant(secondsSinceEpoch: Int64(time)))
            reports.append(try FeedPublisher(options: options).publish(input))
        }
        let second = try #require(reports.last)
        for feed in fixed {
            let summary = try #require(second.feeds.first { $0.name == feed.fileName })
            #expect(!summary.changed, "\(feed.fileName)")
        }
        let ledger = try PublicationLedger(path: folder.appendingPathComponent("ledger.sqlite").path)
        let records = try ledger.latestFeedRecords()
        for feed in fixed { #expect(records[feed.fileName]?.planID == feed.planID) }
    }
}
