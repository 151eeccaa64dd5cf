import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkspaceStore

@testable import WorkspaceCore
@testable import WorkspacePages
@testable import WorkspaceServer

/// The preview says what subscribers will see; publishing serves the feeds at once and is audited.
@Suite struct PublishTests {
    @Test func previewThenPublishThenServe() async throws {
        let fixture = try await WorkspaceFixture()
        let admin = try await fixture.account("admin")
        let app = try fixture.application()
        try await app.test(.router) { client in
            let preview = try await client.execute(uri: "/espace/publication", method: .get, headers: admin.headers)
            #expect(preview.status == .ok)
            #expect(preview.body.text.contains("id=\"apercu\""))
            #expect(preview.body.text.contains("nouveau"))
            let published = try await client.execute(
                uri: "/espace/publication", method: .post, headers: admin.formHeaders(), body: admin.form([]))
            #expect(published.status == .ok, "\(published.body.text.suffix(2000))")
            #expect(published.body.text.contains("id=\"publie\""))
            let home = try await client.execute(uri: "/", method: .get)
            let feed = try #require(home.body.text.components(separatedBy: "<code>").dropFirst().first?.prefix { $0 != "<" })
            let served = try await client.execute(uri: "/feeds/\(feed)", method: .get)
            #expect(served.status == .ok)
            #expect(served.body.text.hasPrefix("BEGIN:VCALENDAR"))
            let again = try await client.execute(uri: "/espace/publication", method: .get, headers: admin.headers)
            #expect(again.body.text.contains("id=\"rien-a-publier\""))
        }
        let audit = try await fixture.services.store.auditLog(limit: 5)
        #expect(audit.first?.action == "publish")
    }
}
