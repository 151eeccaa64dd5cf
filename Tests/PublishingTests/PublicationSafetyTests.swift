import TestSupport
import FeedModel
import Foundation
import Scheduling
import PlanFormat
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

    /// A feed name keeps the plan and audience it was first published for: plan `a` with a
    /// partner `x-public`, then plan `a-partner-x` whose public feed has the same name, into the
    /// same folder and ledger: refused, and the first feed stays as it was.
    @Test func aFeedNameCannotChangeHands() throws {
        let workspace = F.workspace()
        func plan(_ id: String, partner: String, event: String) throws -> PublicationInput {
            let yaml = """
                jumelage: 1
                id: \(id)
                title: Essai
                revision: 2026-12-01T09:00:00Z
                horizon: {from: 2027-01-01, to: 2027-12-31}
                partners:
                  - {id: quebec, name: Québec, country: CA, timezone: America/Toronto}
                  - {id: \(partner), name: Partenaire, country: BE, timezone: Europe/Brussels}
                events:
                \(event)
                """
            return PublicationInput(try WorkspacePlanner.plan([try PlanLoader.load(data: Data(yaml.utf8), file: "\(id).yaml")]))
        }
        let first = try plan(
            "a", partner: "x-public",
            event: """
                  - {id: secret, title: Rencontre confidentielle, date: 2027-03-11, host: quebec, confidential: true, audiences: ["partner:x-public"]}
                """)
        try FeedPublisher(options: F.options(workspace, at: "2027-01-10T10:00:00Z")).publish(first)
        let before = F.feed("a-partner-x-public.ics", in: workspace)
        #expect(before.contains("Rencontre confidentielle"))
        let second = try plan(
            "a-partner-x", partner: "namur",
            event: """
                  - {id: ouvert, title: Séance publique, date: 2027-03-10, host: quebec, audiences: [public]}
                """)
        #expect(
            throws: PublicationError.feedNameTaken(
                "a-partner-x-public.ics", earlier: "partner:x-public", earlierPlan: "a",
                now: "public", plan: "a-partner-x")
        ) {
            try FeedPublisher(options: F.options(workspace, at: "2027-01-11T10:00:00Z")).publish(second)
        }
        #expect(F.feed("a-partner-x-public.ics", in: workspace) == before)
    }

    /// Holiday feeds recorded before audiences were (NULL in the ledger) stay public.
    @Test func holidayFeedsOfAnOlderLedgerStayPublic() throws {
        let workspace = F.workspace()
        let holiday = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n"
        try FeedIndex.write(
            [Feed(planID: nil, audience: .holidays("BE"), fileName: "holidays-BE.ics", text: holiday, eventCount: 0)],
            into: workspace.feeds)
        try F.publish([F.comite], into: workspace, at: "2027-01-10T10:00:00Z")
        try PublicationLedger(path: workspace.ledger).database.write { try $0.execute(sql: "UPDATE publishedFeed SET audience = NULL") }
        try FileManager.default.removeItem(atPath: workspace.feeds + "/feeds.json")
        let report = try F.publish([F.comite], into: workspace, at: "2027-01-11T10:00:00Z")
        let entry = try #require(report.manifest.feeds.first { $0.name == "holidays-BE.ics" })
        #expect(entry.visibility == .public)
        #expect(entry.audience == .holidays("BE"))
        #expect(report.manifest.feeds.first { $0.name == "essai-partner-namur.ics" }?.visibility == .private)
    }
}
