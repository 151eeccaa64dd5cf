import Foundation
@testable import Registry
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FeedServer
@testable import FeedModel

/// The pages publish writes: students' pages, the registry and reports for anyone, the dashboard behind a
/// token that opens a coordinators' feed, and nothing else from the pages folder.
@Suite struct PageRouteTests {
    let fixture = ServerFixture()

    func writePages(in store: FeedStore) throws {
        let folder = (store.directory as NSString).appendingPathComponent("pages")
        try AtomicFileWriter.write([
            ("\(folder)/etudiants.html", Data("<h1>Étudiants</h1>".utf8)),
            ("\(folder)/students.html", Data("<h1>Students</h1>".utf8)),
            ("\(folder)/registre.html", Data("<h1>Registre des ententes</h1>".utf8)),
            ("\(folder)/registry.html", Data("<h1>Registry of agreements</h1>".utf8)),
            ("\(folder)/tableau-de-bord.html", Data("<h1>Tableau de bord</h1>".utf8)),
            ("\(folder)/rapport-annuel-essai-2027.md", Data("# Rapport".utf8)),
        ])
    }

    @Test func publicPagesAndTheDashboardBehindAToken() async throws {
        try fixture.publish()
        let ledger = try fixture.ledger()
        let coordinator = try ledger.createToken(label: "BRI", feeds: nil, createdBy: "tests", at: 1).token
        let partner = try ledger.createToken(label: "Namur", feeds: [ServerFixture.namurFeed], createdBy: "tests", at: 1).token
        let store = fixture.store()
        try writePages(in: store)
        let app = try fixture.application(store)
        try await app.test(.router) { client in
            let students = try await client.execute(uri: "/etudiants", method: .get)
            #expect(students.status == .ok)
            #expect(String(buffer: students.body).contains("Étudiants"))
            #expect(students.headers[.contentType] == "text/html; charset=utf-8")
            #expect(try await client.execute(uri: "/rapports/rapport-annuel-essai-2027.md", method: .get).status == .ok)
            for (uri, text) in [("/registre", "Registre des ententes"), ("/registry", "Registry of agreements")] {
                let registry = try await client.execute(uri: uri, method: .get)
                #expect(registry.status == .ok, "\(uri)")
                #expect(String(buffer: registry.body).contains(text))
                #expect(registry.headers[.contentType] == "text/html; charset=utf-8")
            }

            let missing = try await client.execute(uri: "/feeds/nope.ics", method: .get)
            let dashboard = try await client.execute(uri: "/private/\(coordinator)/tableau-de-bord", method: .get)
            #expect(dashboard.status == .ok)
            #expect(String(buffer: dashboard.body).contains("Tableau de bord"))
            for uri in [
                "/tableau-de-bord", "/private/\(partner)/tableau-de-bord", "/private/wrong/tableau-de-bord",
                "/private/\(coordinator)/..%2fpublication.json", "/rapports/..%2f..%2fpublication.json",
                "/rapports/publication.json", "/dashboard",
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.body == missing.body, "\(uri) answers the one 404")
            }
        }
    }

    /// A partner named like the coordinators' feed (`…-partner-tourisme-coordinators.ics`) does
    /// not open the dashboard: the audience recorded for the feed decides, not its name.
    @Test func aPartnerFeedNamedLikeTheCoordinatorsDoesNotOpenTheDashboard() async throws {
        try fixture.publish(
            ServerFixture.plan().replacingOccurrences(of: "  - id: namur\n", with: "  - id: tourisme-coordinators\n")
                .replacingOccurrences(of: "host: namur", with: "host: tourisme-coordinators"))
        let ledger = try fixture.ledger()
        let partner = try ledger.createToken(
            label: "Tourisme", feeds: ["essai-partner-tourisme-coordinators.ics"], createdBy: "tests",
            at: 1
        ).token
        let coordinators = try ledger.createToken(label: "BRI", feeds: [ServerFixture.coordinatorsFeed], createdBy: "tests", at: 1).token
        let store = fixture.store()
        try writePages(in: store)
        let app = try fixture.application(store)
        try await app.test(.router) { client in
            let byPartner = try await client.execute(uri: "/private/\(partner)/tableau-de-bord", method: .get)
            #expect(byPartner.status == .notFound)
            let byCoordinators = try await client.execute(uri: "/private/\(coordinators)/tableau-de-bord", method: .get)
            #expect(byCoordinators.status == .ok)
        }
    }
}
