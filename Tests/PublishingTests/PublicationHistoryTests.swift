import TestSupport
import FeedModel
import Foundation
import Testing

@testable import Publishing

/// Three publications of one plan: an event moved, then another removed, then its date passes.
@Suite struct PublicationHistoryTests {
    typealias F = PublishingFixture

    @Test func movedThenRemovedThenOver() throws {
        let workspace = F.workspace()
        let all = [F.comite, F.mission, F.webinaire, F.interne]

        // 1. First publication: every event new, SEQUENCE 0, stamped with the publication time.
        let first = try F.publish(all, into: workspace, at: "2027-01-10T10:00:00Z")
        let v1 = F.events(F.publicFeed(workspace))
        #expect(v1.count == 3)
        for block in v1.values {
            #expect(F.value("SEQUENCE", in: block) == "0")
            #expect(F.value("DTSTAMP", in: block) == "20270110T100000Z")
            #expect(F.value("LAST-MODIFIED", in: block) == "20270110T100000Z")
        }
        #expect(first.feeds.first { $0.name == "essai-public.ics" }?.outcomes["new"] == 3)

        // 2. The committee moves a week: SEQUENCE 1, new LAST-MODIFIED; the others keep their bytes.
        let second = try F.publish([F.comiteMoved, F.mission, F.webinaire, F.interne], into: workspace, at: "2027-01-20T08:30:00Z")
        let v2 = F.events(F.publicFeed(workspace))
        let moved = try #require(v2["Comité de suivi"])
        #expect(F.value("SEQUENCE", in: moved) == "1")
        #expect(F.value("DTSTART", in: moved) == "20270317T100000")
        #expect(F.value("LAST-MODIFIED", in: moved) == "20270120T083000Z")
        #expect(F.value("DTSTAMP", in: moved) == "20270120T083000Z")
        #expect(F.value("UID", in: moved) != nil)
        #expect(F.value("UID", in: moved) == F.value("UID", in: v1["Comité de suivi"]!))
        #expect(v2["Mission à Québec"] == v1["Mission à Québec"])
        #expect(v2["Webinaire des partenaires"] == v1["Webinaire des partenaires"])
        #expect(second.feeds.first { $0.name == "essai-public.ics" }?.outcomes == ["rescheduled": 1, "unchanged": 2])

        // 3. The mission is removed: cancelled, SEQUENCE + 1, "ANNULÉ – "; the others untouched.
        let third = try F.publish([F.comiteMoved, F.webinaire, F.interne], into: workspace, at: "2027-02-01T12:00:00Z")
        let v3 = F.events(F.publicFeed(workspace))
        let cancelled = try #require(v3["ANNULÉ – Mission à Québec"])
        #expect(F.value("STATUS", in: cancelled) == "CANCELLED")
        #expect(F.value("SEQUENCE", in: cancelled) == "1")
        #expect(F.value("LAST-MODIFIED", in: cancelled) == "20270201T120000Z")
        #expect(F.value("UID", in: cancelled) == F.value("UID", in: v1["Mission à Québec"]!))
        #expect(!cancelled.contains("BEGIN:VALARM"), "a cancelled event rings no alarm")
        #expect(v3["Comité de suivi"] == v2["Comité de suivi"])
        #expect(v3["Webinaire des partenaires"] == v1["Webinaire des partenaires"])
        #expect(third.feeds.first { $0.name == "essai-public.ics" }?.outcomes == ["cancelled": 1, "unchanged": 2])

        // 4. Still cancelled a month later, with the same bytes.
        try F.publish([F.comiteMoved, F.webinaire, F.interne], into: workspace, at: "2027-03-01T12:00:00Z")
        #expect(F.events(F.publicFeed(workspace))["ANNULÉ – Mission à Québec"] == cancelled)

        // 5. Once its last day is over everywhere, it leaves the feed.
        let fifth = try F.publish([F.comiteMoved, F.webinaire, F.interne], into: workspace, at: "2027-05-09T00:00:00Z")
        #expect(F.events(F.publicFeed(workspace))["ANNULÉ – Mission à Québec"] == nil)
        #expect(fifth.feeds.first { $0.name == "essai-public.ics" }?.expired == 1)

        // The ledger has every version.
        let ledger = try PublicationLedger(path: workspace.ledger)
        let uid = try #require(F.value("UID", in: moved))
        #expect(try ledger.versions(feed: "essai-public.ics", uid: uid).map(\.sequence) == [0, 1])
        let missionUID = try #require(F.value("UID", in: cancelled))
        let missionVersions = try ledger.versions(feed: "essai-public.ics", uid: missionUID)
        #expect(missionVersions.map(\.status) == ["CONFIRMED", "CANCELLED"])
        #expect(missionVersions.last?.vevent == cancelled)
        #expect(try ledger.publications().map(\.publishedBy) == Array(repeating: "tests", count: 5))
    }

