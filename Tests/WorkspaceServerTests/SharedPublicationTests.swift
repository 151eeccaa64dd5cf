import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresNIO
import Publishing
import Testing
import WorkspacePostgres
import WorkspaceStore

@testable import PublishingPostgres
@testable import WorkspaceCore
@testable import WorkspaceServer

/// The publication ledger shared on PostgreSQL by several workspace servers: one publication
/// however many press publish at once, the same bytes and ETags everywhere, tokens valid on every
/// server, and a publication cut before its commit leaves nothing. Runs when
/// `JUMELAGE_TEST_POSTGRES_URL` names a server; each test gets a database of its own.
@Suite(.enabled(if: SharedDatabase.serverURL != nil), .serialized)
struct SharedPublicationTests {
    static let publicFeed = "quebec-namur-2024-2026-public.ics"
    static let privateFeed = "quebec-namur-2024-2026-coordinators.ics"

    @Test func twoServersPressingPublishAtOnceMakeOnePublicationAndServeTheSameBytes() async throws {
        let database = try await SharedDatabase()
        let first = try await WorkspaceFixture(database: database.url)
        let second = try await WorkspaceFixture(database: database.url)
        let marie = try await first.account("marie")
        let paul = try await second.account("paul")
        async let firstPress = Self.press(first, marie)
        async let secondPress = Self.press(second, paul)
        let (firstPage, secondPage) = try await (firstPress, secondPress)
        #expect(firstPage.contains("id=\"publie\""))
        #expect(secondPage.contains("id=\"publie\""))
        #expect(firstPage.contains("n° 1.") && secondPage.contains("n° 1."))
        let counts = try await Self.counts(first)
        #expect(counts["ledger_publication"] == 1)
        let feedNames = try Self.servedFeedNames(first)
        #expect(feedNames.contains(Self.publicFeed))
        for name in feedNames {
            let (firstBody, firstTag) = try await Self.get("/feeds/\(name)", from: first)
            let (secondBody, secondTag) = try await Self.get("/feeds/\(name)", from: second)
            #expect(firstBody == secondBody, "\(name)")
            #expect(firstTag != nil && firstTag == secondTag, "\(name)")
        }
        try await Self.expectSameFiles(first, second)
        let manifest = try Data(contentsOf: first.folder.appendingPathComponent("publication/publication.json"))
        #expect(try PublicationManifest.decode(manifest).ledger == first.services.sharedLedger?.store.storeName)
    }

    @Test func aPublicationOnOneServerIsServedByAnotherListening() async throws {
        let database = try await SharedDatabase()
        let first = try await WorkspaceFixture(database: database.url)
        let second = try await WorkspaceFixture(database: database.url)
        #expect(second.services.feeds.publicationHealth == nil)
        try await second.listeningForPublications {
            _ = try await Self.press(first, try await first.account("marie"))
            try await SharedDatabaseTests.eventually { second.services.feeds.publicationHealth?.id == 1 }
            let (firstBody, firstTag) = try await Self.get("/feeds/\(Self.publicFeed)", from: first)
            let (secondBody, secondTag) = try await Self.get("/feeds/\(Self.publicFeed)", from: second)
            #expect(firstBody == secondBody && firstBody.hasPrefix("BEGIN:VCALENDAR"))
            #expect(firstTag == secondTag)
            try await Self.expectSameFiles(first, second)
        }
    }

    @Test func aTokenCreatedOnOneServerOpensThePrivateFeedOnAnotherUntilRevoked() async throws {
        let database = try await SharedDatabase()
        let first = try await WorkspaceFixture(database: database.url)
        let second = try await WorkspaceFixture(database: database.url)
        let marie = try await first.account("marie")
        try await second.listeningForPublications {
            _ = try await Self.press(first, marie)
            let created = try await first.application().test(.router) { client in
                try await client.execute(
                    uri: "/espace/publication/jetons", method: .post, headers: marie.formHeaders(),
                    body: marie.form([("label", "Namur"), ("feed", Self.privateFeed)])
                ).body.text
            }
            let link = try #require(created.components(separatedBy: "/feeds/private/").dropFirst().first?.prefix { $0 != "\"" })
            let uri = "/feeds/private/\(link)"
            #expect(uri.hasSuffix("/\(Self.privateFeed)"))
            try await SharedDatabaseTests.eventually { second.services.feeds.publicationHealth?.id == 1 }
            try await Self.eventuallyStatus(.ok, uri, on: second)
            let (onFirst, _) = try await Self.get(uri, from: first)
            let (onSecond, _) = try await Self.get(uri, from: second)
            #expect(onFirst == onSecond && onFirst.hasPrefix("BEGIN:VCALENDAR"))
            let tokens = try await first.services.sharedLedger?.store.tokens() ?? []
            #expect(tokens.count == 1)
            let id = try #require(tokens.first?.id)
            let revoked = try await first.application().test(.router) { client in
                try await client.execute(
                    uri: "/espace/publication/jetons/\(id)/revoquer", method: .post, headers: marie.formHeaders(), body: marie.form([])
                ).status
            }
            #expect(revoked == .seeOther)
            try await Self.eventuallyStatus(.notFound, uri, on: second)
            try await Self.eventuallyStatus(.notFound, uri, on: first)
        }
    }

