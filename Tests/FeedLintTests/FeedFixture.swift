import FeedLint
import Foundation

/// A feed as content lines, folded UTF-8-aware at 75 octets and joined with CRLF.
struct Feed {
    var lines: [String]

    /// A feed that passes every rule: zoned, UTC and all-day events, recurrence with
    /// EXDATE and RDATE, an alarm, escaped text, folds next to multi-byte characters.
    /// It also passes the Python checkers (icalendar, ical, vobject; ical rejects
    /// RDATE;VALUE=PERIOD, so that one is tested apart).
    static let good = Feed(lines: [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Jumelage//FeedLint tests//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:Québec–Namur",
        "X-WR-CALNAME:Québec–Namur",
        "DESCRIPTION:Jumelage Québec\\, Namur",
        "X-WR-CALDESC:Jumelage Québec\\, Namur",
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
        "X-PUBLISHED-TTL:PT12H",
        "BEGIN:VTIMEZONE",
        "TZID:America/Toronto",
        "LAST-MODIFIED:20240101T000000Z",
        "BEGIN:STANDARD",
        "DTSTART:20231105T020000",
        "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500",
        "TZNAME:EST",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:20240310T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0400",
        "TZNAME:EDT",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:timed@jumelage.test",
        "DTSTAMP:20240101T120000Z",
        "LAST-MODIFIED:20240101T120000Z",
        "CREATED:20231201T120000Z",
        "SEQUENCE:1",
        "DTSTART;TZID=America/Toronto:20240601T090000",
        "DTEND;TZID=America/Toronto:20240601T170000",
        "RRULE:FREQ=WEEKLY;UNTIL=20240630T130000Z",
        "EXDATE;TZID=America/Toronto:20240615T090000",
        "SUMMARY:Comité mixte\\; séance de travail",
        "DESCRIPTION:Ordre du jour :\\n1. Mobilité étudiante\\, 2. Culture\\\\Arts\\N"
            + "3. Échanges économiques à Québec et à Namur – déjà prévus en été\tfin",
        "LOCATION:Hôtel de ville\\, 2 rue des Jardins\\, Québec",
        "GEO:46.813878;-71.207981",
        "CATEGORIES:Comité,Mobilité étudiante,Culture\\, arts",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT30M",
        "DESCRIPTION:Rappel",
        "END:VALARM",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:timed@jumelage.test",
        "DTSTAMP:20240101T120000Z",
        "RECURRENCE-ID;TZID=America/Toronto:20240608T090000",
        "DTSTART;TZID=America/Toronto:20240608T100000",
        "DTEND;TZID=America/Toronto:20240608T180000",
        "SUMMARY:Comité mixte (déplacé)",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:allday@jumelage.test",
        "DTSTAMP:20240101T120000Z",
        "DTSTART;VALUE=DATE:20240701",
        "DTEND;VALUE=DATE:20240704",
        "RRULE:FREQ=YEARLY;UNTIL=20270701",
        "EXDATE;VALUE=DATE:20250701",
        "SUMMARY:Mission à Namur",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:utc@jumelage.test",
        "DTSTAMP:20240101T120000Z",
        "DTSTART:20240801T140000Z",
        "DURATION:PT2H",
        "RRULE:FREQ=MONTHLY;COUNT=3",
        "RDATE:20241201T140000Z,20250101T140000Z",
        "EXDATE:20240901T140000Z",
        "SUMMARY:Visioconférence",
        "END:VEVENT",
        "END:VCALENDAR",
    ])

    /// The bytes: each line folded at 75 octets (never inside a UTF-8 sequence), CRLF after each.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        for line in lines {
            out.append(contentsOf: Feed.fold(Array(line.utf8)))
        }
        return out
    }

    static func fold(_ line: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var start = 0
        var limit = 75
        while line.count - start > limit {
            var cut = start + limit
            while line[cut] & 0xC0 == 0x80 { cut -= 1 }
            out.append(contentsOf: line[start..<cut])
            out.append(contentsOf: [0x0D, 0x0A, 0x20])
            start = cut
            limit = 74
        }
        out.append(contentsOf: line[start...])
        out.append(contentsOf: [0x0D, 0x0A])
        return out
    }

    /// Replaces the first line equal to `old` (it must exist) by `new` lines.
    func replacing(_ old: String, with new: [String]) -> Feed {
        guard let index = lines.firstIndex(of: old) else { fatalError("no line \(old)") }
        var copy = self
        copy.lines.replaceSubrange(index...index, with: new)
        return copy
    }

    func replacing(_ old: String, with new: String) -> Feed { replacing(old, with: [new]) }

    func removing(_ old: String) -> Feed { replacing(old, with: []) }

    func inserting(_ new: [String], after old: String) -> Feed {
        guard let index = lines.firstIndex(of: old) else { fatalError("no line \(old)") }
        var copy = self
        copy.lines.insert(contentsOf: new, at: index + 1)
        return copy
    }

    /// Replaces a substring in every line.
    func replacingText(_ old: String, with new: String) -> Feed {
        Feed(lines: lines.map { $0.replacingOccurrences(of: old, with: new) })
    }

    /// 1-based physical line (in `bytes`) where the first line equal to `text` starts.
    func physicalLine(of text: String) -> Int {
        var number = 1
        for line in lines {
            if line == text { return number }
            number += Feed.fold(Array(line.utf8)).filter { $0 == 0x0A }.count
        }
        fatalError("no line \(text)")
    }
}

extension Array where Element == UInt8 {
    /// Replaces the first occurrence of `old` (it must exist).
    func replacingBytes(_ old: [UInt8], with new: [UInt8]) -> [UInt8] {
        let n = old.count
        var i = 0
        while i + n <= count {
            if Array(self[i..<(i + n)]) == old {
                return Array(self[..<i]) + new + Array(self[(i + n)...])
            }
            i += 1
        }
        fatalError("bytes not found")
    }

    func replacingBytes(_ old: String, with new: [UInt8]) -> [UInt8] {
        replacingBytes(Array(old.utf8), with: new)
    }
}

func rules(_ issues: [FeedLintIssue]) -> Set<FeedLintRule> {
    Set(issues.map(\.rule))
}
