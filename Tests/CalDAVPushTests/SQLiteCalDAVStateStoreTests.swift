import Foundation
import Publishing
import Testing

@testable import CalDAVPush

@Suite struct SQLiteCalDAVStateStoreTests {
    static func temporaryFile() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caldav-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("jumelage-ledger.sqlite").path
    }

    @Test func recordsAreSavedReplacedRemovedAndKeptPerCollection() async throws {
        let path = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let first = "http://127.0.0.1:5232/alice/a/"
        let second = "http://127.0.0.1:5232/alice/b/"
        let pending = CalDAVResourceRecord(collection: first, href: "/alice/a/x.ics", uid: "x", etag: nil, contentHash: nil, pending: true)
        let done = CalDAVResourceRecord(
            collection: first, href: "/alice/a/x.ics", uid: "x", etag: "\"1\"", contentHash: "h", pending: false)
        let other = CalDAVResourceRecord(
            collection: second, href: "/alice/b/y.ics", uid: "y", etag: "\"2\"", contentHash: "k", pending: false)
        let store = try SQLiteCalDAVStateStore(path: path)
        try await store.save(pending)
        #expect(try await store.records(collection: first) == [pending.href: pending])
        try await store.save(done)
        try await store.save(other)
        #expect(try await store.records(collection: first) == [done.href: done])
        #expect(try await store.records(collection: second) == [other.href: other])

        let reopened = try SQLiteCalDAVStateStore(path: path)
        #expect(try await reopened.records(collection: first) == [done.href: done])
        try await reopened.remove(collection: first, href: done.href)
        try await reopened.remove(collection: first, href: "/never/there.ics")
        #expect(try await reopened.records(collection: first).isEmpty)
        #expect(try await reopened.records(collection: second) == [other.href: other])
    }

    @Test func sharesTheLedgersFileWithoutTouchingIt() async throws {
        let path = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        _ = try PublicationLedger(path: path)
        let store = try SQLiteCalDAVStateStore(path: path)
        let record = CalDAVResourceRecord(collection: "c", href: "h", uid: "u", etag: "e", contentHash: "x", pending: false)
        try await store.save(record)
        let ledger = try PublicationLedger(path: path)
        #expect(try ledger.lastPublication() == nil)
        #expect(try await SQLiteCalDAVStateStore(path: path).records(collection: "c") == ["h": record])
    }

    @Test(arguments: ["", ":memory:", "file:x.sqlite"])
    func refusesThrowawayDatabases(path: String) {
        #expect(throws: CalDAVPushError.store(path: path, reason: "not a file name")) { try SQLiteCalDAVStateStore(path: path) }
    }
}
