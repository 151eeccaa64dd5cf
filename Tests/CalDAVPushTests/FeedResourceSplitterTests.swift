import Testing

@testable import CalDAVPush

@Suite struct FeedResourceSplitterTests {
    static func crlf(_ lines: [String]) -> String { lines.map { $0 + "\r\n" }.joined() }

    static let toronto = [
        "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD", "DTSTART:20241103T020000", "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500", "END:STANDARD", "END:VTIMEZONE",
    ]
    static let brussels = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Brussels", "BEGIN:STANDARD", "DTSTART:20241027T030000", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
    ]
    static let call = [
        "BEGIN:VEVENT", "UID:call", "DTSTAMP:20250101T000000Z", "DTSTART;TZID=America/Toronto:20250110T090000",
        "DTEND;TZID=America/Toronto:20250110T100000", "RRULE:FREQ=MONTHLY;COUNT=3", "SUMMARY:Appel de coordination entre Québec et",
        "  Namur", "END:VEVENT",
    ]
    static let callMoved = [
        "BEGIN:VEVENT", "UID:call", "RECURRENCE-ID;TZID=America/Toronto:20250210T090000", "DTSTAMP:20250101T000000Z",
        "DTSTART;TZID=\"Europe/Brussels\":20250211T150000", "DTEND;TZID=Europe/Brussels:20250211T160000", "SUMMARY:Appel", "END:VEVENT",
    ]
    static let committee = [
        "BEGIN:VEVENT", "UID:committee", "DTSTAMP:20250101T000000Z", "DTSTART;VALUE=DATE:20250527", "DTEND;VALUE=DATE:20250529",
        "SUMMARY:Comité", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P1W", "DESCRIPTION:Comité", "END:VALARM", "END:VEVENT",
    ]
    static let header = ["VERSION:2.0", "PRODID:-//Jumelage//Jumelage 1.0//FR", "CALSCALE:GREGORIAN"]
    static let feed = crlf(
        ["BEGIN:VCALENDAR"] + header
            + ["METHOD:PUBLISH", "NAME:Québec–Namur", "X-WR-CALNAME:Québec\\, Namur", "REFRESH-INTERVAL;VALUE=DURATION:PT12H"]
            + toronto + brussels + committee + call + callMoved + ["END:VCALENDAR"])

    @Test func oneResourcePerUIDWithTheZonesItUsesAndNoCalendarProperties() {
        let resources = FeedResourceSplitter.resources(in: Self.feed)
        #expect(resources.map(\.uid) == ["call", "committee"])
        #expect(resources.map(\.name) == ["call.ics", "committee.ics"])
        #expect(
            resources.first?.text
                == Self.crlf(
                    ["BEGIN:VCALENDAR"] + Self.header + Self.toronto + Self.brussels + Self.call + Self.callMoved + ["END:VCALENDAR"]))
        #expect(resources.last?.text == Self.crlf(["BEGIN:VCALENDAR"] + Self.header + Self.committee + ["END:VCALENDAR"]))
    }

    @Test(arguments: [
        (["BEGIN:VCALENDAR", "X-WR-CALNAME:Québec\\, Namur", "NAME:Autre", "END:VCALENDAR"], "Québec, Namur" as String?),
        (["BEGIN:VCALENDAR", "NAME:Coopération franco-", " québécoise", "END:VCALENDAR"], "Coopération franco-québécoise"),
        (["BEGIN:VCALENDAR", "BEGIN:VEVENT", "NAME:pas le calendrier", "END:VEVENT", "END:VCALENDAR"], nil),
    ])
    func displayNameIsTheCalendarsName(lines: [String], expected: String?) {
        #expect(FeedResourceSplitter.displayName(of: Self.crlf(lines)) == expected)
    }

    @Test func sameFeedSameBytesAndLineFeedsAlone() {
        let again = FeedResourceSplitter.resources(in: Self.feed)
        #expect(again == FeedResourceSplitter.resources(in: Self.feed))
        let bareLineFeeds = Self.feed.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(FeedResourceSplitter.resources(in: bareLineFeeds) == again)
    }

    @Test func contentHashFollowsTheText() {
        let resource = CalDAVResource(uid: "a", name: "a.ics", text: "abc")
        // sha256("abc"), FIPS 180-2 appendix B.1.
        #expect(resource.contentHash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
