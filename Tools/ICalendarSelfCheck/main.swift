import CivilTime
import ICalendar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Writes a calendar through libical, reads it back and expands its series, N times (argument,
// default 1), so that valgrind sees every libical path the module uses. Exits 1 on any mismatch.

func dateTime(_ text: String) -> CivilDateTime { CivilDateTime(iso: text)! }
func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }
func instant(_ text: String) -> Instant { Instant(utc: dateTime(text)) }

let stamp = instant("2024-05-01T08:00:00")
let calendar = ICalendar.Calendar(
    productID: "-//Jumelage//SelfCheck//FR",
    name: "Jumelage Liège, Toronto; été",
    description: "Échanges, visites; fêtes",
    refreshIntervalSeconds: 12 * 3600,
    color: "teal",
    events: [
        Event(
            uid: "weekly@jumelage", sequence: 2, stamp: stamp, lastModified: stamp,
            start: .zoned(dateTime("2024-03-01T10:00"), zone: "America/Toronto"),
            end: .zoned(dateTime("2024-03-01T11:30"), zone: "America/Toronto"),
            summary: "Cours de français, niveau 2; salle B",
            categories: ["cours", "langue, culture"],
            recurrenceRule: "FREQ=WEEKLY;COUNT=10",
            exceptionDates: [.zoned(dateTime("2024-03-15T10:00"), zone: "America/Toronto")],
            alarms: [Event.Alarm(minutesBefore: 30, description: "Cours dans 30 minutes")]),
        Event(
            uid: "fete@jumelage", stamp: stamp,
            start: .date(date("2024-07-21")), end: .date(date("2024-07-22")),
            summary: "Fête nationale belge 🇧🇪 — défilé, concerts et feux d'artifice sur la Meuse, toute la journée",
            location: "Liège", geo: Event.Geo(latitude: 50.6326, longitude: 5.5797),
            categories: ["fête", "a,b;c"], status: .confirmed, classification: .public, transparency: .transparent,
            recurrenceRule: "FREQ=YEARLY;UNTIL=20260721"),
        Event(
            uid: "visite@jumelage", sequence: 1, stamp: stamp,
            start: .zoned(dateTime("2025-10-20T09:00"), zone: "Europe/Brussels"),
            end: .zoned(dateTime("2025-10-20T17:00"), zone: "Europe/Brussels"),
            summary: "Visite de la délégation", description: "Accueil à l'hôtel de ville.\nDéjeuner ensuite.",
            url: "https://example.org/visite",
            recurrenceRule: "FREQ=DAILY;COUNT=3",
            recurrenceDates: [.zoned(dateTime("2025-10-27T09:00"), zone: "Europe/Brussels")]),
        Event(
            uid: "appel@jumelage", stamp: stamp,
            start: .utc(dateTime("2024-11-05T15:00")), end: .utc(dateTime("2024-11-05T16:00")),
            summary: "Appel de coordination"),
    ])

let expectedWeekly = ["2024-03-01T10:00:00", "2024-03-08T10:00:00", "2024-03-22T10:00:00", "2024-03-29T10:00:00"]
    .map { EventTime.zoned(dateTime($0), zone: "America/Toronto") }

func check(_ condition: Bool, _ message: String) -> Bool {
    if !condition { print("MISMATCH: \(message)") }
    return condition
}

func runOnce() -> Bool {
    var ok = true
    do {
        let text = try ICalendarWriter.serialize(calendar)
        let parsed = try ICalendarReader.parse(text)
        ok = check(parsed.problems.isEmpty, "problems \(parsed.problems)") && ok
        ok = check(parsed.name == calendar.name, "name \(parsed.name ?? "nil")") && ok
        ok = check(parsed.timeZoneIDs == ["America/Toronto", "Europe/Brussels"], "zones \(parsed.timeZoneIDs)") && ok
        ok = check(parsed.events == calendar.events, "events differ:\n\(parsed.events)\n\(calendar.events)") && ok
        let weekly = try RecurrenceExpander.occurrences(
            of: parsed.events[0], through: instant("2024-03-30T00:00:00"), limit: 10)
        ok = check(weekly == expectedWeekly, "weekly \(weekly)") && ok
        let yearly = try RecurrenceExpander.occurrences(of: parsed.events[1], through: instant("2030-01-01T00:00:00"), limit: 10)
        ok = check(yearly == [.date(date("2024-07-21")), .date(date("2025-07-21")), .date(date("2026-07-21"))], "yearly \(yearly)") && ok
        let visits = try RecurrenceExpander.occurrences(of: parsed.events[2], through: instant("2026-01-01T00:00:00"), limit: 10)
        ok = check(visits.count == 4, "visits \(visits)") && ok
        ok = check(try ICalendarWriter.serialize(calendar) == text, "output not deterministic") && ok
        ok = checkLenientReading() && ok
        ok = checkRefusals() && ok
    } catch {
        print("ERROR: \(error)")
        return false
    }
    return ok
}

