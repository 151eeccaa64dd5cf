import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FeedServer
@testable import Publishing

/// Private feeds: a token opens what it was made for; anything else is the one 404.
@Suite struct PrivateFeedTests {
    let fixture = ServerFixture()

    @Test func tokensOpenTheirFeedsOnly() async throws {
        try fixture.publish()
        let ledger = try fixture.ledger()
        let scoped = try ledger.createToken(label: "Namur", feeds: [ServerFixture.namurFeed], createdBy: "tests", at: 1).token
        let everything = try ledger.createToken(label: "BRI", feeds: nil, createdBy: "tests", at: 1).token
        let revoked = try ledger.createToken(label: "old", feeds: nil, createdBy: "tests", at: 1)
        try ledger.revokeToken(id: revoked.record.id!, at: 2)
        let store = fixture.store()
        let app = try fixture.application(store)
        try await app.test(.router) { client in
            let missing = try await client.execute(uri: "/feeds/nope.ics", method: .get)

            let namur = try await client.execute(uri: "/feeds/private/\(scoped)/\(ServerFixture.namurFeed)", method: .get)
            #expect(namur.status == .ok)
            #expect(Data(buffer: namur.body) == fixture.bytes(ServerFixture.namurFeed))
            #expect(namur.headers[.cacheControl] == "private, max-age=300")
            let coordinators = try await client.execute(uri: "/feeds/private/\(everything)/\(ServerFixture.coordinatorsFeed)", method: .get)
            #expect(coordinators.status == .ok)

            let refused = [
                "/feeds/private/\(scoped)/\(ServerFixture.coordinatorsFeed)",  // outside its scope
                "/feeds/private/\(FeedToken.generate())/\(ServerFixture.namurFeed)",  // wrong token
                "/feeds/private/\(revoked.token)/\(ServerFixture.namurFeed)",  // revoked
                "/feeds/private/not-a-token/\(ServerFixture.namurFeed)",
                "/feeds/private/\(everything)/\(ServerFixture.publicFeed)",  // public feeds are public
                "/feeds/private/\(everything)/nope.ics",
                "/feeds/\(ServerFixture.namurFeed)",  // private feed without a token
                "/feeds/private/\(everything.uppercased())/\(ServerFixture.namurFeed)",
            ]
            for uri in refused {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.body == missing.body, "\(uri)")
                #expect(response.stableHeaders == missing.stableHeaders, "\(uri)")
            }
        }
    }

    @Test func revokingATokenClosesItAtTheNextReload() async throws {
        try fixture.publish()
        let ledger = try fixture.ledger()
        let created = try ledger.createToken(label: nil, feeds: nil, createdBy: "tests", at: 1)
        let store = fixture.store()
        let app = try fixture.application(store)
        try await app.test(.router) { client in
            let uri = "/feeds/private/\(created.token)/\(ServerFixture.coordinatorsFeed)"
            #expect(try await client.execute(uri: uri, method: .get).status == .ok)
            try ledger.revokeToken(id: created.record.id!, at: 2)
            store.reload()
            let after = try await client.execute(uri: uri, method: .get)
            let missing = try await client.execute(uri: "/feeds/nope.ics", method: .get)
            #expect(after.status == .notFound)
            #expect(after.body == missing.body)
            #expect(after.stableHeaders == missing.stableHeaders)
        }
    }

    @Test func logsNeverContainTokens() async throws {
        try fixture.publish()
        let token = try fixture.ledger().createToken(label: nil, feeds: nil, createdBy: "tests", at: 1).token
        let capture = LogCapture()
        let logger = capture.logger(level: .trace)
        let app = try fixture.application(fixture.store(logger: logger), logger: logger)
        try await app.test(.router) { client in
            _ = try await client.execute(uri: "/feeds/private/\(token)/\(ServerFixture.coordinatorsFeed)", method: .get)
            _ = try await client.execute(uri: "/feeds/private/\(token)/nope.ics?token=\(token)", method: .get)
            _ = try await client.execute(uri: "/feeds/\(token)", method: .get)
        }
        #expect(capture.text.contains("/feeds/private/[token]/\(ServerFixture.coordinatorsFeed)"))
        #expect(!capture.text.contains(token))
    }

    @Test func redaction() {
        let token = FeedToken.generate()
        #expect(RedactedLogMiddleware<BasicRequestContext>.redacted("/feeds/private/\(token)/a.ics") == "/feeds/private/[token]/a.ics")
        #expect(RedactedLogMiddleware<BasicRequestContext>.redacted("/feeds/private/x/a.ics") == "/feeds/private/[token]/a.ics")
        #expect(RedactedLogMiddleware<BasicRequestContext>.redacted("/x/\(token)") == "/x/[token]")
        #expect(
            RedactedLogMiddleware<BasicRequestContext>.redacted("/feeds/terrebonne-namur-2024-2026-partner-terrebonne.ics")
                == "/feeds/terrebonne-namur-2024-2026-partner-terrebonne.ics")
    }
}
