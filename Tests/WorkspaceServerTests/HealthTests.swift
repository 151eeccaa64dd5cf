import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

@Suite struct HealthTests {
    @Test func healthSaysWhichDatabaseAndThatItAnswers() async throws {
        let fixture = try await WorkspaceFixture()
        let app = try fixture.application()
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let database = try #require(report["database"] as? [String: Any])
            #expect(database["kind"] as? String == "sqlite")
            #expect(database["answers"] as? Bool == true)
            #expect(report["plans"] as? Int == 4)
            #expect(report["plansNotLoading"] as? Int == 0)
        }
    }
}

/// A workspace folder with no plan yet starts, answers and lists nothing.
@Suite struct EmptyWorkspaceTests {
    @Test func anEmptyFolderServesAnEmptyWorkspace() async throws {
        let fixture = try await WorkspaceFixture(files: [])
        let admin = try await fixture.account("admin")
        let app = try fixture.application()
        try await app.test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            let plans = try await client.execute(uri: "/espace", method: .get, headers: admin.headers)
            #expect(plans.status == .ok)
            let calendar = try await client.execute(uri: "/espace/calendrier", method: .get, headers: admin.headers)
            #expect(calendar.status == .ok)
            let missing = try await client.execute(uri: "/espace/plans/rien", method: .get, headers: admin.headers)
            #expect(missing.status == .notFound)
        }
    }
}
