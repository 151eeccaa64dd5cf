import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// What the pages show beyond editing: shared office hours, the year timeline, live validation.
@Suite struct PageTests {
    static let plan = "quebec-namur-2024-2026"

    @Test func aVirtualMeetingShowsTheOfficeHoursItsZonesShare() async throws {
        let fixture = try await WorkspaceFixture()
        let admin = try await fixture.account("admin")
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/point-coordination", method: .get, headers: admin.headers)
            let text = page.body.text
            #expect(text.contains("id=\"fuseaux\""))
            // 6 February 2024: Toronto is 6 hours behind Brussels; 9:00–17:00 in both share 9:00–11:00 in Toronto.
            #expect(text.contains("15:00–17:00 (Europe/Brussels)") && text.contains("09:00–11:00 (America/Toronto)"))
            let inPerson = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .get, headers: admin.headers)
            #expect(!inPerson.body.text.contains("id=\"fuseaux\""))
        }
    }

    @Test func theYearTimelineListsEachPlansEventsByMonth() async throws {
        let fixture = try await WorkspaceFixture()
        let viewer = try await fixture.account("viewer", roles: [Self.plan: .viewer])
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/espace/calendrier/annee?annee=2024", method: .get, headers: viewer.headers)
            #expect(page.status == .ok)
            let text = page.body.text
            #expect(text.contains("Québec–Namur, protocole de collaboration 2024-2026"))
            #expect(!text.contains("Terrebonne–Namur"))
            #expect(text.contains("/espace/plans/\(Self.plan)/evenements/comite-suivi"))
        }
    }

    @Test func liveValidationSaysWhichFieldIsWrongWithoutSaving() async throws {
        let fixture = try await WorkspaceFixture()
        let admin = try await fixture.account("admin")
        let before = try fixture.text(of: "quebec-namur-2024-2026.yaml")
        let app = try fixture.application()
        try await app.test(.router) { client in
            let page = try await client.execute(
                uri: "/espace/plans/\(Self.plan)/evenements/comite-suivi", method: .get, headers: admin.headers)
            let fields = EditingTests.formFields(from: page.body.text, changing: ["travellers": ["quelqu-un"]])
            var headers = admin.formHeaders()
            headers[.init("X-CSRF-Token")!] = admin.csrf
            let response = try await client.execute(
                uri: "/api/v1/plans/\(Self.plan)/events/comite-suivi/validate", method: .post, headers: headers,
                body: admin.form(fields, csrf: false))
            #expect(response.status == .ok)
            let validation = try JSONDecoder().decode(APIModels.Validation.self, from: Data(buffer: response.body))
            #expect(!validation.valid)
            #expect(validation.issues.contains { $0.field == "travellers" && $0.message.contains("quelqu-un") })
            let good = try await client.execute(
                uri: "/api/v1/plans/\(Self.plan)/events/comite-suivi/validate", method: .post, headers: headers,
                body: admin.form(EditingTests.formFields(from: page.body.text, changing: [:]), csrf: false))
            let fine = try JSONDecoder().decode(APIModels.Validation.self, from: Data(buffer: good.body))
            #expect(fine.valid && fine.issues.isEmpty)
        }
        #expect(try fixture.text(of: "quebec-namur-2024-2026.yaml") == before)
    }
}
