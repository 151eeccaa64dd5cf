import TestSupport
import FeedModel
import Foundation
import Testing

@testable import Publishing

/// Publications refused or cut short leave the ledger and the folder consistent.
@Suite struct PublicationSafetyTests {
    typealias F = PublishingFixture

    /// Two feeds with one name (a plan `holidays` with a partner `CA` next to Canada's holidays,
    /// say): refused before anything is recorded or written.
    @Test func twoFeedsWithOneNamePublishNothing() throws {
        let workspace = F.workspace()
        var input = PublicationInput(try F.result(F.plan([F.comite])))
        let clash = try #require(input.feeds.first { $0.audience == .coordinators })
        input.fixedFeeds = [Feed(planID: nil, audience: .holidays("X"), fileName: clash.fileName, text: "", eventCount: 0)]
        #expect(throws: PublicationError.duplicateFeed(clash.fileName)) {
            try FeedPublisher(options: F.options(workspace, at: "2027-01-10T10:00:00Z")).publish(input)
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.feeds))
        #expect(!FileManager.default.fileExists(atPath: workspace.ledger))
    }

    @Test func killedBeforeTheCommitLeavesTheOldPublication() throws {
        let workspace = F.workspace()
        try F.publish([F.comite, F.mission], into: workspace, at: "2027-01-10T10:00:00Z")
        let before = F.publicFeed(workspace)
        let manifestBefore = F.feed("publication.json", in: workspace)

        var options = F.options(workspace, at: "2027-01-11T10:00:00Z")
        options.interruption = .beforeCommit
        #expect(throws: PublicationError.interrupted) {
            try FeedPublisher(options: options).publish(PublicationInput(F.result(F.plan([F.comiteMoved, F.mission]))))
        }
        #expect(F.publicFeed(workspace) == before)
        #expect(F.feed("publication.json", in: workspace) == manifestBefore)
        #expect(try PublicationLedger(path: workspace.ledger).publications().count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.feeds).contains { $0.hasSuffix(".publishing") })

        // The next run deletes the temporaries and publishes as if nothing had happened.
        try F.publish([F.comiteMoved, F.mission], into: workspace, at: "2027-01-12T10:00:00Z")
        #expect(try !FileManager.default.contentsOfDirectory(atPath: workspace.feeds).contains { $0.hasSuffix(".publishing") })
        let block = try #require(F.events(F.publicFeed(workspace))["Comité de suivi"])
        #expect(F.value("SEQUENCE", in: block) == "1")
        #expect(F.value("LAST-MODIFIED", in: block) == "20270112T100000Z")
    }

    @Test func killedWhileRenamingIsFinishedFromTheLedger() throws {
        let workspace = F.workspace()
        try F.publish([F.comite, F.mission, F.interne], into: workspace, at: "2027-01-10T10:00:00Z")
        let manifestBefore = F.feed("publication.json", in: workspace)

        var options = F.options(workspace, at: "2027-01-11T10:00:00Z")
        options.interruption = .afterCommit(installed: 1)
        #expect(throws: PublicationError.interrupted) {
            try FeedPublisher(options: options).publish(PublicationInput(F.result(F.plan([F.comiteMoved, F.interne]))))
        }
        // Committed, half renamed: the manifest is still the old one, and some feed differs from it.
        let ledger = try PublicationLedger(path: workspace.ledger)
        let committed = try #require(try ledger.lastPublication())
        #expect(try ledger.publications().count == 2)
        #expect(F.feed("publication.json", in: workspace) == manifestBefore)
        let oldManifest = try PublicationManifest.decode(Data(manifestBefore.utf8))
        #expect(oldManifest.feeds.contains { FileDigest.sha256(Data(F.feed($0.name, in: workspace).utf8)) != $0.sha256 })

        // The next run restores the committed publication, then publishes on top of it without
        // counting the change twice.
        let report = try F.publish([F.comiteMoved, F.interne], into: workspace, at: "2027-01-12T10:00:00Z")
        #expect(report.repaired.contains("publication.json"))
        let committedManifest = try ledger.manifest(for: committed)
        #expect(report.manifest.feeds.map(\.sha256) == committedManifest.feeds.map(\.sha256))
        let blocks = F.events(F.publicFeed(workspace))
        #expect(F.value("SEQUENCE", in: blocks["Comité de suivi"]!) == "1")
        #expect(F.value("LAST-MODIFIED", in: blocks["Comité de suivi"]!) == "20270111T100000Z")
        #expect(F.value("SEQUENCE", in: blocks["ANNULÉ – Mission à Québec"]!) == "1")
        for feed in report.manifest.feeds {
            #expect(FileDigest.sha256(Data(F.feed(feed.name, in: workspace).utf8)) == feed.sha256)
        }
    }

    @Test func aSecondPublisherWaitsItsTurn() throws {
        let workspace = F.workspace()
        try FileManager.default.createDirectory(atPath: workspace.feeds, withIntermediateDirectories: true)
        let lock = try PublicationLock(directory: workspace.feeds)
        #expect(throws: PublicationError.busy(directory: workspace.feeds)) {
            try F.publish([F.comite], into: workspace, at: "2027-01-10T10:00:00Z")
        }
        withExtendedLifetime(lock) {}
    }

    @Test func theLedgerIsMigratedOnceAndReopened() throws {
        let workspace = F.workspace()
        try F.publish([F.comite], into: workspace, at: "2027-01-10T10:00:00Z")
        let reopened = try PublicationLedger(path: workspace.ledger)
        #expect(try reopened.publications().count == 1)
        let readOnly = try PublicationLedger(path: workspace.ledger, readOnly: true)
        #expect(try readOnly.lastPublication()?.publishedAt == PublicationManifest.seconds("2027-01-10T10:00:00Z"))
    }
}
