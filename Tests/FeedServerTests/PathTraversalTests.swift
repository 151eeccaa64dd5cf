import FeedModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FeedServer

/// Nothing but a listed feed ever leaves the server, whatever the path says.
@Suite struct PathTraversalTests {
    let fixture = ServerFixture()

    @Test func traversalAttemptsAreThePlain404() async throws {
        try fixture.publish()
        // A file beside the folder that an escaping path would reach.
        try Data("secret".utf8).write(to: URL(fileURLWithPath: (fixture.root as NSString).appendingPathComponent("secret.ics")))
        let token = try fixture.ledger().createToken(label: nil, feeds: nil, createdBy: "tests", at: 1).token
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            let missing = try await client.execute(uri: "/feeds/nope.ics", method: .get)
            let attempts = [
                "/feeds/../secret.ics",
                "/feeds/../feeds/\(ServerFixture.coordinatorsFeed)",
                "/feeds/%2e%2e/secret.ics",
                "/feeds/%2E%2E%2Fsecret.ics",
                "/feeds/..%2fsecret.ics",
                "/feeds/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/feeds/....//secret.ics",
                "/feeds//etc/passwd",
                "/feeds/%2Fetc%2Fpasswd",
                "/feeds//\(fixture.root)/secret.ics",
                "/feeds/\(fixture.feeds)/\(ServerFixture.publicFeed)",
                "/feeds/\(ServerFixture.publicFeed)%00",
                "/feeds/\(ServerFixture.publicFeed)%00.txt",
                "/feeds/%00.ics",
                "/feeds/..",
                "/feeds/.",
                "/feeds/.\(ServerFixture.publicFeed)",
                "/feeds/publication.json",
                "/feeds/%70ublication.json",
                "/feeds/private/\(token)/../\(ServerFixture.publicFeed)",
                "/feeds/private/\(token)/..%2f\(ServerFixture.coordinatorsFeed)",
                "/feeds/private/\(token)/%2e%2e/secret.ics",
                "/feeds/private/../../secret.ics",
                "/feeds/private/\(token)/\(ServerFixture.coordinatorsFeed)%00",
                "/feeds/private/\(token)//\(ServerFixture.coordinatorsFeed)",
                "/../secret.ics",
                "/%2e%2e/secret.ics",
            ]
            for uri in attempts {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.body == missing.body, "\(uri)")
                #expect(response.stableHeaders == missing.stableHeaders, "\(uri)")
            }
        }
    }

    @Test func feedNames() {
        #expect(FeedName.isValid("quebec-namur-2024-2026-public.ics"))
        #expect(FeedName.isValid("holidays-BE-WAL-NAMUR.ics"))
        for bad in [
            "../x.ics", "x/y.ics", "..ics", ".x.ics", "a..b.ics", "x.ics\u{0}", "x%2e.ics", "x.ics.txt", ".ics", "x y.ics", "é.ics",
        ] {
            #expect(!FeedName.isValid(bad), "\(bad)")
        }
    }
}
