import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// People added through their YAML, then a mission with two of them as travellers through the
/// event form: saved, loaded and given a date by the solver inside its window.
@Suite struct ElementTests {
    static let plan = "quebec-namur-2024-2026"

    @Test func addPeopleThenAMissionWithTwoTravellers() async throws {
        let fixture = try await WorkspaceFixture()
        let admin = try await fixture.account("admin")
        let app = try fixture.application()
        try await app.test(.router) { client in
            for (id, name) in [("alice-tremblay", "Alice Tremblay"), ("benoit-lambert", "Benoît Lambert")] {
                let list = try await client.execute(uri: "/espace/plans/\(Self.plan)/elements", method: .get, headers: admin.headers)
                let revision = try #require(hiddenValue("revision", in: list.body.text))
                let added = try await client.execute(
                    uri: "/espace/plans/\(Self.plan)/elements/people", method: .post, headers: admin.formHeaders(),
                    body: admin.form([("revision", revision), ("block", "id: \(id)\nname: \(name)\npartner: quebec\n")]))
                #expect(added.status == .seeOther, "\(added.body.text.suffix(1500))")
            }
            let page = try await client.execute(uri: "/espace/plans/\(Self.plan)/nouveau", method: .get, headers: admin.headers)
            #expect(page.body.text.contains("value=\"alice-tremblay\""))
            let revision = try #require(hiddenValue("revision", in: page.body.text))
            let fields: [(String, String)] = [
                ("revision", revision), ("id", "mission-culture-2026"), ("kind", "mission"), ("title.fr", "Mission culturelle à Namur"),
                ("title.en", "Cultural mission to Namur"), ("timing", "dates"), ("dates.from", "2026-05-04"), ("dates.to", "2026-05-07"),
                ("provisional", "true"), ("window.from", "2026-05-01"), ("window.to", "2026-06-30"), ("hosts", "namur"),
                ("origin", "quebec"),
                ("destination", "namur"), ("travellers", "alice-tremblay"), ("travellers", "benoit-lambert"), ("audiences", "public"),
            ]
            let created = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/nouveau", method: .post, headers: admin.formHeaders(), body: admin.form(fields))
            #expect(created.status == .seeOther, "\(created.body.text.suffix(3000))")
            #expect(created.headers[.location] == "/espace/plans/\(Self.plan)/evenements/mission-culture-2026")
            let event = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/mission-culture-2026", method: .get, headers: admin.headers)
            #expect(event.status == .ok)
            #expect(event.body.text.contains("id=\"explication\""))
        }
        let scheduled = try #require(
            fixture.services.workspace.snapshot.events(ofPlan: Self.plan).first { $0.activityID == "mission-culture-2026" })
        #expect(scheduled.travellerIDs == ["alice-tremblay", "benoit-lambert"])
        let first = scheduled.timing.firstDate.description
        #expect(first >= "2026-05-01" && first <= "2026-06-30")
        #expect(fixture.services.workspace.snapshot.result?.openEventIDs.contains("\(Self.plan)/mission-culture-2026") == true)
        let text = try fixture.text(of: "quebec-namur-2024-2026.yaml")
        #expect(text.contains("  - id: alice-tremblay\n    name: Alice Tremblay\n    partner: quebec\n"))
    }
}