/// A foreign file with broken properties, a floating time, a DURATION and free/busy periods.
let foreignText = """
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Other//EN
    X-WR-TIMEZONE:Europe/Brussels
    BEGIN:VTIMEZONE
    TZID:Europe/Brussels
    BEGIN:STANDARD
    DTSTART:19701025T030000
    TZOFFSETFROM:+0200
    TZOFFSETTO:+0100
    END:STANDARD
    END:VTIMEZONE
    BEGIN:VEVENT
    UID:foreign
    DTSTAMP:20240101T000000Z
    DTSTART:20240310T100000
    DURATION:PT2H
    DTEND;TZID=Europe/Brussels:2024031
    CATEGORIES:a\\,b,c
    RRULE:FREQ=DAILY;BYMONTHDAY=-1;COUNT=3
    BEGIN:VALARM
    ACTION:DISPLAY
    TRIGGER:-PTxx
    END:VALARM
    no colon here
    END:VEVENT
    BEGIN:VFREEBUSY
    FREEBUSY;FBTYPE=BUSY-TENTATIVE:20240101T100000Z/PT1H,20240102T100000Z/20240102T110000Z
    END:VFREEBUSY
    END:VCALENDAR

    """

func checkLenientReading() -> Bool {
    var ok = true
    do {
        let parsed = try ICalendarReader.parse(foreignText)
        ok = check(parsed.problems.map(\.line) == [16, 18, 23, 25], "foreign problems \(parsed.problems)") && ok
        ok = check(parsed.freeBusy.count == 2, "free/busy \(parsed.freeBusy)") && ok
        ok = check(parsed.timeZoneIDs == ["Europe/Brussels"], "foreign zones \(parsed.timeZoneIDs)") && ok
        let event = parsed.events[0]
        ok = check(event.categories == ["a,b", "c"], "foreign categories \(event.categories)") && ok
        ok = check(event.end == .zoned(dateTime("2024-03-10T12:00"), zone: "Europe/Brussels"), "foreign end") && ok
        let days = try RecurrenceExpander.occurrences(of: event, through: instant("2030-01-01T00:00:00"), limit: 10)
        ok = check(days.count == 3, "month ends \(days)") && ok
    } catch {
        print("ERROR reading the foreign file: \(error)")
        return false
    }
    for broken in ["", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", "BEGIN:VEVENT\r\nEND:VEVENT\r\n"] {
        ok = check((try? ICalendarReader.parse(broken)) == nil, "accepted \(broken.debugDescription)") && ok
    }
    return ok
}

/// Every refusal path, including those taken after libical objects were created.
func checkRefusals() -> Bool {
    var refusals = calendar.events.map { _ in calendar }
    refusals[0].events[0].recurrenceRule = "FREQ=WEEKLY;COUNT=2;UNTIL=20250101T000000Z"
    refusals[1].events[1].end = .zoned(dateTime("2024-07-22T10:00"), zone: "Europe/Brussels")
    refusals[2].events[2].start = .zoned(dateTime("2025-10-20T09:00"), zone: "Mars/Olympus_Mons")
    refusals[3].color = "#008080"
    var ok = true
    for refused in refusals {
        ok = check((try? ICalendarWriter.serialize(refused)) == nil, "accepted an invalid calendar") && ok
    }
    var badRule = calendar.events[0]
    badRule.recurrenceRule = "FREQ=MONTHLY;BYMONTH=13"
    ok =
        check(
            (try? RecurrenceExpander.occurrences(of: badRule, through: instant("2030-01-01T00:00:00"), limit: 5)) == nil,
            "expanded an impossible rule") && ok
    return ok
}

let iterations = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1 : 1
if CommandLine.arguments.contains("--print") {
    print(try ICalendarWriter.serialize(calendar), terminator: "")
    exit(0)
}
for iteration in 0..<iterations where !runOnce() {
    print("round trip failed at iteration \(iteration)")
    exit(1)
}
print("ICalendarSelfCheck: \(iterations) iteration(s) OK")
