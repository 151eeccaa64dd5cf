import Bilingual
import Foundation
import Testing

@testable import CalDAVPush

@Suite struct CalDAVPusherTests {
    static let feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

    static func store() throws -> (SQLiteCalDAVStateStore, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caldav-pusher-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (try SQLiteCalDAVStateStore(path: folder + "/ledger.sqlite"), folder)
    }

    @Test func unreadableCertificateAuthoritiesStopThePushBeforeAnyRequest() async throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = try CalDAVTarget(
            address: "https://alice@127.0.0.1:1/dav/", passwordVariable: "P", environment: ["P": "x"],
            certificateAuthorityFile: folder + "/none.pem")
        await #expect(throws: CalDAVPushError.self) {
            try await CalDAVPusher(target: target, store: store, language: .en).push([("a.ics", Self.feed)])
        }
    }

    @Test(arguments: [Language.fr, .en])
    func aServerThatDoesNotAnswerIsReportedPerFeedAndNothingIsRecorded(language: Language) async throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Port 1 on the loopback: nothing listens there, the connection is refused at once.
        let target = try CalDAVTarget(address: "http://alice@127.0.0.1:1/dav/", passwordVariable: "P", environment: ["P": "hunter2"])
        let report = try await CalDAVPusher(target: target, store: store, language: language).push([
            ("a.ics", Self.feed), ("b.ics", Self.feed),
        ])
        #expect(report.server == "http://alice@127.0.0.1:1/dav/")
        #expect(report.feeds.map(\.feed) == ["a.ics", "b.ics"])
        #expect(report.feeds.map(\.collection) == ["/dav/a/", "/dav/b/"])
        #expect(report.failed)
        let prefix =
            language == .fr
            ? "erreur : CalDAV http://127.0.0.1:1/dav/a/ : pas de réponse" : "error: CalDAV http://127.0.0.1:1/dav/a/: no answer"
        #expect(report.feeds.first?.error?.hasPrefix(prefix) == true)
        // The second feed is not tried against a server that does not answer: it gets the same error.
        #expect(report.feeds.last?.error == report.feeds.first?.error)
        #expect(!report.rendered(in: language).contains("hunter2"))
        #expect(try await store.records(collection: "http://127.0.0.1:1/dav/a/").isEmpty)
    }
}
