import CivilTime
import ICalendar
import Testing

@Suite("ICalendarWriter: VTIMEZONEs")
struct WriterTimeZoneTests {
    /// Events in Toronto and Brussels from 2024 to 2026.
    var twoZones: ICalendar.Calendar {
        Fixtures.calendar([
            Fixtures.event(uid: "a", start: Fixtures.toronto("2024-01-15T10:00"), end: Fixtures.toronto("2024-01-15T11:00")),
            Fixtures.event(uid: "b", start: Fixtures.brussels("2024-06-01T10:00"), end: Fixtures.brussels("2024-06-01T11:00")),
            Fixtures.event(uid: "c", start: Fixtures.toronto("2026-11-20T10:00"), end: Fixtures.toronto("2026-11-20T11:00")),
            Fixtures.event(uid: "d", start: Fixtures.brussels("2026-12-01T10:00"), end: Fixtures.brussels("2026-12-01T11:00")),
        ])
    }

    @Test func writesOneVTIMEZONEPerTZIDSortedAndBeforeTheEvents() throws {
        let lines = Fixtures.contentLines(try ICalendarWriter.serialize(twoZones))
        let tzids = lines.filter { $0.hasPrefix("TZID:") }
        #expect(tzids == ["TZID:America/Toronto", "TZID:Europe/Brussels"])
        let lastZoneEnd = lines.lastIndex(of: "END:VTIMEZONE")!
        let firstEvent = lines.firstIndex(of: "BEGIN:VEVENT")!
        #expect(lastZoneEnd < firstEvent)
    }

    @Test(arguments: ["America/Toronto", "Europe/Brussels"])
    func truncatesTheZoneToTheYearsUsed(zone: String) throws {
        let block = Fixtures.timeZoneBlock(zone, in: try ICalendarWriter.serialize(twoZones))
        #expect(!block.isEmpty)
        #expect(block.utf8.count < 1024, "\(block.utf8.count) octets")
        #expect(block.contains("BEGIN:STANDARD") && block.contains("BEGIN:DAYLIGHT"))
        let onsets = block.split(separator: "\r\n").filter { $0.hasPrefix("DTSTART:") }.map { $0.dropFirst(8) }
        #expect(onsets.min()! <= "20240101T000000", "first observance \(onsets.min()!) starts after the first event")
        #expect(block.contains("TZUNTIL:2027"))
    }

    @Test func keepsTheRulesOfAnEndlessSeries() throws {
        var event = Fixtures.event()
        event.recurrenceRule = "FREQ=WEEKLY"
        let block = Fixtures.timeZoneBlock("America/Toronto", in: try ICalendarWriter.serialize(Fixtures.calendar([event])))
        #expect(!block.contains("TZUNTIL"))
        #expect(block.contains("RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"))
        #expect(block.contains("RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"))
        #expect(block.utf8.count < 1024)
    }

    @Test func coversASeriesUpToItsUntil() throws {
        var event = Fixtures.event()
        event.recurrenceRule = "FREQ=MONTHLY;UNTIL=20280301T150000Z"
        let block = Fixtures.timeZoneBlock("America/Toronto", in: try ICalendarWriter.serialize(Fixtures.calendar([event])))
        #expect(block.contains("TZUNTIL:2029"))
        #expect(block.contains("UNTIL=2028"))
    }

    @Test func coversACountedSeriesUpToItsLastInstance() throws {
        var event = Fixtures.event(start: Fixtures.brussels("2024-03-01T10:00"), end: Fixtures.brussels("2024-03-01T11:00"))
        event.recurrenceRule = "FREQ=YEARLY;COUNT=4"
        let block = Fixtures.timeZoneBlock("Europe/Brussels", in: try ICalendarWriter.serialize(Fixtures.calendar([event])))
        #expect(block.contains("TZUNTIL:2028"))
    }

    @Test func coversTheEndOfTheLastInstance() throws {
        // The second instance runs from 30 December 2026 to 4 January 2027.
        var event = Fixtures.event(start: Fixtures.toronto("2025-12-30T10:00"), end: Fixtures.toronto("2026-01-04T10:00"))
        event.recurrenceRule = "FREQ=YEARLY;COUNT=2"
        let block = Fixtures.timeZoneBlock("America/Toronto", in: try ICalendarWriter.serialize(Fixtures.calendar([event])))
        #expect(block.contains("TZUNTIL:2028"))
    }

    @Test func namesEveryZoneUsedByExceptionsRecurrenceDatesAndRecurrenceIDs() throws {
        var event = Fixtures.event()
        event.recurrenceRule = "FREQ=DAILY;COUNT=5"
        event.recurrenceDates = [Fixtures.brussels("2024-03-10T16:00")]
        var override = Fixtures.event(
            start: .zoned(Fixtures.dateTime("2024-03-02T09:00"), zone: "Europe/Paris"),
            end: .zoned(Fixtures.dateTime("2024-03-02T10:00"), zone: "Europe/Paris"))
        override.recurrenceID = Fixtures.toronto("2024-03-02T10:00")
        let lines = Fixtures.contentLines(try ICalendarWriter.serialize(Fixtures.calendar([event, override])))
        #expect(lines.filter { $0.hasPrefix("TZID:") } == ["TZID:America/Toronto", "TZID:Europe/Brussels", "TZID:Europe/Paris"])
    }
}