    @Test func wordsOnlyChangeKeepsSequence() throws {
        let workspace = F.workspace()
        try F.publish([F.comite], into: workspace, at: "2027-01-10T10:00:00Z")
        try F.publish([F.comiteRenamed], into: workspace, at: "2027-01-11T10:00:00Z")
        let block = try #require(F.events(F.publicFeed(workspace))["Comité de suivi élargi"])
        #expect(F.value("SEQUENCE", in: block) == "0")
        #expect(F.value("LAST-MODIFIED", in: block) == "20270111T100000Z")
    }

    @Test func republishingUnchangedPlanKeepsEveryByte() throws {
        let workspace = F.workspace()
        let all = [F.comite, F.mission, F.webinaire, F.interne]
        let first = try F.publish(all, into: workspace, at: "2027-01-10T10:00:00Z")
        let before = try FileManager.default.contentsOfDirectory(atPath: workspace.feeds).filter { $0.hasSuffix(".ics") }
            .map { F.feed($0, in: workspace) }
        let second = try F.publish(all, into: workspace, at: "2027-01-12T10:00:00Z")
        let after = try FileManager.default.contentsOfDirectory(atPath: workspace.feeds).filter { $0.hasSuffix(".ics") }
            .map { F.feed($0, in: workspace) }
        #expect(before == after)
        #expect(second.manifest.publication == first.manifest.publication + 1)
        #expect(second.manifest.feeds.map(\.modifiedAt) == first.manifest.feeds.map(\.modifiedAt))
        #expect(second.feeds.allSatisfy { !$0.changed })
    }

    @Test func pastEventsBeyondTheWindowAreLeftOut() throws {
        let workspace = F.workspace()
        try F.publish([F.ancien, F.comite], into: workspace, at: "2027-01-10T10:00:00Z", keepPastDays: 365)
        #expect(F.events(F.publicFeed(workspace)).keys.sorted() == ["Comité de suivi"])
        try F.publish([F.ancien, F.comite], into: workspace, at: "2027-01-10T11:00:00Z", keepPastDays: 3650)
        #expect(F.events(F.publicFeed(workspace)).keys.sorted() == ["Ancienne visite", "Comité de suivi"])
    }

    @Test func aFeedThePlanNoLongerMakesKeepsItsEventsCancelled() throws {
        let workspace = F.workspace()
        let withTerrebonne = F.comite.replacingOccurrences(of: "host: namur", with: "host: terrebonne")
        try F.publish([withTerrebonne], into: workspace, at: "2027-01-10T10:00:00Z", partners: ["quebec", "namur", "terrebonne"])
        try F.publish([F.comite], into: workspace, at: "2027-01-11T10:00:00Z")
        let text = F.feed("essai-partner-terrebonne.ics", in: workspace)
        let block = try #require(F.events(text)["ANNULÉ – Comité de suivi"])
        #expect(F.value("STATUS", in: block) == "CANCELLED")
        let manifest = try PublicationManifest.decode(Data(F.feed("publication.json", in: workspace).utf8))
        #expect(manifest.feeds.contains { $0.name == "essai-partner-terrebonne.ics" })
    }

