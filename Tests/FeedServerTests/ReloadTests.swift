import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import FeedServer
@testable import Publishing

/// New publications are swapped in whole; broken ones leave the last good one online.
@Suite struct ReloadTests {
    let fixture = ServerFixture()

    @Test func aNewPublicationIsPickedUp() async throws {
        let first = try fixture.publish()
        let store = fixture.store()
        let app = try fixture.application(store)
        try await app.test(.router) { client in
            let before = try await client.execute(uri: "/feeds/\(ServerFixture.publicFeed)", method: .get)
            #expect(store.reload() == false, "nothing new yet")
            let second = try fixture.publish(ServerFixture.plan(committeeDate: "2027-03-17"), at: "2027-01-11T10:00:00Z")
            #expect(store.reload() == true)
            let after = try await client.execute(uri: "/feeds/\(ServerFixture.publicFeed)", method: .get)
            #expect(after.headers[.eTag] != before.headers[.eTag])
            #expect(after.headers[.lastModified] == "Mon, 11 Jan 2027 10:00:00 GMT")
            #expect(Data(buffer: after.body) == fixture.bytes(ServerFixture.publicFeed))
            // A feed whose bytes did not change keeps its Last-Modified.
            let quebec = "essai-partner-quebec.ics"
            #expect(first.manifest.feeds.first { $0.name == quebec }?.sha256 == second.manifest.feeds.first { $0.name == quebec }?.sha256)
            #expect(store.snapshot?.feeds[quebec]?.lastModified == PublicationManifest.seconds("2027-01-10T10:00:00Z"))
            let health = try await client.execute(uri: "/healthz", method: .get)
            let report = try JSONDecoder().decode(HealthReport.self, from: Data(buffer: health.body))
            #expect(report.status == "ok")
            #expect(report.publication?.id == second.manifest.publication)
            #expect(report.publication?.publishedAt == "2027-01-11T10:00:00Z")
            #expect(report.publication?.feeds == second.manifest.feeds.count)
            #expect(report.lastError == nil)
        }
    }

