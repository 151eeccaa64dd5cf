import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// A person sees and changes only the plans their role allows; confidential events stay with
/// owners and editors.
@Suite struct RoleTests {
    static let plan = "quebec-namur-2024-2026"

    /// Adds a confidential meeting to the plan, as its owner would.
    static func addConfidentialEvent(_ fixture: WorkspaceFixture) async throws {
        let file = "quebec-namur-2024-2026.yaml"
        let text = try fixture.text(of: file)
        let loaded = try #require(fixture.services.workspace.snapshot.plan(id: plan))
        let added =
            text + """

                  - id: reunion-budget
                    kind: meeting
                    title: {fr: Négociation budgétaire secrète, en: Secret budget talks}
                    date: 2025-03-04
                    host: quebec
                    confidential: true

                """
        _ = try await fixture.services.workspace.save(
            file: file, text: added, baseRevision: loaded.document.revision,
            intent: SaveIntent(planID: plan, userID: nil, author: "test", summary: "confidential", eventIDs: [], at: WorkspaceFixture.now))
    }

    @Test func aViewerReadsButCannotEditAndOtherPlansDoNotExist() async throws {
        let fixture = try await WorkspaceFixture()
        try await Self.addConfidentialEvent(fixture)
        let viewer = try await fixture.account("viewer", roles: [Self.plan: .viewer])
        let app = try fixture.application()
        try await app.test(.router) { client in
            let plan = try await client.execute(uri: "/espace/plans/\(Self.plan)", method: .get, headers: viewer.headers)
            #expect(plan.status == .ok)
            #expect(!plan.body.text.contains("Nouvel événement"))
            #expect(!plan.body.text.contains("Négociation budgétaire"))
            let event = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .get, headers: viewer.headers)
            #expect(event.status == .ok)
            #expect(!event.body.text.contains("id=\"modifier\""))
            let post = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .post, headers: viewer.formHeaders(),
                body: viewer.form([("title.fr", "x")]))
            #expect(post.status == .forbidden)
            let secret = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/reunion-budget", method: .get, headers: viewer.headers)
            #expect(secret.status == .notFound)
            let text = try await client.execute(uri: "/espace/plans/\(Self.plan)/yaml", method: .get, headers: viewer.headers)
            #expect(text.status == .forbidden)
            let api = try await client.execute(uri: "/api/v1/plans/\(Self.plan)", method: .get, headers: viewer.headers)
            #expect(api.status == .ok)
            #expect(!api.body.text.contains("reunion-budget"))
            let other = try await client.execute(uri: "/espace/plans/terrebonne-namur-2024-2026", method: .get, headers: viewer.headers)
            let missing = try await client.execute(uri: "/espace/plans/no-such-plan", method: .get, headers: viewer.headers)
            #expect(other.status == .notFound && missing.status == .notFound)
            #expect(other.body.text == missing.body.text)
            let list = try await client.execute(uri: "/api/v1/plans", method: .get, headers: viewer.headers)
            let plans = try JSONDecoder().decode([APIModels.PlanSummary].self, from: Data(buffer: list.body))
            #expect(plans.map(\.id) == [Self.plan])
            let publish = try await client.execute(uri: "/espace/publication", method: .get, headers: viewer.headers)
            #expect(publish.status == .forbidden)
        }
    }

    @Test func anEditorSeesConfidentialEventsAndAPartnerEditorDoesNot() async throws {
        let fixture = try await WorkspaceFixture()
        try await Self.addConfidentialEvent(fixture)
        let editor = try await fixture.account("editor", roles: [Self.plan: .editor])
        let partner = try await fixture.account("partner", roles: [Self.plan: .partnerEditor])
        let app = try fixture.application()
        try await app.test(.router) { client in
            let seen = try await client.execute(uri: "/espace/plans/\(Self.plan)", method: .get, headers: editor.headers)
            #expect(seen.body.text.contains("Négociation budgétaire"))
            let hidden = try await client.execute(uri: "/espace/plans/\(Self.plan)", method: .get, headers: partner.headers)
            #expect(!hidden.body.text.contains("Négociation budgétaire"))
            #expect(hidden.body.text.contains("Nouvel événement"))
            let history = try await client.execute(uri: "/espace/plans/\(Self.plan)/historique/1", method: .get, headers: partner.headers)
            #expect(!history.body.text.contains("budgétaire"))
            let calendar = try await client.execute(uri: "/espace/calendrier?mois=2025-03", method: .get, headers: partner.headers)
            #expect(calendar.status == .ok)
            #expect(!calendar.body.text.contains("budgétaire"))
            let editorCalendar = try await client.execute(uri: "/espace/calendrier?mois=2025-03", method: .get, headers: editor.headers)
            #expect(editorCalendar.body.text.contains("budgétaire"))
        }
    }

    @Test func aFormWithoutTheSessionsTokenIsRefused() async throws {
        let fixture = try await WorkspaceFixture()
        let admin = try await fixture.account("admin")
        let before = try fixture.text(of: "quebec-namur-2024-2026.yaml")
        let app = try fixture.application()
        try await app.test(.router) { client in
            let response = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/yaml", method: .post, headers: admin.formHeaders(),
                body: admin.form([("revision", "x"), ("text", "jumelage: 1\n")], csrf: false))
            #expect(response.status == .forbidden)
        }
        #expect(try fixture.text(of: "quebec-namur-2024-2026.yaml") == before)
    }
}
