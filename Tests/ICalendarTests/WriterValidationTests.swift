import CivilTime
import ICalendar
import Testing

@Suite("ICalendarWriter: refused input")
struct WriterValidationTests {
    func error(_ event: Event) -> ICalendarError? {
        do {
            _ = try ICalendarWriter.serialize(Fixtures.calendar([event]))
            return nil
        } catch {
            return error
        }
    }

    @Test func refusesAnEndNotAfterTheStart() {
        let same = error(Fixtures.event(end: Fixtures.toronto("2024-03-01T10:00")))
        #expect(same?.kind == .invalidEvent)
        #expect(same?.message.contains("DTEND") == true)
        #expect(same?.eventUID == "e1@jumelage")
        #expect(same?.description.hasPrefix("event e1@jumelage:") == true)
        #expect(error(Fixtures.event(end: Fixtures.toronto("2024-03-01T09:00")))?.kind == .invalidEvent)
        let allDay = Fixtures.event(start: .date(Fixtures.date("2024-07-21")), end: .date(Fixtures.date("2024-07-21")))
        #expect(error(allDay)?.kind == .invalidEvent)
        // 10:30 in Brussels is 04:30 in Toronto: before the start although its wall clock is later.
        #expect(error(Fixtures.event(end: Fixtures.brussels("2024-03-01T10:30")))?.kind == .invalidEvent)
    }

    @Test func refusesMixingDateAndDateTime() {
        let mixedEnd = error(Fixtures.event(start: .date(Fixtures.date("2024-07-21")), end: Fixtures.toronto("2024-07-22T10:00")))
        #expect(mixedEnd?.kind == .invalidEvent)
        #expect(mixedEnd?.message.contains("mixes DATE and DATE-TIME") == true)
        var mixedExdate = Fixtures.event()
        mixedExdate.recurrenceRule = "FREQ=DAILY"
        mixedExdate.exceptionDates = [.date(Fixtures.date("2024-03-02"))]
        #expect(error(mixedExdate)?.message.contains("mixes DATE and DATE-TIME") == true)
        var mixedID = Fixtures.event()
        mixedID.recurrenceID = .date(Fixtures.date("2024-03-01"))
        #expect(error(mixedID)?.kind == .invalidEvent)
    }

    @Test func refusesAnExceptionInAnotherZone() {
        var event = Fixtures.event()
        event.recurrenceRule = "FREQ=DAILY"
        event.exceptionDates = [.utc(Fixtures.dateTime("2024-03-02T15:00"))]
        #expect(error(event)?.message.contains("same type and TZID") == true)
    }

    @Test(arguments: ["Mars/Olympus_Mons", "Toronto", "UTC", ""])
    func refusesUnknownZones(zone: String) {
        let event = Fixtures.event(start: .zoned(Fixtures.dateTime("2024-03-01T10:00"), zone: zone), end: nil)
        #expect(error(event)?.kind == .unknownTimeZone)
    }

    @Test(arguments: ["FREQ=SOMETIMES", "FREQ=MONTHLY;BYMONTH=13", "BYDAY=MO", "", "FREQ=WEEKLY;FOO=1", "RSCALE=HEBREW;FREQ=YEARLY"])
    func refusesRulesLibicalCannotParse(rule: String) {
        var event = Fixtures.event()
        event.recurrenceRule = rule
        #expect(error(event)?.kind == .invalidRecurrenceRule)
    }

    @Test func refusesCountWithUntil() {
        var event = Fixtures.event()
        event.recurrenceRule = "FREQ=WEEKLY;COUNT=3;UNTIL=20240401T000000Z"
        let refused = error(event)
        #expect(refused?.kind == .invalidRecurrenceRule)
        #expect(refused?.message.contains("both COUNT and UNTIL") == true)
    }

    @Test func refusesAnUntilOfTheWrongType() {
        var zoned = Fixtures.event()
        zoned.recurrenceRule = "FREQ=WEEKLY;UNTIL=20240401T100000"
        #expect(error(zoned)?.message.contains("UTC") == true)
        zoned.recurrenceRule = "FREQ=WEEKLY;UNTIL=20240401"
        #expect(error(zoned)?.kind == .invalidRecurrenceRule)
        var allDay = Fixtures.event(start: .date(Fixtures.date("2024-07-21")), end: .date(Fixtures.date("2024-07-22")))
        allDay.recurrenceRule = "FREQ=YEARLY;UNTIL=20260721T000000Z"
        #expect(error(allDay)?.message.contains("must be a DATE") == true)
    }

    @Test func refusesAStartTheRuleDoesNotGenerate() {
        var event = Fixtures.event()  // a Friday
        event.recurrenceRule = "FREQ=WEEKLY;BYDAY=MO"
        #expect(error(event)?.message.contains("not the first instance") == true)
    }

    /// A plain rule whose UNTIL comes before DTSTART generates nothing: refused like any rule
    /// that does not start at DTSTART.
    @Test func refusesAPlainRuleEndingBeforeItsStart() {
        var zoned = Fixtures.event()
        zoned.recurrenceRule = "FREQ=WEEKLY;UNTIL=20240301T145959Z"  // 09:59:59 in Toronto, DTSTART 10:00
        #expect(error(zoned)?.kind == .invalidRecurrenceRule)
        var allDay = Fixtures.event(start: .date(Fixtures.date("2024-03-10")), end: nil)
        allDay.recurrenceRule = "FREQ=DAILY;UNTIL=20240301"
        #expect(error(allDay)?.kind == .invalidRecurrenceRule)
    }

    /// Series that run past libical's last year (2582) or to 9999 get a VTIMEZONE without end.
    @Test(arguments: ["FREQ=YEARLY;INTERVAL=2;COUNT=3988", "FREQ=DAILY;INTERVAL=30000;COUNT=100", "FREQ=WEEKLY;UNTIL=99991231T000000Z"])
    func writesSeriesReachingPastLibicalsLastYear(rule: String) throws {
        var event = Fixtures.event()
        event.recurrenceRule = rule
        let text = try ICalendarWriter.serialize(Fixtures.calendar([event]))
        let bound = try #require(rule.split(separator: ";").last)  // COUNT=… or UNTIL=…, as libical writes it
        let eventText = try #require(text.range(of: "BEGIN:VEVENT").map { text[$0.lowerBound...] })
        #expect(eventText.contains("RRULE:FREQ=") && eventText.contains(bound))
        #expect(text.contains("BEGIN:VTIMEZONE"))
    }

    @Test func refusesBadCalendarProperties() {
        var calendar = Fixtures.calendar([Fixtures.event()])
        calendar.color = "#ff0000"
        #expect(throws: ICalendarError.self) { try ICalendarWriter.serialize(calendar) }
        calendar.color = nil
        calendar.method = "SOMETIMES"
        #expect(throws: ICalendarError.self) { try ICalendarWriter.serialize(calendar) }
        calendar.method = "PUBLISH"
        calendar.refreshIntervalSeconds = 0
        #expect(throws: ICalendarError.self) { try ICalendarWriter.serialize(calendar) }
    }

    @Test func refusesEmptyUIDsAndOutOfRangeGeo() {
        #expect(error(Fixtures.event(uid: " "))?.kind == .invalidEvent)
        var event = Fixtures.event()
        event.geo = Event.Geo(latitude: 91, longitude: 0)
        #expect(error(event)?.kind == .invalidEvent)
    }
}
