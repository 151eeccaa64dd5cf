import Foundation
import Testing

@testable import CalDAVPush

@Suite struct MultistatusTests {
    // As Radicale 3 answers a Depth 1 PROPFIND of getetag and resourcetype.
    static let radicale = """
        <?xml version='1.0' encoding='utf-8'?>
        <multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><response><href>/alice/feed/</href><propstat><prop>\
        <resourcetype><C:calendar /><collection /></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat><propstat><prop>\
        <getetag /></prop><status>HTTP/1.1 404 Not Found</status></propstat></response><response><href>/alice/feed/a%20b.ics</href>\
        <propstat><prop><resourcetype /><getetag>"e1"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response>\
        <response><href>http://127.0.0.1:5232/alice/feed/c.ics</href><propstat><prop><getetag>W/"e2"</getetag></prop>\
        <status>HTTP/1.1 200 OK</status></propstat></response></multistatus>
        """

    @Test func readsHrefsETagsAndCalendars() throws {
        let listing = try Multistatus(Data(Self.radicale.utf8))
        #expect(
            listing.resources == [
                .init(href: "/alice/feed/", etag: nil, isCalendar: true, isCollection: true),
                .init(href: "/alice/feed/a b.ics", etag: "\"e1\""),
                .init(href: "/alice/feed/c.ics", etag: "W/\"e2\""),
            ])
    }

    @Test(arguments: ["", "<html><body>login</body></html>", "<multistatus xmlns=\"DAV:\"><response>"])
    func refusesWhatIsNotAMultistatus(body: String) {
        #expect(throws: Multistatus.Unreadable.self) { try Multistatus(Data(body.utf8)) }
    }
}
