import Delivery
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// With `--smtp`, a publication from the workspace queues the invitations it implies (each with
/// its answer link when the workspace has a public address) and the publication page shows the
/// outbox: states, attempts, the last error. The SMTP server here is a closed port: delivery is
/// deferred with its reason (the real exchange is `tools/smtp_e2e.py`'s, against aiosmtpd).
@Suite struct WorkspaceMailTests {
    static func closedPort() throws -> SMTPSettings {
        try SMTPSettings(server: try SMTPServerAddress(parsing: "smtp://127.0.0.1:1"), environment: [:], connectTimeout: .seconds(2))
    }

    static let now = Int64(WorkspaceFixture.now.timeIntervalSince1970) + 86_400

    @Test func aPublicationQueuesTheInvitationsAndThePageShowsTheOutbox() async throws {
        let fixture = try await WorkspaceFixture(
            files: [], texts: ["invitations.yaml": InvitationAnswerRouteTests.plan], smtp: try Self.closedPort())
        let admin = try await fixture.account("bri@quebec.example")
        try await fixture.application().test(.router) { client in
            let before = try await client.execute(uri: "/espace/publication", method: .get, headers: admin.headers)
            #expect(before.body.text.contains("Les invitations partent par <code>smtp://127.0.0.1:1</code>"))
            #expect(
                before.body.text.contains("Aucune invitation pour l&#39;instant.")
                    || before.body.text.contains("Aucune invitation pour l'instant."))

            let published = try await client.execute(
                uri: "/espace/publication", method: .post, headers: admin.formHeaders(), body: admin.form([]))
            #expect(published.status == .ok)
            let entries = try await fixture.services.mail.outbox.entries()
            #expect(entries.map(\.recipient).sorted() == ["adjointe@namur.example", "maire@quebec.example"])
            #expect(entries.allSatisfy { $0.state == .pending && $0.kind == "request" })
            // No public address (`--base-url`): no answer link in the messages.
            let queued = try await fixture.services.mail.outbox.due(now: Self.now, limit: 10)
            #expect(queued.count == 2)
            #expect(queued.allSatisfy { Self.decodedParts($0.bytes).contains { $0.contains("BEGIN:VCALENDAR") } })
            #expect(queued.allSatisfy { !Self.decodedParts($0.bytes).contains { $0.contains("/invitation/") } })

            let round = try await OutboxDeliverer(
                store: fixture.services.mail.outbox, settings: try Self.closedPort(), clock: { Self.now }
            ).deliverDue()
            #expect(round.sent == 0 && round.deferred == 2)
            let page = try await client.execute(uri: "/espace/publication", method: .get, headers: admin.headers)
            let outbox = try #require(page.body.text.range(of: "id=\"boite-envoi\"").map { String(page.body.text[$0.lowerBound...]) })
            #expect(outbox.contains("en attente : 2"))
            #expect(outbox.contains("<td>adjointe@namur.example</td>"))
            #expect(outbox.contains("<td>1</td>"), "one attempt")
            #expect(try #require(try await fixture.services.mail.outbox.entries().first?.lastError).isEmpty == false)
        }
        let again = try await fixture.services.mail.publicationMade(
            schedule: try #require(fixture.services.workspace.snapshot.result?.schedule), date: WorkspaceFixture.now, baseURL: nil,
            store: fixture.services.store)
        #expect(again == 0, "an unchanged publication queues nothing")
    }

    @Test func withAPublicAddressEachInvitationCarriesAWorkingAnswerLink() async throws {
        let fixture = try await WorkspaceFixture(
            files: [], texts: ["invitations.yaml": InvitationAnswerRouteTests.plan], smtp: try Self.closedPort())
        let schedule = try #require(fixture.services.workspace.snapshot.result?.schedule)
        let queued = try await fixture.services.mail.publicationMade(
            schedule: schedule, date: WorkspaceFixture.now, baseURL: "https://jumelage.quebec.example", store: fixture.services.store)
        #expect(queued == 2)
        let entries = try await fixture.services.mail.outbox.due(now: Self.now, limit: 10)
        let adjointe = try #require(entries.first { $0.recipient == "adjointe@namur.example" })
        let text = Self.decodedParts(adjointe.bytes).joined(separator: "\n")
        let link = try #require(
            text.firstRange(of: #/https://jumelage\.quebec\.example/invitation/[A-Za-z0-9_.\-]+/#).map { String(text[$0]) })
        try await fixture.application().test(.router) { client in
            let page = try await client.execute(uri: String(link.dropFirst("https://jumelage.quebec.example".count)), method: .get)
            #expect(page.status == .ok)
            #expect(page.body.text.contains("Marie &lt;Mimi&gt; Dupont"))
        }
    }

    /// The message's base64 parts (every part of an invitation is base64), decoded.
    static func decodedParts(_ bytes: [UInt8]?) -> [String] {
        let text = String(decoding: bytes ?? [], as: UTF8.self)
        return text.components(separatedBy: "\r\n\r\n").compactMap { chunk in
            let lines = chunk.components(separatedBy: "\r\n").prefix { !$0.hasPrefix("--") && !$0.isEmpty }
            return Data(base64Encoded: lines.joined()).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
