import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// The answer link of an invitation: no account, a signed token, a double-submit form; the
/// answer shows on the event's page.
@Suite struct InvitationAnswerRouteTests {
    static let plan = """
        jumelage: 1
        id: invitations
        title: {fr: Plan d'invitations, en: Invitations plan}
        language: fr
        revision: 2025-01-15T09:00:00Z
        horizon: {from: 2026-01-01, to: 2026-12-31}
        organizer: {name: "Bureau des relations internationales (Québec)", email: bri@quebec.example}
        partners:
          - {id: quebec, name: Ville de Québec, country: CA, timezone: America/Toronto, holidays: [CA-QC]}
          - {id: namur, name: Ville de Namur, country: BE, timezone: Europe/Brussels}
        people:
          - {id: maire, name: Bruno Marchand, partner: quebec, email: maire@quebec.example}
          - {id: adjointe, name: "Marie <Mimi> Dupont", partner: namur, email: Adjointe@Namur.example}
        events:
          - id: comite
            kind: committee
            title: {fr: "Comité <Québec & Namur>", en: "Committee <Québec & Namur>"}
            start: 2026-06-11T10:00
            duration: 1h30
            host: quebec
            travellers: [maire]
            attendees: [adjointe]

        """

    @Test func anInviteeAnswersThroughTheLinkAndTheCoordinatorsSeeIt() async throws {
        let fixture = try await WorkspaceFixture(files: [], texts: ["invitations.yaml": Self.plan])
        let event = try #require(fixture.services.workspace.snapshot.events(ofPlan: "invitations").first)
        let key = try await fixture.services.store.invitationKey()
        let token = InvitationLink.token(uid: event.uid, address: "adjointe@namur.example", key: key)
        let admin = try await fixture.account("bri@quebec.example")
        try await fixture.application().test(.router) { client in
            let page = try await client.execute(uri: "/invitation/\(token)", method: .get)
            #expect(page.status == .ok)
            #expect(page.body.text.contains("Comité &lt;Québec &amp; Namur&gt;"))
            #expect(page.body.text.contains("Marie &lt;Mimi&gt; Dupont"))
            #expect(!page.body.text.contains("maire@quebec.example"))
            let form = try #require(hiddenValue("form", in: page.body.text))
            let headers: HTTPFields = [.cookie: "\(Cookies.formToken)=\(form)", .contentType: "application/x-www-form-urlencoded"]

            let noCookie = try await client.execute(
                uri: "/invitation/\(token)", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "form=\(form)&answer=DECLINED"))
            #expect(noCookie.status == .unprocessableContent)
            #expect(try await fixture.services.store.invitationAnswers(uid: event.uid).isEmpty)

            let unknownChoice = try await client.execute(
                uri: "/invitation/\(token)", method: .post, headers: headers, body: ByteBuffer(string: "form=\(form)&answer=MAYBE"))
            #expect(unknownChoice.status == .unprocessableContent)

            let declined = try await client.execute(
                uri: "/invitation/\(token)", method: .post, headers: headers, body: ByteBuffer(string: "form=\(form)&answer=DECLINED"))
            #expect(declined.status == .seeOther)
            #expect(declined.headers[.location] == "/invitation/\(token)?merci=1")
            let answers = try await fixture.services.store.invitationAnswers(uid: event.uid)
            #expect(answers.map(\.address) == ["adjointe@namur.example"] && answers.map(\.choice) == [.declined])
            let thanks = try await client.execute(uri: "/invitation/\(token)?merci=1", method: .get)
            #expect(thanks.body.text.contains("votre réponse est enregistrée") && thanks.body.text.contains("<strong>décline</strong>"))

            let eventPage = try await client.execute(
                uri: "/espace/plans/invitations/evenements/comite", method: .get, headers: admin.headers)
            let invitees = try #require(
                eventPage.body.text.range(of: "id=\"invites\"").map { String(eventPage.body.text[$0.lowerBound...]) })
            #expect(
                invitees.contains("Bruno Marchand</td><td>maire@quebec.example</td><td><span class=\"badge muted\">pas encore de réponse"))
            #expect(
                invitees.contains(
                    "Marie &lt;Mimi&gt; Dupont</td><td>Adjointe@Namur.example</td><td><span class=\"badge cancelled\">décline"))
        }
    }

    @Test(arguments: [
        ("forged", HTTPResponse.Status.notFound), ("not invited", .gone), ("unknown event", .gone), ("truncated", .notFound),
    ])
    func aBadLinkAnswersNothing(example: (String, HTTPResponse.Status)) async throws {
        let fixture = try await WorkspaceFixture(files: [], texts: ["invitations.yaml": Self.plan])
        let event = try #require(fixture.services.workspace.snapshot.events(ofPlan: "invitations").first)
        let key = try await fixture.services.store.invitationKey()
        let good = InvitationLink.token(uid: event.uid, address: "adjointe@namur.example", key: key)
        let token =
            switch example.0 {
            case "forged": InvitationLink.token(uid: event.uid, address: "adjointe@namur.example", key: Array(repeating: 1, count: 32))
            case "not invited": InvitationLink.token(uid: event.uid, address: "intrus@example.org", key: key)
            case "unknown event": InvitationLink.token(uid: "absent@jumelage", address: "adjointe@namur.example", key: key)
            default: String(good.dropLast(3))
            }
        try await fixture.application().test(.router) { client in
            let page = try await client.execute(uri: "/invitation/\(token)", method: .get)
            #expect(page.status == example.1)
            #expect(!page.body.text.contains("Comité"))
            let post = try await client.execute(
                uri: "/invitation/\(token)", method: .post,
                headers: [.cookie: "\(Cookies.formToken)=x", .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "form=x&answer=ACCEPTED"))
            #expect(post.status == example.1)
        }
        #expect(try await fixture.services.store.invitationAnswers(uid: event.uid).isEmpty)
    }
}
