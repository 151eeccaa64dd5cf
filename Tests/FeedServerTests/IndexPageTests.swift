import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FeedServer

@Suite struct IndexPageTests {
    let fixture = ServerFixture()

    @Test func listsPublicFeedsWithSubscriptionLinks() async throws {
        try fixture.publish(ServerFixture.plan(title: "Québec & Namur <essai>"))
        let app = try fixture.application(fixture.store())
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let html = String(buffer: response.body)
            #expect(html.contains("href=\"webcal://localhost/feeds/\(ServerFixture.publicFeed)\""))
            #expect(
                html.contains("href=\"https://calendar.google.com/calendar/r?cid=webcal://localhost/feeds/\(ServerFixture.publicFeed)\""))
            #expect(html.contains("S’abonner"))
            #expect(html.contains("Subscribe"))
            #expect(html.contains("Québec &amp; Namur &lt;essai&gt;"))
            #expect(!html.contains("<essai>"))
            #expect(!html.contains(ServerFixture.coordinatorsFeed))
            #expect(!html.contains(ServerFixture.namurFeed))
        }
    }

    @Test func aBaseURLWinsOverTheHostHeader() throws {
        let page = try IndexPage(baseURL: "https://calendriers.example.org/", fallbackHost: "127.0.0.1:8080")
        let html = page.render(nil, host: "evil.example\"><script>")
        #expect(html.contains("Aucun calendrier public"))
        #expect(!html.contains("<script>"))
        #expect(IndexPage.validHost("evil.example\"><script>") == nil)
        #expect(IndexPage.validHost("127.0.0.1:8080") == "127.0.0.1:8080")
    }
}