    @Test func aBrokenPublicationKeepsTheLastGoodOne() async throws {
        let report = try fixture.publish()
        let store = fixture.store()
        let app = try fixture.application(store)
        let manifestPath = (fixture.feeds as NSString).appendingPathComponent(PublicationManifest.fileName)
        let feedPath = (fixture.feeds as NSString).appendingPathComponent(ServerFixture.publicFeed)
        let good = fixture.bytes(ServerFixture.publicFeed)
        try await app.test(.router) { client in
            // A feed that no longer matches the manifest (a publication half done).
            try Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8).write(to: URL(fileURLWithPath: feedPath))
            store.reload(force: true)
            var response = try await client.execute(uri: "/feeds/\(ServerFixture.publicFeed)", method: .get)
            #expect(Data(buffer: response.body) == good)
            var health = try JSONDecoder().decode(
                HealthReport.self, from: Data(buffer: try await client.execute(uri: "/healthz", method: .get).body))
            #expect(health.status == "degraded")
            #expect(health.lastError?.message.contains("SHA-256") == true)
            #expect(health.publication?.id == report.manifest.publication)

            // An unreadable manifest.
            try Data(good).write(to: URL(fileURLWithPath: feedPath))
            try Data("{not json".utf8).write(to: URL(fileURLWithPath: manifestPath))
            store.reload()
            response = try await client.execute(uri: "/feeds/\(ServerFixture.publicFeed)", method: .get)
            #expect(response.status == .ok)
            #expect(Data(buffer: response.body) == good)
            health = try JSONDecoder().decode(
                HealthReport.self, from: Data(buffer: try await client.execute(uri: "/healthz", method: .get).body))
            #expect(health.status == "degraded")
            #expect(health.lastError?.message.contains("unreadable") == true)

            // Repaired by the next publication.
            try fixture.publish(at: "2027-01-12T10:00:00Z")
            store.reload()
            health = try JSONDecoder().decode(
                HealthReport.self, from: Data(buffer: try await client.execute(uri: "/healthz", method: .get).body))
            #expect(health.status == "ok")
            #expect(health.lastError == nil)
        }
    }

    @Test func nothingPublishedYet() async throws {
        try FileManager.default.createDirectory(atPath: fixture.feeds, withIntermediateDirectories: true)
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .serviceUnavailable)
            let report = try JSONDecoder().decode(HealthReport.self, from: Data(buffer: health.body))
            #expect(report.status == "unavailable")
            #expect(report.lastError?.message.contains("publication.json") == true)
            #expect(try await client.execute(uri: "/feeds/\(ServerFixture.publicFeed)", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)
        }
    }

    @Test func lastModifiedNeverGoesBackwards() throws {
        try fixture.publish()
        let store = fixture.store()
        let before = try #require(store.snapshot?.feeds[ServerFixture.publicFeed])
        // A manifest claiming other bytes with an older date (a restored backup, a clock gone back).
        try fixture.publish(ServerFixture.plan(committeeDate: "2027-03-17"), at: "2027-01-11T10:00:00Z")
        let manifestPath = (fixture.feeds as NSString).appendingPathComponent(PublicationManifest.fileName)
        var manifest = try PublicationManifest.decode(fixture.bytes(PublicationManifest.fileName))
        manifest.feeds = manifest.feeds.map { feed in
            var feed = feed
            feed.modifiedAt = "2020-01-01T00:00:00Z"
            return feed
        }
        try manifest.encoded().write(to: URL(fileURLWithPath: manifestPath))
        store.reload()
        let after = try #require(store.snapshot?.feeds[ServerFixture.publicFeed])
        #expect(after.sha256 != before.sha256)
        #expect(after.lastModified == before.lastModified + 1)
    }

    /// Many requests while publications follow one another: each answer is one publication's
    /// feed whole, with that feed's own ETag.
    @Test func atomicSwapUnderConcurrentReads() async throws {
        try fixture.publish()
        let store = fixture.store()
        let app = try fixture.application(store)
        let fixture = self.fixture
        let finished = Flag()
        let answers = try await app.test(.router) { client in
            try await withThrowingTaskGroup(of: [(String, Data)].self) { group in
                // The publisher: moves the committee back and forth while readers read.
                group.addTask {
                    for round in 0..<12 {
                        let date = round.isMultiple(of: 2) ? "2027-03-17" : "2027-03-10"
                        try fixture.publish(ServerFixture.plan(committeeDate: date), at: "2027-01-\(12 + round)T10:00:00Z")
                        store.reload()
                        try await Task.sleep(for: .milliseconds(5))
                    }
                    finished.raise()
                    return []
                }
                // Readers: 16 at a time, until the publisher is done, 50 requests each at least.
                for _ in 0..<16 {
                    group.addTask {
                        var answers: [(String, Data)] = []
                        while answers.count < 50 || !finished.isRaised {
                            let response = try await client.execute(uri: "/feeds/\(ServerFixture.publicFeed)", method: .get)
                            answers.append((response.headers[.eTag] ?? "", Data(buffer: response.body)))
                        }
                        return answers
                    }
                }
                var answers: [(String, Data)] = []
                for try await batch in group { answers += batch }
                return answers
            }
        }
        // Every version of the feed that was ever published.
        let ledger = try fixture.ledger()
        var published = Set<String>()
        for publication in try ledger.publications() {
            for feed in try ledger.feeds(ofPublication: publication.id!) where feed.name == ServerFixture.publicFeed {
                published.insert(feed.sha256)
            }
        }
        #expect(published.count >= 12)
        #expect(answers.count >= 800)
        var seen = Set<String>()
        for (tag, body) in answers {
            let sha = FileDigest.sha256(body)
            #expect(published.contains(sha), "a body that no publication made")
            #expect(tag == "\"\(sha)\"", "the ETag belongs to the body")
            seen.insert(sha)
        }
        #expect(seen.count >= 2, "the readers saw the publications change")
    }
}

/// A flag tasks share.
final class Flag: Sendable {
    private let value = Mutex(false)
    var isRaised: Bool { value.withLock { $0 } }
    func raise() { value.withLock { $0 = true } }
}