    @Test func publicationTimesNeverGoBackwards() throws {
        let workspace = F.workspace()
        let first = try F.publish([F.comite], into: workspace, at: "2027-01-10T10:00:00Z")
        let second = try F.publish([F.comiteMoved], into: workspace, at: "2027-01-09T10:00:00Z")
        #expect(second.publication.publishedAt == first.publication.publishedAt + 1)
        let block = try #require(F.events(F.publicFeed(workspace))["Comité de suivi"])
        #expect(F.value("LAST-MODIFIED", in: block) == "20270110T100001Z")
    }

    @Test func englishFeedsSayCancelled() throws {
        let workspace = F.workspace()
        var options = F.options(workspace, at: "2027-01-10T10:00:00Z")
        options.language = .en
        _ = try FeedPublisher(options: options).publish(PublicationInput(F.result(F.plan([F.comite, F.mission])), language: .en))
        options.now = F.instant("2027-01-11T10:00:00Z")
        _ = try FeedPublisher(options: options).publish(PublicationInput(F.result(F.plan([F.comite])), language: .en))
        #expect(F.events(F.publicFeed(workspace))["CANCELLED – Mission to Québec"] != nil)
    }

    @Test func theManifestListsEveryFeedWithItsHash() throws {
        let workspace = F.workspace()
        let report = try F.publish([F.comite, F.interne], into: workspace, at: "2027-01-10T10:00:00Z")
        let manifest = try PublicationManifest.decode(Data(F.feed("publication.json", in: workspace).utf8))
        #expect(manifest == report.manifest)
        #expect(
            manifest.feeds.map(\.name) == [
                "essai-coordinators.ics", "essai-partner-namur.ics",
                "essai-partner-quebec.ics", "essai-public.ics",
            ])
        for feed in manifest.feeds {
            #expect(FileDigest.sha256(Data(F.feed(feed.name, in: workspace).utf8)) == feed.sha256)
            #expect(feed.visibility == (feed.name.hasSuffix("-public.ics") ? .public : .private))
        }
        #expect(manifest.ledger == workspace.ledger)
    }

    @Test func holidayFeedsInTheFolderArePublishedAsTheyAre() throws {
        let workspace = F.workspace()
        let holiday = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n"
        try FeedIndex.write(
            [Feed(planID: nil, audience: .holidays("CA-QC"), fileName: "holidays-CA-QC.ics", text: holiday, eventCount: 0)],
            into: workspace.feeds)
        let report = try F.publish([F.comite], into: workspace, at: "2027-01-10T10:00:00Z")
        let entry = try #require(report.manifest.feeds.first { $0.name == "holidays-CA-QC.ics" })
        #expect(entry.visibility == .public)
        #expect(entry.audience == .holidays("CA-QC"))
        #expect(entry.plan == nil)
        #expect(entry.sha256 == FileDigest.sha256(Data(holiday.utf8)))
    }

    /// A file is published as it is only when `feeds.json` says whom it is for: its name says nothing.
    @Test func feedsTheIndexDoesNotListAreNotPublished() throws {
        let workspace = F.workspace()
        try FileManager.default.createDirectory(atPath: workspace.feeds, withIntermediateDirectories: true)
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n"
        for name in ["holidays-CA-QC.ics", "mobilite-x.ics", "autre-public.ics"] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: workspace.feeds + "/" + name))
        }
        let report = try F.publish([F.comite], into: workspace, at: "2027-01-10T10:00:00Z")
        #expect(
            report.manifest.feeds.map(\.name) == [
                "essai-coordinators.ics", "essai-partner-namur.ics",
                "essai-partner-quebec.ics", "essai-public.ics",
            ])
    }
}
