import Testing

@testable import CalDAVPush

@Suite struct CalDAVPushPlanTests {
    typealias Step = CalDAVPushPlan.Step

    static let collection = "http://127.0.0.1:5232/alice/feed/"

    static func record(_ href: String, etag: String?, hash: String?, pending: Bool = false) -> CalDAVResourceRecord {
        CalDAVResourceRecord(collection: collection, href: href, uid: "uid-" + href, etag: etag, contentHash: hash, pending: pending)
    }

    static func wanted(_ href: String, _ hash: String) -> CalDAVPushPlan.Wanted {
        .init(href: href, uid: "uid-" + href, contentHash: hash)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var wanted: [CalDAVPushPlan.Wanted]
        var listing: [String: String]
        var records: [CalDAVResourceRecord]
        var overwrite = false
        var steps: [Step]
        var unchanged: [String] = []
        var conflicts: [CalDAVConflict] = []
        var foreign: [String] = []
        var forgotten: [String] = []
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "new event: created with If-None-Match", wanted: [wanted("a", "h1")], listing: [:], records: [],
            steps: [.create(href: "a", uid: "uid-a")]),
        Case(
            name: "same content, our ETag: skipped", wanted: [wanted("a", "h1")], listing: ["a": "\"e1\""],
            records: [record("a", etag: "\"e1\"", hash: "h1")], steps: [], unchanged: ["a"]),
        Case(
            name: "moved event: updated in place with If-Match", wanted: [wanted("a", "h2")], listing: ["a": "\"e1\""],
            records: [record("a", etag: "\"e1\"", hash: "h1")], steps: [.update(href: "a", uid: "uid-a", etag: "\"e1\"")]),
        Case(
            name: "gone from the feed: deleted with If-Match", wanted: [], listing: ["a": "\"e1\""],
            records: [record("a", etag: "\"e1\"", hash: "h1")], steps: [.delete(href: "a", uid: "uid-a", etag: "\"e1\"")]),
        Case(
            name: "changed by someone else: reported, not overwritten", wanted: [wanted("a", "h2")], listing: ["a": "\"e9\""],
            records: [record("a", etag: "\"e1\"", hash: "h1")], steps: [],
            conflicts: [.init(href: "a", uid: "uid-a", reason: .changedOnServer)]),
        Case(
            name: "changed by someone else, same content of ours: still reported", wanted: [wanted("a", "h1")],
            listing: ["a": "\"e9\""], records: [record("a", etag: "\"e1\"", hash: "h1")], steps: [],
            conflicts: [.init(href: "a", uid: "uid-a", reason: .changedOnServer)]),
        Case(
            name: "changed by someone else and gone from the feed: reported, not deleted", wanted: [], listing: ["a": "\"e9\""],
            records: [record("a", etag: "\"e1\"", hash: "h1")], steps: [],
            conflicts: [.init(href: "a", uid: "uid-a", reason: .changedOnServer)]),
        Case(
            name: "deleted by someone else: reported, not created again", wanted: [wanted("a", "h1")], listing: [:],
            records: [record("a", etag: "\"e1\"", hash: "h1")], steps: [],
            conflicts: [.init(href: "a", uid: "uid-a", reason: .deletedOnServer)]),
        Case(
            name: "someone else's resource at our href: reported", wanted: [wanted("a", "h1")], listing: ["a": "\"x\""], records: [],
            steps: [], conflicts: [.init(href: "a", uid: "uid-a", reason: .notPushedByUs)]),
        Case(
            name: "someone else's resource elsewhere: foreign, left alone", wanted: [], listing: ["z": "\"x\""], records: [], steps: [],
            foreign: ["z"]),
        Case(
            name: "interrupted create that landed: written again under the server's ETag", wanted: [wanted("a", "h1")],
            listing: ["a": "\"e5\""], records: [record("a", etag: nil, hash: nil, pending: true)],
            steps: [.update(href: "a", uid: "uid-a", etag: "\"e5\"")]),
        Case(
            name: "interrupted create that did not land: created", wanted: [wanted("a", "h1")], listing: [:],
            records: [record("a", etag: nil, hash: nil, pending: true)], steps: [.create(href: "a", uid: "uid-a")]),
        Case(
            name: "interrupted update that landed: written again, no conflict", wanted: [wanted("a", "h2")],
            listing: ["a": "\"e2\""], records: [record("a", etag: "\"e1\"", hash: "h1", pending: true)],
            steps: [.update(href: "a", uid: "uid-a", etag: "\"e2\"")]),
        Case(
            name: "interrupted delete that landed: record forgotten", wanted: [], listing: [:],
            records: [record("a", etag: "\"e1\"", hash: "h1", pending: true)], steps: [], forgotten: ["a"]),
        Case(
            name: "interrupted delete that did not land: deleted", wanted: [], listing: ["a": "\"e1\""],
            records: [record("a", etag: "\"e1\"", hash: "h1", pending: true)], steps: [.delete(href: "a", uid: "uid-a", etag: "\"e1\"")]),
        Case(
            name: "overwrite takes back what someone else changed or deleted",
            wanted: [wanted("a", "h1"), wanted("b", "h1"), wanted("c", "h1")], listing: ["a": "\"e9\"", "c": "\"x\"", "d": "\"e8\""],
            records: [
                record("a", etag: "\"e1\"", hash: "h1"), record("b", etag: "\"e1\"", hash: "h1"), record("d", etag: "\"e1\"", hash: "h"),
            ],
            overwrite: true,
            steps: [
                .delete(href: "d", uid: "uid-d", etag: "\"e8\""), .create(href: "b", uid: "uid-b"),
                .update(href: "a", uid: "uid-a", etag: "\"e9\""), .update(href: "c", uid: "uid-c", etag: "\"x\""),
            ]),
        Case(
            name: "order: deletions, creations, updates, each by href",
            wanted: [wanted("d", "h2"), wanted("c", "new"), wanted("b", "new"), wanted("e", "h1")],
            listing: ["d": "\"e1\"", "a": "\"e1\"", "e": "\"e1\""],
            records: [
                record("d", etag: "\"e1\"", hash: "h1"), record("a", etag: "\"e1\"", hash: "h1"), record("e", etag: "\"e1\"", hash: "h1"),
            ],
            steps: [
                .delete(href: "a", uid: "uid-a", etag: "\"e1\""), .create(href: "b", uid: "uid-b"), .create(href: "c", uid: "uid-c"),
                .update(href: "d", uid: "uid-d", etag: "\"e1\""),
            ], unchanged: ["e"]),
    ]

    @Test(arguments: cases)
    func planFollowsServerRecordsAndFeed(_ item: Case) {
        let plan = CalDAVPushPlan(
            wanted: item.wanted, listing: item.listing, records: Dictionary(uniqueKeysWithValues: item.records.map { ($0.href, $0) }),
            overwrite: item.overwrite)
        #expect(plan.steps == item.steps)
        #expect(plan.unchanged == item.unchanged)
        #expect(plan.conflicts == item.conflicts)
        #expect(plan.foreign == item.foreign)
        #expect(plan.forgotten == item.forgotten)
    }
}