    enum Cut: String, CaseIterable, Sendable {
        /// The publisher itself fails just before COMMIT.
        case hookThrows
        /// The server ends the publishing connection (`pg_terminate_backend`) just before COMMIT.
        case backendTerminated
    }

    struct Refused: Error {}

    @Test(arguments: Cut.allCases)
    func aPublicationCutBeforeItsCommitLeavesNoTraceAndTheNextOneConverges(cut: Cut) async throws {
        let database = try await SharedDatabase()
        let first = try await WorkspaceFixture(database: database.url)
        let second = try await WorkspaceFixture(database: database.url)
        let shared = try #require(first.services.sharedLedger)
        #expect(try await Self.publishDirectly(first).isNew)
        let before = try await Self.counts(first)
        try await Self.retitle(first)
        let serverURL = try PostgresURL.parse(try #require(SharedDatabase.serverURL), environment: [:])
        await #expect(throws: SharedPublicationError.self) {
            try await Self.publishDirectly(first) { connection in
                switch cut {
                case .hookThrows:
                    throw Refused()
                case .backendTerminated:
                    let pid = try #require(
                        try await connection.query("SELECT pg_backend_pid()", logger: Logger(label: "test")).collect().first?.decode(
                            Int32.self))
                    #expect(try await SharedDatabase.run(on: serverURL, "SELECT pg_terminate_backend(\(pid), 10000)") == 1)
                }
            }
        }
        #expect(try await Self.counts(first) == before)
        #expect(try await shared.store.lastPublication()?.id == 1)
        // The working copy, ahead of the store after the failed publication, is made again.
        #expect(try PublicationLedger(path: shared.replicaPath).lastPublication()?.id == 1)
        let again = try await Self.publishDirectly(first)
        #expect(again.isNew && again.report.publication.id == 2)
        let storeRows = try #require(try await shared.store.rows(after: nil))
        #expect(storeRows.publications.map(\.id) == [1, 2])
        #expect(try PublicationLedger(path: shared.replicaPath).rows(after: 0) == storeRows)
        try await second.services.sharedLedger?.catchUp()
        second.services.feeds.reload(force: true)
        #expect(try PublicationLedger(path: second.services.ledgerPath).rows(after: 0) == storeRows)
        #expect(second.services.feeds.publicationHealth?.id == 2)
        for name in try Self.servedFeedNames(first) {
            let (firstBody, firstTag) = try await Self.get("/feeds/\(name)", from: first)
            let (secondBody, secondTag) = try await Self.get("/feeds/\(name)", from: second)
            #expect(firstBody == secondBody && firstTag == secondTag, "\(name)")
        }
    }

    // MARK: Helpers

    /// Renames the Québec–Namur follow-up committee through `fixture`'s workspace: its feeds change.
    static func retitle(_ fixture: WorkspaceFixture) async throws {
        let workspace = fixture.services.workspace
        let loaded = try #require(workspace.snapshot.plan(id: "quebec-namur-2024-2026"))
        let text = loaded.document.text.replacingOccurrences(
            of: "fr: Comité de suivi du protocole", with: "fr: Comité de suivi du protocole (révisé)")
        #expect(text != loaded.document.text)
        _ = try await workspace.save(
            file: loaded.file, text: text, baseRevision: loaded.document.revision,
            intent: SaveIntent(planID: loaded.id, userID: nil, author: "Marie", summary: "titre", eventIDs: [], at: WorkspaceFixture.now))
    }

    /// Presses "publish" on a server's page; returns the page it answers.
    static func press(_ fixture: WorkspaceFixture, _ session: WorkspaceFixture.Session) async throws -> String {
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/espace/publication", method: .post, headers: session.formHeaders(), body: session.form([]))
            #expect(response.status == .ok, "\(response.body.text.suffix(1500))")
            return response.body.text
        }
    }

    /// Publishes the fixture's plans into the shared store as the publish route does, with a step
    /// run just before the commit.
    static func publishDirectly(
        _ fixture: WorkspaceFixture, beforeCommit: (@Sendable (PostgresConnection) async throws -> Void)? = nil
    ) async throws -> SharedPublicationOutcome {
        let shared = try #require(fixture.services.sharedLedger)
        let result = try #require(fixture.services.workspace.snapshot.result)
        let publisher = PublishRoutes(services: fixture.services).publisher
        let pages = publisher.pages(result, mobility: fixture.services.workspace.snapshot.mobility, at: WorkspaceFixture.now).map {
            PublicationFile(path: "pages/" + $0.name, bytes: $0.bytes)
        }
        let outcome = try await shared.publish(
            try publisher.input(result, mobility: fixture.services.workspace.snapshot.mobility), pages: pages,
            options: publisher.options(by: "test", at: WorkspaceFixture.now), beforeCommit: beforeCommit)
        fixture.services.feeds.reload(force: true)
        return outcome
    }

    /// Rows of every ledger table of the fixture's database, by table.
    static func counts(_ fixture: WorkspaceFixture) async throws -> [String: Int64] {
        let store = try #require(fixture.services.sharedLedger?.store)
        let tables = [
            "ledger_publication", "ledger_feed_blob", "ledger_published_feed", "ledger_event_version", "ledger_published_event",
            "ledger_feed_token", "ledger_file_blob", "ledger_publication_file",
        ]
        return try await store.transaction { connection in
            var counts: [String: Int64] = [:]
            for table in tables {
                counts[table] = try await store.rows(connection, PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table)")).first?
                    .decode(Int64.self)
            }
            return counts
        }
    }

    /// The public feeds of the publication the fixture serves (private ones need a token).
    static func servedFeedNames(_ fixture: WorkspaceFixture) throws -> [String] {
        let manifest = try PublicationManifest.decode(
            try Data(contentsOf: fixture.folder.appendingPathComponent("publication/publication.json")))
        return manifest.feeds.filter { $0.visibility == .public }.map(\.name)
    }

    /// Every file of the store's last publication is in both servers' publication folders, with the store's bytes.
    static func expectSameFiles(_ first: WorkspaceFixture, _ second: WorkspaceFixture) async throws {
        let store = try #require(first.services.sharedLedger?.store)
        let last = try #require(try await store.lastPublication())
        let digests = try await store.fileDigests(ofPublication: last.id)
        #expect(digests.keys.contains { $0.hasPrefix("pages/") })
        #expect(digests.keys.contains(PublicationManifest.fileName))
        for (path, sha256) in digests {
            for fixture in [first, second] {
                let bytes = try Data(contentsOf: fixture.folder.appendingPathComponent("publication/" + path))
                #expect(FileDigest.sha256(bytes) == sha256, "\(path)")
            }
        }
    }

    /// The body and ETag of a GET through the fixture's router.
    static func get(_ uri: String, from fixture: WorkspaceFixture) async throws -> (String, String?) {
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok, "\(uri)")
            return (response.body.text, response.headers[.eTag])
        }
    }

    static func eventuallyStatus(_ status: HTTPResponse.Status, _ uri: String, on fixture: WorkspaceFixture) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            fixture.services.feeds.reload()
            let answered = try await fixture.application().test(.router) { client in try await client.execute(uri: uri, method: .get).status
            }
            if answered == status { return }
            guard ContinuousClock.now < deadline else {
                Issue.record("\(uri) answered \(answered), not \(status), within 10 s")
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}

extension WorkspaceFixture {
    /// Runs this server's publication listener (as `jumelage workspace` does on PostgreSQL) while `body` runs.
    func listeningForPublications(_ body: () async throws -> Void) async throws {
        let shared = try #require(services.sharedLedger)
        var logger = Logger(label: "test")
        logger.logLevel = .error
        let listener = PublicationListener(shared: shared, feeds: services.feeds, logger: logger, pollInterval: .seconds(30))
        let task = Task { try await listener.run() }
        defer { task.cancel() }
        try await body()
    }
}
