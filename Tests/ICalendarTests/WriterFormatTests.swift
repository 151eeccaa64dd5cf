import CivilTime
import ICalendar
import Testing

@Suite("ICalendarWriter: wire format")
struct WriterFormatTests {
    let longSummary =
        "Réunion préparatoire du comité de jumelage entre Liège, Besançon et Trois-Rivières 🎉🇧🇪🇫🇷 "
        + "— présentation des échanges scolaires, fête de l'été, dégustation de spécialités régionales 👩‍👩‍👧‍👦 "
        + "et découverte du patrimoine; ouverture à tous les habitants, entrée libre ✨ ç à é è ù ô"

    @Test func everyLineEndsWithCRLFIncludingTheLast() throws {
        let output = try ICalendarWriter.serialize(Fixtures.fullCalendar)
        let bytes = Array(output.utf8)
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() {
            if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
            if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10) }
        }
        #expect(output.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(output.hasSuffix("END:VCALENDAR\r\n"))
        #expect(bytes.prefix(3) != [0xEF, 0xBB, 0xBF])
    }

    @Test func foldsAt75OctetsNeverInsideAUTF8Sequence() throws {
        var event = Fixtures.event(summary: longSummary)
        event.description = String(repeating: "é🎉", count: 80)
        let output = try ICalendarWriter.serialize(Fixtures.calendar([event]))
        let physical = Fixtures.physicalLines(output)
        #expect(physical.contains { $0.hasPrefix(" ") })
        for line in physical {
            let bytes = Array(line.utf8)
            #expect(bytes.count <= 75, "\(bytes.count) octets: \(line)")
            #expect(String(validating: bytes, as: UTF8.self) != nil, "fold splits a character: \(line)")
        }
        let lines = Fixtures.contentLines(output)
        let expectedSummary = "SUMMARY:" + longSummary.replacingEscapes()
        #expect(lines.contains(expectedSummary))
        #expect(lines.contains("DESCRIPTION:" + String(repeating: "é🎉", count: 80)))
    }

    @Test func foldsEscapedXPropertiesAndCategoriesWithinTheLimit() throws {
        let name = String(repeating: "Liège, été; ", count: 12)
        var event = Fixtures.event()
        event.categories = Array(repeating: "fête, défilé; feux", count: 8)
        let output = try ICalendarWriter.serialize(Fixtures.calendar([event], name: name))
        for line in Fixtures.physicalLines(output) {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        let lines = Fixtures.contentLines(output)
        #expect(lines.contains("X-WR-CALNAME:" + name.replacingEscapes()))
        let category = "fête, défilé; feux".replacingEscapes()
        #expect(lines.contains("CATEGORIES:" + Array(repeating: category, count: 8).joined(separator: ",")))
    }

    @Test func escapesTextInSummaryCalendarNameAndCategories() throws {
        var event = Fixtures.event(summary: "Apéro, jeux; quiz \\ fin\nsuite")
        event.categories = ["a,b", "c", "d;e"]
        var calendar = Fixtures.calendar([event], name: "Liège, Toronto; été \\ 2024")
        calendar.description = "Échanges, visites; fêtes"
        let lines = Fixtures.contentLines(try ICalendarWriter.serialize(calendar))
        #expect(lines.contains(#"SUMMARY:Apéro\, jeux\; quiz \\ fin\nsuite"#))
        #expect(lines.contains(#"NAME:Liège\, Toronto\; été \\ 2024"#))
        #expect(lines.contains(#"X-WR-CALNAME:Liège\, Toronto\; été \\ 2024"#))
        #expect(lines.contains(#"DESCRIPTION:Échanges\, visites\; fêtes"#))
        #expect(lines.contains(#"X-WR-CALDESC:Échanges\, visites\; fêtes"#))
        #expect(lines.contains(#"CATEGORIES:a\,b,c,d\;e"#))
    }

    @Test func stripsControlCharactersButKeepsNewlines() throws {
        let noncharacter = String(Unicode.Scalar(0xFDD0 as UInt32)!)
        var event = Fixtures.event(summary: "A\u{07}B\u{00}C\tD\r\nE\rF\u{7F}G\(noncharacter)H")
        event.url = "https://example.org/a\r\nb"
        let output = try ICalendarWriter.serialize(Fixtures.calendar([event]))
        let lines = Fixtures.contentLines(output)
        #expect(lines.contains(#"SUMMARY:ABC D\nE\nFGH"#))
        #expect(lines.contains("URL:https://example.org/ab"))
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
    }

    @Test func writesCalendarPropertiesInOrder() throws {
        let lines = Fixtures.contentLines(try ICalendarWriter.serialize(Fixtures.fullCalendar))
        #expect(
            Array(lines.prefix(12)) == [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Jumelage//Tests//FR",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                #"NAME:Jumelage Liège\, Toronto\; été"#,
                #"X-WR-CALNAME:Jumelage Liège\, Toronto\; été"#,
                #"DESCRIPTION:Échanges\, visites\; fêtes"#,
                #"X-WR-CALDESC:Échanges\, visites\; fêtes"#,
                "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
                "X-PUBLISHED-TTL:PT12H",
                "COLOR:teal",
            ])
        #expect(lines[12] == "BEGIN:VTIMEZONE")
    }

    @Test func omitsMethodAndOptionalCalendarPropertiesWhenUnset() throws {
        var calendar = Fixtures.calendar([Fixtures.event()])
        calendar.method = nil
        let names = Fixtures.propertyNames(Fixtures.contentLines(try ICalendarWriter.serialize(calendar)))
        #expect(!names.contains("METHOD"))
        #expect(!names.contains("REFRESH-INTERVAL") && !names.contains("X-PUBLISHED-TTL") && !names.contains("COLOR"))
        #expect(!names.contains("X-WR-CALDESC"))
    }

    @Test func writesEventPropertiesInAFixedOrder() throws {
        let lines = Fixtures.contentLines(try ICalendarWriter.serialize(Fixtures.fullCalendar))
        let event = Fixtures.block("VEVENT", in: lines)
        #expect(
            Fixtures.propertyNames(event) == [
                "BEGIN", "UID", "SEQUENCE", "DTSTAMP", "LAST-MODIFIED", "DTSTART", "DTEND", "RRULE", "EXDATE", "RDATE",
                "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "CATEGORIES", "STATUS", "CLASS", "TRANSP", "URL",
                "BEGIN", "ACTION", "TRIGGER", "DESCRIPTION", "END", "END",
            ])
        #expect(event.contains("SEQUENCE:3"))
        #expect(event.contains("GEO:43.653200;-79.383200"))
        #expect(event.contains(#"LOCATION:Salle 2\, hôtel de ville"#))
        #expect(event.contains(#"DESCRIPTION:Cours\nDeuxième ligne"#))
        #expect(
            Array(event.suffix(6).prefix(5)) == [
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "DESCRIPTION:Bientôt", "END:VALARM",
            ])
        let utcEvent = Fixtures.block("VEVENT", in: lines, skipping: 4)
        #expect(Fixtures.propertyNames(utcEvent) == ["BEGIN", "UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "END"])
        #expect(utcEvent.contains("SEQUENCE:0"))
    }

    @Test func writesZonedTimesWithTheBareTZIDEverywhere() throws {
        let output = try ICalendarWriter.serialize(Fixtures.fullCalendar)
        let lines = Fixtures.contentLines(output)
        #expect(!output.contains("freeassociation"))
        #expect(lines.contains("DTSTART;TZID=America/Toronto:20240301T100000"))
        #expect(lines.contains("DTEND;TZID=America/Toronto:20240301T110000"))
        #expect(lines.contains("EXDATE;TZID=America/Toronto:20240315T100000"))
        #expect(lines.contains("RDATE;TZID=America/Toronto:20240320T180000"))
        #expect(lines.contains("RECURRENCE-ID;TZID=America/Toronto:20240322T100000"))
        #expect(lines.contains("DTSTART;TZID=Europe/Brussels:20261020T090000"))
        #expect(lines.contains("RRULE:FREQ=WEEKLY;UNTIL=20261231T000000Z"))
    }

    @Test func writesUTCTimesWithZ() throws {
        let lines = Fixtures.contentLines(try ICalendarWriter.serialize(Fixtures.fullCalendar))
        #expect(lines.contains("DTSTART:20251105T150000Z"))
        #expect(lines.contains("DTEND:20251105T160000Z"))
        #expect(lines.contains("DTSTAMP:20240501T080000Z"))
        #expect(lines.contains("LAST-MODIFIED:20240501T080000Z"))
    }

    @Test func writesAllDayEventsAsDatesWithExclusiveEnd() throws {
        var event = Fixtures.event(start: .date(Fixtures.date("2024-07-21")), end: .date(Fixtures.date("2024-07-23")))
        event.recurrenceRule = "FREQ=YEARLY;UNTIL=20260721"
        event.exceptionDates = [.date(Fixtures.date("2025-07-21"))]
        let lines = Fixtures.contentLines(try ICalendarWriter.serialize(Fixtures.calendar([event])))
        #expect(lines.contains("DTSTART;VALUE=DATE:20240721"))
        #expect(lines.contains("DTEND;VALUE=DATE:20240723"))
        #expect(lines.contains("EXDATE;VALUE=DATE:20250721"))
        #expect(lines.contains("RRULE:FREQ=YEARLY;UNTIL=20260721"))
        #expect(!lines.contains { $0.hasPrefix("BEGIN:VTIMEZONE") })
    }

    @Test func isDeterministic() throws {
        let first = try ICalendarWriter.serialize(Fixtures.fullCalendar)
        let second = try ICalendarWriter.serialize(Fixtures.fullCalendar)
        #expect(first == second)
        #expect(Array(first.utf8) == Array(second.utf8))
    }
}

extension String {
    /// TEXT escaping as RFC 5545 §3.3.11 writes it.
    func replacingEscapes() -> String {
        var result = ""
        for character in self {
            switch character {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }
}
