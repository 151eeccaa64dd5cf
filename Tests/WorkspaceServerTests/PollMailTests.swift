import Delivery
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkspacePolls
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// With `--smtp`, creating a poll emails each respondent with an address their personal link,
/// in their language and zone, from the plan's organizer, through the outbox.
@Suite struct PollMailTests {
    static let plan = """
        jumelage: 1
        id: sondages
        title: {fr: Sondages, en: Polls}
        language: fr
        revision: 2026-11-15T09:00:00Z
        horizon: {from: 2026-01-01, to: 2027-12-31}
        organizer: {name: "Bureau des relations internationales (Québec)", email: bri@quebec.example}
        partners:
          - {id: quebec, name: Ville de Québec, country: CA, timezone: America/Toronto}
          - {id: namur, name: Ville de Namur, country: BE, timezone: Europe/Brussels}
        people:
          - {id: maire, name: Bruno Marchand, partner: quebec, email: maire@quebec.example}
          - {id: bourgmestre, name: Maxime Prévot, partner: namur, email: bourgmestre@namur.example}
          - {id: sansadresse, name: Paul Sans Adresse, partner: namur}
        events:
          - id: visio
            title: {fr: Visioconférence <suivi>, en: Follow-up <video> call}
            start: 2026-12-08T14:00
            duration: 2h
            host: quebec
            mode: virtual
            travellers: [maire, bourgmestre, sansadresse]
            schedule:
              window: {from: 2026-12-07, to: 2026-12-18}

        """

    @Test func creatingAPollEmailsEachLinkInTheRespondentsLanguageAndZone() async throws {
        let fixture = try await WorkspaceFixture(files: [], texts: ["sondages.yaml": Self.plan], smtp: try WorkspaceMailTests.closedPort())
        let session = try await fixture.account("bri@quebec.example")
        let path = "/espace/plans/sondages/evenements/visio/sondage"
        try await fixture.application().test(.router) { client in
            let form = try await client.execute(uri: path, method: .get, headers: session.headers)
            #expect(form.status == .ok)
            let days = form.body.text.matches(of: #/name="day" id="[^"]+" value="(\d{4}-\d{2}-\d{2})"/#).map { String($0.output.1) }
            #expect(days.count >= 3)
            let fields: [(String, String)] =
                days.prefix(3).map { ("day", $0) } + [
                    ("who", "person:maire"), ("who", "person:bourgmestre"), ("who", "person:sansadresse"), ("lifetime", "14"),
                ]
            let created = try await client.execute(uri: path, method: .post, headers: session.formHeaders(), body: session.form(fields))
            #expect(created.status == .created)
            #expect(created.body.text.contains("Liens envoyés par courriel à maire@quebec.example, bourgmestre@namur.example."))
            let links = PollRouteTests.links(in: created.body.text)
            #expect(links.count == 3)

            let queued = try await fixture.services.mail.outbox.due(now: WorkspaceMailTests.now, limit: 10)
            #expect(queued.map(\.recipient).sorted() == ["bourgmestre@namur.example", "maire@quebec.example"])
            #expect(queued.allSatisfy { $0.kind == "poll" && $0.sender == "bri@quebec.example" })
            let byRecipient = Dictionary(uniqueKeysWithValues: queued.map { ($0.recipient, WorkspaceMailTests.decodedParts($0.bytes)) })
            let maire = try #require(byRecipient["maire@quebec.example"]).joined()
            let bourgmestre = try #require(byRecipient["bourgmestre@namur.example"]).joined()
            #expect(maire.contains("Bonjour Bruno Marchand") && maire.contains("America/Toronto"))
            #expect(maire.contains(try #require(links["Bruno Marchand"])))
            #expect(bourgmestre.contains(try #require(links["Maxime Prévot"])))
            // The same 14:00 in Québec is 20:00 in Namur; the HTML escapes the title.
            #expect(maire.contains("14:00") && bourgmestre.contains("20:00"))
            #expect(maire.contains("Visioconférence &lt;suivi&gt;") && maire.contains("Visioconférence <suivi>"))
        }
    }
}
