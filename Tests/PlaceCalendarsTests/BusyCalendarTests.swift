import CivilTime
import Foundation
import TestSupport
import Testing
@testable import PlaceCalendars

@Suite("Imported busy calendars")
struct BusyCalendarTests {
    static var folder: URL { Repository.fixtures.appendingPathComponent("ics") }

    static func load(_ name: String, from: String = "2025-03-01", to: String = "2025-05-31") throws -> BusyCalendar {
        try BusyCalendar(file: folder.appendingPathComponent(name).path, from: CivilDate(iso: from)!, through: CivilDate(iso: to)!)
    }

    let toronto = ZoneRules(identifier: "America/Toronto")!

    func local(_ busy: BusyTime) -> String {
        switch busy.span {
        case .days(let first, let last): return "\(first)/\(last)"
        case .interval(let start, let end): return "\(toronto.localTime(at: start))/\(toronto.localTime(at: end).time)"
        }
    }

    @Test(
        "Outlook export: weekly series across DST, one occurrence moved, one left out (EXDATE), one cancelled (override); free and cancelled ignored"
    )
    func outlookExport() throws {
        let calendar = try Self.load("outlook-mayor.ics")
        #expect(calendar.problems.isEmpty)
        #expect(
            calendar.entries.map(local) == [
                "2025-03-03T19:00:00/21:00",
                "2025-03-10/2025-03-12",
                "2025-03-10T19:00:00/21:00",
                "2025-03-25T18:00:00/20:00",
                "2025-04-07T19:00:00/21:00",
            ])
        #expect(!calendar.entries.contains { $0.summary == "Rappel" || $0.summary == "Réunion annulée" })
    }

    @Test("The 19:00 council stays at 19:00 local on both sides of the March clock change")
    func acrossDST() throws {
        let council = try Self.load("outlook-mayor.ics").entries.filter { $0.summary == "Séance du conseil municipal" }
        let utcHours = council.compactMap { busy -> Int? in
            if case .interval(let start, _) = busy.span { return start.utc.time.hour }
            return nil
        }
        #expect(utcHours == [0, 23, 23], "EST is UTC−5 on 3 March, EDT UTC−4 from 9 March")
    }

    @Test("Google export: floating times read in X-WR-TIMEZONE, with a warning; tentative kept as tentative")
    func googleExport() throws {
        let calendar = try Self.load("google-coordinator.ics")
        #expect(calendar.entries.map(local) == ["2025-04-02T08:00:00/09:00", "2025-04-03T04:00:00/05:00"])
        #expect(calendar.entries.map(\.tentative) == [false, true])
        #expect(calendar.problems.contains { $0.message.contains("floating") && $0.line == 27 })
    }

    @Test("VFREEBUSY blocks are busy; FREE blocks are not")
    func freeBusy() throws {
        let calendar = try Self.load("freebusy.ics")
        #expect(calendar.entries.map(local) == ["2025-05-05T09:00:00/11:00", "2025-05-06T09:00:00/10:00", "2025-05-08T09:00:00/10:00"])
        #expect(calendar.entries.map(\.tentative) == [false, false, true])
    }

    @Test("A property libical cannot read is reported with its line; the rest is used")
    func brokenProperty() throws {
        let calendar = try Self.load("broken-property.ics")
        #expect(calendar.problems.contains { $0.line == 15 })
        #expect(calendar.entries.map(\.summary) == ["Bon"])
    }

    @Test("Only the asked range is returned, and an endless rule stops")
    func rangeAndCap() throws {
        let text = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//t//t//EN\r
            BEGIN:VEVENT\r
            UID:daily\r
            DTSTAMP:20250101T000000Z\r
            DTSTART:20200101T120000Z\r
            DTEND:20200101T130000Z\r
            RRULE:FREQ=DAILY\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let calendar = try BusyCalendar(
            text: text, file: "daily.ics", from: CivilDate(iso: "2025-06-01")!, through: CivilDate(iso: "2025-06-03")!)
        #expect(calendar.entries.count >= 3 && calendar.entries.count <= 5)
    }

    @Test("Not an iCalendar file: a clear error naming the file")
    func notICalendar() {
        #expect(throws: BusyCalendarError.self) {
            try BusyCalendar(text: "hello", file: "x.ics", from: CivilDate(iso: "2025-06-01")!, through: CivilDate(iso: "2025-06-03")!)
        }
    }
}
