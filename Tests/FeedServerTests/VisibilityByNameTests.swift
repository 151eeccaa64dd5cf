import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FeedModel
@testable import FeedServer
@testable import PlanModel
@testable import Publishing
@testable import Scheduling

/// Who may read a feed follows from its audience, never from its name: for plan and partner ids
/// shaped like public or pass-through names (`-public`, `holidays-`, `mobilite-`…), no private
/// feed is served or listed without its token, and no confidential event reaches a public one.
@Suite struct VisibilityByNameTests {
    static let prefixes = ["", "holidays-", "mobilite-", "public-"]
    static let stems = ["a", "tourisme", "ca-qc"]
    static let suffixes = ["", "-public", "-coordinators", "-partner-x", "-ics"]

    /// Every id these pieces make, in a fixed order.
    static let ids: [String] = prefixes.flatMap { prefix in
        stems.flatMap { stem in suffixes.map { prefix + stem + $0 } }
    }

    /// Pairs (plan id, partner id) drawn by a fixed generator: the same pairs every run.
    static let pairs: [(plan: String, partner: String)] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let fixed = [("essai", "tourisme-public"), ("holidays-ca-qc", "public"), ("mobilite-unamur-uqtr", "holidays")]
        return fixed + (0..<21).map { _ in (ids[next() % ids.count], ids[next() % ids.count]) }
    }()

    static func plan(id: String, partner: String) -> String {
        """
        jumelage: 1
        id: \(id)
        title: {fr: Plan, en: Plan}
        language: fr
        revision: 2026-12-01T09:00:00Z
        horizon: {from: 2027-01-01, to: 2027-12-31}
        partners:
          - id: quebec
            name: Ville de Québec
            country: CA
            timezone: America/Toronto
          - id: \(partner)
            name: Partenaire
            country: BE
            timezone: Europe/Brussels
        events:
          - id: ouverte
            title: Séance publique
            date: 2027-03-10
            host: quebec
            audiences: [public]
          - id: secrete
            title: Rencontre confidentielle
            date: 2027-03-11
            host: quebec
            confidential: true
            audiences: [partner:\(partner)]
          - id: interne
            title: Réunion interne
            date: 2027-03-12
            host: quebec
            audiences: [coordinators]
        """
    }

    @Test(arguments: pairs.map { "\($0.plan) \($0.partner)" })
    func privateFeedsStayPrivate(pair: String) async throws {
        let parts = pair.split(separator: " ").map(String.init)
        let fixture = ServerFixture()
        let report = try fixture.publish(Self.plan(id: parts[0], partner: parts[1]))
        let byName = Dictionary(uniqueKeysWithValues: report.manifest.feeds.map { ($0.name, $0) })
        #expect(byName["\(parts[0])-partner-\(parts[1]).ics"]?.audience == .partner(parts[1]))
        #expect(byName["\(parts[0])-public.ics"]?.audience == .public)
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            let index = String(buffer: try await client.execute(uri: "/", method: .get).body)
            let missing = try await client.execute(uri: "/feeds/nope.ics", method: .get)
            for feed in report.manifest.feeds {
                let response = try await client.execute(uri: "/feeds/\(feed.name)", method: .get)
                if feed.audience?.isPublic == true {
                    #expect(response.status == .ok, "\(feed.name)")
                    #expect(index.contains(feed.name), "\(feed.name)")
                    let body = String(buffer: response.body)
                    #expect(!body.contains("confidentielle") && !body.contains("Réunion interne"), "\(feed.name)")
                } else {
                    #expect(feed.visibility == .private, "\(feed.name)")
                    #expect(response.status == .notFound, "\(feed.name)")
                    #expect(response.body == missing.body, "\(feed.name)")
                    #expect(!index.contains(feed.name), "\(feed.name) is listed")
                }
            }
        }
    }
}
