import Bilingual
import Testing

@testable import CalDAVPush

@Suite struct CalDAVTargetTests {
    static let environment = ["JUMELAGE_CALDAV_PASSWORD": "from-env", "OTHER": "other"]

    @Test(
        arguments: [
            (
                "https://alice@dav.example.org/dav/calendars/alice", "JUMELAGE_CALDAV_PASSWORD", false,
                "https://alice@dav.example.org/dav/calendars/alice/", "from-env", "/dav/calendars/alice/feed/"
            ),
            ("https://alice:in%20url@dav.example.org:8443/", "OTHER", false, "https://alice@dav.example.org:8443/", "in url", "/feed/"),
            ("http://alice@127.0.0.1:5232/alice/", "OTHER", false, "http://alice@127.0.0.1:5232/alice/", "other", "/alice/feed/"),
            ("http://bob@localhost/b/", "JUMELAGE_CALDAV_PASSWORD", false, "http://bob@localhost/b/", "from-env", "/b/feed/"),
            ("http://bob@192.168.1.4/b/", "JUMELAGE_CALDAV_PASSWORD", true, "http://bob@192.168.1.4/b/", "from-env", "/b/feed/"),
            ("https://dav.example.org/public/", "NONE", false, "https://dav.example.org/public/", nil, "/public/feed/"),
            (
                "https://alice@host/dav/mes%20agendas/", "OTHER", false, "https://alice@host/dav/mes agendas/", "other",
                "/dav/mes agendas/feed/"
            ),
        ] as [(String, String, Bool, String, String?, String)])
    func acceptedAddresses(address: String, variable: String, insecure: Bool, shown: String, password: String?, collection: String) throws {
        let target = try CalDAVTarget(address: address, passwordVariable: variable, environment: Self.environment, allowInsecure: insecure)
        #expect(target.shown == shown)
        #expect(target.password == password)
        #expect(target.collectionPath(feed: "feed.ics") == collection)
        #expect(!target.shown.contains("in url") && !target.shown.contains("from-env"))
    }

    @Test(arguments: [
        ("ftp://alice@host/", CalDAVPushError.address("ftp://alice@host/", .scheme)),
        ("not an address", .address("not an address", .notAnAddress)),
        ("https:///path/", .address("https:///path/", .noHost)),
        ("https://alice@host/dav/?x=1", .address("https://alice@host/dav/?x=1", .queryOrFragment)),
        ("https://alice@host/dav/../bob/", .address("https://alice@host/dav/../bob/", .dotSegments)),
        ("https://:secret@host/dav/", .address("https://:***@host/dav/", .passwordWithoutUser)),
        ("http://alice:secret@dav.example.org/", .insecure("http://alice:***@dav.example.org/")),
        ("https://carol@host/dav/", .noPassword("https://carol@host/dav/", variable: "MISSING")),
    ])
    func refusedAddresses(address: String, expected: CalDAVPushError) {
        #expect(throws: expected) {
            try CalDAVTarget(address: address, passwordVariable: "MISSING", environment: Self.environment)
        }
        for language in [Language.fr, .en] {
            #expect(!expected.rendered(in: language).contains("secret"))
        }
    }

    @Test(arguments: [
        ("https://alice:s3cret@host/dav/", "https://alice:***@host/dav/"),
        ("https://alice:s3:cr@et@host/dav/", "https://alice:***@host/dav/"),
        ("https://alice@host/dav/", "https://alice@host/dav/"),
        ("https://host/a:b@c/", "https://host/a:b@c/"),
        ("no scheme", "no scheme"),
    ])
    func redactionHidesOnlyThePassword(address: String, expected: String) {
        #expect(CalDAVTarget.redacted(address) == expected)
    }

    @Test func basicAuthorizationIsUserColonPassword() throws {
        let target = try CalDAVTarget(address: "https://Aladdin@host/", passwordVariable: "P", environment: ["P": "open sesame"])
        // RFC 7617 §2's example.
        #expect(target.authorization == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    }
}
