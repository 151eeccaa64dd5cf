import CivilTime
import ICalendar
import Testing

@Suite("ICalendarReader")
struct ReaderTests {
    @Test func readsBackWhatTheWriterWrote() throws {
        let calendar = Fixtures.fullCalendar
        let parsed = try ICalendarReader.parse(try ICalendarWriter.serialize(calendar))
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.name == calendar.name)
        #expect(parsed.description == calendar.description)
        #expect(parsed.productID == calendar.productID)
        #expect(parsed.method == "PUBLISH")
        #expect(parsed.timeZoneIDs == ["America/Toronto", "Europe/Brussels"])
        #expect(parsed.events.count == calendar.events.count)
        for (read, written) in zip(parsed.events, calendar.events) {
            #expect(read == written)
        }
    }

    @Test func readsCalendarNameAndZoneFromXProperties() throws {
        let text = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Other//EN\r
            X-WR-CALNAME:Fêtes\\, Liège\r
            X-WR-TIMEZONE:Europe/Brussels\r
            BEGIN:VEVENT\r
            UID:x1\r
            DTSTAMP:20240101T000000Z\r
            DTSTART:20240721T100000\r
            DURATION:PT1H30M\r
            CATEGORIES:a\\,b,c\r
            CATEGORIES:d\r
            SUMMARY:Défilé\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let parsed = try ICalendarReader.parse(text)
        #expect(parsed.name == "Fêtes, Liège")
        #expect(parsed.defaultTimeZone == "Europe/Brussels")
        let event = try #require(parsed.events.first)
        #expect(event.start == Fixtures.brussels("2024-07-21T10:00"))
        #expect(event.end == Fixtures.brussels("2024-07-21T11:30"))
        #expect(event.categories == ["a,b", "c", "d"])
        #expect(event.summary == "Défilé")
        let floating = try #require(parsed.problems.first)
        #expect(floating.line == 9)
        #expect(floating.message.contains("floating"))
    }

    @Test func reportsLibicalErrorsAtTheirLine() throws {
        let text = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Other//EN
            BEGIN:VEVENT
            UID:broken
            DTSTAMP:20240101T000000Z
            DTSTART;TZID=America/Toronto:20240310T100000
            DTEND;TZID=America/Toronto:2024031
            SUMMARY:Une ligne
              repliée
            GEO:nowhere
            RRULE:FREQ=SOMETIMES
            BEGIN:VALARM
            ACTION:DISPLAY
            TRIGGER:-PTxx
            END:VALARM
            this line has no colon
            END:VEVENT
            END:VCALENDAR

            """
        let parsed = try ICalendarReader.parse(text)
        #expect(parsed.problems.map(\.line) == [8, 11, 12, 15, 17], "\(parsed.problems)")
        #expect(parsed.problems[0].message.contains("DTEND"))
        #expect(parsed.problems[1].message.contains("GEO"))
        #expect(parsed.problems[3].message.contains("TRIGGER"))
        #expect(parsed.problems[4].message.contains("this line has no colon"))
        let event = try #require(parsed.events.first)
        #expect(event.summary == "Une ligne repliée")
        #expect(event.end == nil)
        #expect(event.recurrenceRule == nil)
        #expect(event.start == Fixtures.toronto("2024-03-10T10:00"))
    }

    @Test func readsFreeBusyPeriods() throws {
        let text = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Other//EN\r
            BEGIN:VFREEBUSY\r
            UID:fb\r
            DTSTAMP:20240101T000000Z\r
            FREEBUSY;FBTYPE=BUSY-TENTATIVE:20240101T100000Z/20240101T110000Z,20240102T100000Z/PT2H\r
            FREEBUSY:20240103T100000Z/20240103T110000Z\r
            FREEBUSY;FBTYPE=FREE:20240104T100000Z/20240104T110000Z\r
            FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20240105T100000Z/20240105T110000Z\r
            END:VFREEBUSY\r
            END:VCALENDAR\r

            """
        let periods = try ICalendarReader.parse(text).freeBusy
        #expect(
            periods == [
                FreeBusyPeriod(
                    start: Fixtures.instant("2024-01-01T10:00"), end: Fixtures.instant("2024-01-01T11:00"), kind: .busyTentative),
                FreeBusyPeriod(
                    start: Fixtures.instant("2024-01-02T10:00"), end: Fixtures.instant("2024-01-02T12:00"), kind: .busyTentative),
                FreeBusyPeriod(start: Fixtures.instant("2024-01-03T10:00"), end: Fixtures.instant("2024-01-03T11:00"), kind: .busy),
                FreeBusyPeriod(start: Fixtures.instant("2024-01-04T10:00"), end: Fixtures.instant("2024-01-04T11:00"), kind: .free),
                FreeBusyPeriod(
                    start: Fixtures.instant("2024-01-05T10:00"), end: Fixtures.instant("2024-01-05T11:00"), kind: .busyUnavailable),
            ])
    }

    @Test func keepsForeignTZIDsAsGiven() throws {
        let text = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Other//EN
            BEGIN:VEVENT
            UID:z
            DTSTAMP:20240101T000000Z
            DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Paris:20240310T100000
            EXDATE;TZID=Romance Standard Time:20240311T100000
            SUMMARY:z
            END:VEVENT
            END:VCALENDAR
            """ + "\n"
        let event = try #require(try ICalendarReader.parse(text).events.first)
        #expect(event.start.zone == "/freeassociation.sourceforge.net/Europe/Paris")
        #expect(event.exceptionDates.first?.zone == "Romance Standard Time")
    }

    @Test(arguments: [
        "",
        "\r\n\r\n",
        "hello world\r\n",
        "BEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\n",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\n",
    ])
    func refusesTextThatIsNotACompleteCalendar(text: String) {
        #expect {
            try ICalendarReader.parse(text)
        } throws: { error in
            (error as? ICalendarError)?.kind == .notACalendar
        }
    }
}
