import CivilTime
import ICalendar

/// Builders and byte-level helpers shared by the suites.
enum Fixtures {
    static func dateTime(_ text: String) -> CivilDateTime { CivilDateTime(iso: text)! }
    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }
    static func instant(_ text: String) -> Instant { Instant(utc: dateTime(text)) }
    static func toronto(_ text: String) -> EventTime { .zoned(dateTime(text), zone: "America/Toronto") }
    static func brussels(_ text: String) -> EventTime { .zoned(dateTime(text), zone: "Europe/Brussels") }

    static let stamp = instant("2024-05-01T08:00:00")

    static func event(
        uid: String = "e1@jumelage", start: EventTime = toronto("2024-03-01T10:00"),
        end: EventTime? = toronto("2024-03-01T11:00"), summary: String = "Réunion"
    ) -> Event {
        Event(uid: uid, stamp: stamp, start: start, end: end, summary: summary)
    }

    static func calendar(_ events: [Event], name: String = "Jumelage") -> ICalendar.Calendar {
        ICalendar.Calendar(productID: "-//Jumelage//Tests//FR", name: name, events: events)
    }

    /// A calendar using every feature the writer supports.
    static var fullCalendar: ICalendar.Calendar {
        var weekly = event(uid: "weekly@jumelage")
        weekly.sequence = 3
        weekly.lastModified = stamp
        weekly.recurrenceRule = "FREQ=WEEKLY;UNTIL=20261231T000000Z"
        weekly.exceptionDates = [toronto("2024-03-15T10:00")]
        weekly.recurrenceDates = [toronto("2024-03-20T18:00")]
        weekly.description = "Cours\nDeuxième ligne"
        weekly.location = "Salle 2, hôtel de ville"
        weekly.geo = Event.Geo(latitude: 43.6532, longitude: -79.3832)
        weekly.categories = ["cours", "langue, culture"]
        weekly.status = .confirmed
        weekly.classification = .public
        weekly.transparency = .opaque
        weekly.url = "https://example.org/cours"
        weekly.alarms = [Event.Alarm(minutesBefore: 15, description: "Bientôt")]

        var moved = event(uid: "weekly@jumelage", start: toronto("2024-03-22T12:00"), end: toronto("2024-03-22T13:00"))
        moved.sequence = 3
        moved.recurrenceID = toronto("2024-03-22T10:00")

        var fete = event(
            uid: "fete@jumelage", start: .date(date("2024-07-21")), end: .date(date("2024-07-22")),
            summary: "Fête nationale")
        fete.recurrenceRule = "FREQ=YEARLY;COUNT=3"

        let visit = event(
            uid: "visite@jumelage", start: brussels("2026-10-20T09:00"), end: brussels("2026-10-20T17:00"),
            summary: "Visite de la délégation")
        let call = event(
            uid: "appel@jumelage", start: .utc(dateTime("2025-11-05T15:00")),
            end: .utc(dateTime("2025-11-05T16:00")), summary: "Appel")
        return ICalendar.Calendar(
            productID: "-//Jumelage//Tests//FR", name: "Jumelage Liège, Toronto; été",
            description: "Échanges, visites; fêtes", refreshIntervalSeconds: 12 * 3600, color: "teal",
            events: [weekly, moved, fete, visit, call])
    }

    /// Physical lines, without their CRLF.
    static func physicalLines(_ output: String) -> [Substring] {
        var lines = output.split(separator: "\r\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Content lines, unfolded.
    static func contentLines(_ output: String) -> [String] {
        var result: [String] = []
        for line in physicalLines(output) {
            if line.hasPrefix(" ") {
                result[result.count - 1] += line.dropFirst()
            } else {
                result.append(String(line))
            }
        }
        return result
    }

    static func propertyNames(_ lines: [String]) -> [String] {
        lines.map { line in String(line.prefix { $0 != ":" && $0 != ";" }) }
    }

    /// The content lines of the first component `name` (BEGIN…END inclusive) after `skipping` others.
    static func block(_ name: String, in lines: [String], skipping: Int = 0) -> [String] {
        var found = 0
        var index = 0
        while index < lines.count {
            if lines[index] == "BEGIN:\(name)" {
                if found == skipping {
                    let end = lines[index...].firstIndex(of: "END:\(name)")!
                    return Array(lines[index...end])
                }
                found += 1
            }
            index += 1
        }
        return []
    }

    /// The VTIMEZONE whose TZID is `zone`, byte for byte as written (CRLF included).
    static func timeZoneBlock(_ zone: String, in output: String) -> String {
        var current: [Substring]?
        for line in physicalLines(output) {
            if line == "BEGIN:VTIMEZONE" { current = [] }
            current?.append(line)
            if line == "END:VTIMEZONE", let block = current {
                if block.contains("TZID:\(zone)") { return block.map { $0 + "\r\n" }.joined() }
                current = nil
            }
        }
        return ""
    }
}
