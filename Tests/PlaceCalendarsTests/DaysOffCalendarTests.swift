import CivilTime
import Testing
@testable import PlaceCalendars

/// An `.ics` read as days off (a partner's `holidays:` entry) rather than busy time.
struct DaysOffCalendarTests {
    static let text = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Essai//Jours//FR\r
        BEGIN:VEVENT\r
        UID:transparent@essai\r
        DTSTAMP:20250101T000000Z\r
        DTSTART;VALUE=DATE:20250505\r
        DTEND;VALUE=DATE:20250507\r
        SUMMARY:Fête municipale\r
        TRANSP:TRANSPARENT\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:opaque@essai\r
        DTSTAMP:20250101T000000Z\r
        DTSTART;VALUE=DATE:20250512\r
        SUMMARY:Journée de la ville\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:cancelled@essai\r
        DTSTAMP:20250101T000000Z\r
        DTSTART;VALUE=DATE:20250520\r
        SUMMARY:Annulée\r
        STATUS:CANCELLED\r
        TRANSP:TRANSPARENT\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    static func sources(daysOff: Bool) throws -> [String] {
        try BusyCalendar(
            text: text, file: "jours.ics", from: CivilDate(iso: "2025-05-01")!, through: CivilDate(iso: "2025-05-31")!,
            daysOff: daysOff
        ).entries.map(\.source)
    }

    @Test(arguments: [(true, ["transparent@essai", "opaque@essai"]), (false, ["opaque@essai"])])
    func transparentEventsAreDaysOff(daysOff: Bool, expected: [String]) throws {
        #expect(try Self.sources(daysOff: daysOff) == expected)
    }
}
