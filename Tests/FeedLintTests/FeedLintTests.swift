import FeedLint
import Foundation
import Testing

/// A minimal bad feed: the good feed with one defect that only `rule` must report.
struct BadFeed: Sendable, CustomTestStringConvertible {
    var name: String
    var rule: FeedLintRule
    var bytes: [UInt8]
    /// The physical line expected for the issue, when the test pins it.
    var line: Int?

    var testDescription: String { "\(rule.rawValue): \(name)" }

    init(_ name: String, _ rule: FeedLintRule, _ feed: Feed, line: Int? = nil) {
        self.init(name, rule, feed.bytes, line: line)
    }

    init(_ name: String, _ rule: FeedLintRule, _ bytes: [UInt8], line: Int? = nil) {
        self.name = name
        self.rule = rule
        self.bytes = bytes
        self.line = line
    }
}

let good = Feed.good
let goodBytes = good.bytes

let badFeeds: [BadFeed] = [
    // Wire format
    BadFeed(
        "invalid byte", .invalidUTF8,
        goodBytes.replacingBytes("Mission à Namur", with: Array("Mission ".utf8) + [0xFF] + Array("Namur".utf8)),
        line: good.physicalLine(of: "SUMMARY:Mission à Namur")),
    BadFeed(
        "overlong encoding", .invalidUTF8,
        goodBytes.replacingBytes("Mission à Namur", with: Array("Mission ".utf8) + [0xC0, 0xAF] + Array("Namur".utf8))),
    BadFeed(
        "UTF-16 surrogate", .invalidUTF8,
        goodBytes.replacingBytes("Mission à Namur", with: Array("Mission ".utf8) + [0xED, 0xA0, 0x80] + Array("Namur".utf8))),
    BadFeed("byte order mark", .byteOrderMark, [0xEF, 0xBB, 0xBF] + goodBytes, line: 1),
    BadFeed(
        "no CRLF after the last line", .missingFinalCRLF, Array(goodBytes.dropLast(2)),
        line: good.physicalLine(of: "END:VCALENDAR")),
    BadFeed(
        "CR inside a line", .bareCR, goodBytes.replacingBytes("Mission à Namur", with: Array("Mission\rà Namur".utf8)),
        line: good.physicalLine(of: "SUMMARY:Mission à Namur")),
    BadFeed("CR at the end of the file", .bareCR, Array(goodBytes.dropLast(1))),
    BadFeed(
        "LF without CR", .bareLF, goodBytes.replacingBytes("SEQUENCE:1\r\n", with: Array("SEQUENCE:1\n".utf8)),
        line: good.physicalLine(of: "SEQUENCE:1")),
    BadFeed(
        "76-octet line", .lineTooLong,
        goodBytes.replacingBytes("SUMMARY:Mission à Namur", with: Array(("SUMMARY:" + String(repeating: "x", count: 68)).utf8)),
        line: good.physicalLine(of: "SUMMARY:Mission à Namur")),
    BadFeed(
        "76 octets with multi-byte characters", .lineTooLong,
        goodBytes.replacingBytes("SUMMARY:Mission à Namur", with: Array(("SUMMARY:" + String(repeating: "é", count: 34)).utf8))),
    BadFeed(
        "fold without leading space", .badContinuation,
        good.inserting(["suite du texte sans espace"], after: "SUMMARY:Mission à Namur"),
        line: good.physicalLine(of: "SUMMARY:Mission à Namur") + 1),
    BadFeed("continuation on the first line", .badContinuation, Array(" X-JUNK:1\r\n".utf8) + goodBytes, line: 1),
    BadFeed(
        "fold inside é", .foldSplitsUTF8,
        goodBytes.replacingBytes(
            "SUMMARY:Mission à Namur", with: Array("SUMMARY:Mission ".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xA0] + Array(" Namur".utf8)),
        line: good.physicalLine(of: "SUMMARY:Mission à Namur") + 1),
    BadFeed(
        "fold inside a 4-byte sequence", .foldSplitsUTF8,
        goodBytes.replacingBytes(
            "SUMMARY:Mission à Namur",
            with: Array("SUMMARY:Mission ".utf8) + [0xF0, 0x9F, 0x0D, 0x0A, 0x09, 0x87, 0xA7] + Array(" Namur".utf8))),
    BadFeed(
        "BEL in a summary", .controlCharacter, good.replacing("SUMMARY:Mission à Namur", with: "SUMMARY:Mission\u{07} à Namur"),
        line: good.physicalLine(of: "SUMMARY:Mission à Namur")),
    BadFeed("DEL in a summary", .controlCharacter, good.replacing("SUMMARY:Mission à Namur", with: "SUMMARY:Mission\u{7F} à Namur")),
    BadFeed("no colon", .malformedLine, good.replacing("SUMMARY:Mission à Namur", with: "SUMMARY;LANGUAGE=fr")),
    BadFeed(
        "unterminated quoted parameter", .malformedLine,
        good.replacing("SUMMARY:Mission à Namur", with: "SUMMARY;ALTREP=\"cid:x:Mission à Namur")),
    BadFeed(
        "empty line", .malformedLine, good.inserting([""], after: "SUMMARY:Mission à Namur"),
        line: good.physicalLine(of: "SUMMARY:Mission à Namur") + 1),
    BadFeed("VALARM never closed", .beginEnd, good.removing("END:VALARM")),
    BadFeed("END without BEGIN", .beginEnd, good.inserting(["END:VTODO"], after: "SUMMARY:Mission à Namur")),
    BadFeed("property after END:VCALENDAR", .beginEnd, good.inserting(["X-AFTER:1"], after: "END:VCALENDAR")),
    BadFeed("VCALENDAR never closed", .beginEnd, good.removing("END:VCALENDAR"), line: 1),
    // Calendar properties
    BadFeed("VERSION:2.1", .version, good.replacing("VERSION:2.0", with: "VERSION:2.1")),
    BadFeed("two VERSION", .version, good.inserting(["VERSION:2.0"], after: "VERSION:2.0")),
    BadFeed("no VERSION", .version, good.removing("VERSION:2.0"), line: 1),
    BadFeed(
        "two PRODID", .prodid, good.inserting(["PRODID:-//Other//EN"], after: "CALSCALE:GREGORIAN"),
        line: good.physicalLine(of: "CALSCALE:GREGORIAN") + 1),
    BadFeed("no PRODID", .prodid, good.removing("PRODID:-//Jumelage//FeedLint tests//FR")),
    BadFeed("no CALSCALE", .calscale, good.removing("CALSCALE:GREGORIAN")),
    BadFeed("METHOD:REQUEST", .method, good.replacing("METHOD:PUBLISH", with: "METHOD:REQUEST")),
    BadFeed("no NAME", .calendarName, good.removing("NAME:Québec–Namur")),
    BadFeed("no X-WR-CALNAME", .calendarName, good.removing("X-WR-CALNAME:Québec–Namur")),
    BadFeed("TTL differs", .refreshInterval, good.replacing("X-PUBLISHED-TTL:PT12H", with: "X-PUBLISHED-TTL:PT6H")),
    BadFeed(
        "no VALUE=DURATION", .refreshInterval,
        good.replacing("REFRESH-INTERVAL;VALUE=DURATION:PT12H", with: "REFRESH-INTERVAL:PT12H")),
    BadFeed("no X-PUBLISHED-TTL", .refreshInterval, good.removing("X-PUBLISHED-TTL:PT12H")),
    BadFeed("no REFRESH-INTERVAL", .refreshInterval, good.removing("REFRESH-INTERVAL;VALUE=DURATION:PT12H")),
    // Events
    BadFeed("no UID", .uid, good.removing("UID:allday@jumelage.test")),
    BadFeed("two UID", .uid, good.inserting(["UID:other@jumelage.test"], after: "UID:allday@jumelage.test")),
    BadFeed("same UID twice", .duplicateUID, good.replacing("UID:allday@jumelage.test", with: "UID:utc@jumelage.test")),
    BadFeed("no DTSTAMP", .dtstamp, good.removingAfter("UID:allday@jumelage.test")),
    BadFeed("two DTSTAMP", .dtstamp, good.inserting(["DTSTAMP:20240102T120000Z"], after: "UID:allday@jumelage.test")),
    BadFeed("no DTSTART", .dtstart, good.removing("DTSTART;VALUE=DATE:20240701")),
    BadFeed("two DTSTART", .dtstart, good.inserting(["DTSTART;VALUE=DATE:20240702"], after: "DTSTART;VALUE=DATE:20240701")),
    BadFeed("DTSTAMP without Z", .utcTimestamp, good.replacing("LAST-MODIFIED:20240101T120000Z", with: "LAST-MODIFIED:20240101T120000")),
    BadFeed(
        "DTSTAMP as a DATE", .utcTimestamp,
        good.inserting(["DTSTAMP;VALUE=DATE:20240101"], after: "UID:allday@jumelage.test").removingAfter("DTSTAMP;VALUE=DATE:20240101")),
    BadFeed(
        "ISO 8601 with dashes", .dateTimeFormat,
        good.replacing("DTSTART;VALUE=DATE:20240701", with: "DTSTART;VALUE=DATE:2024-07-01")),
    BadFeed("DATE without VALUE=DATE", .dateTimeFormat, good.replacing("EXDATE;VALUE=DATE:20250701", with: "EXDATE:20250701")),
    BadFeed("month 13", .dateTimeFormat, good.replacing("EXDATE:20240901T140000Z", with: "EXDATE:20241301T140000Z")),
    BadFeed("floating DTEND", .floatingTime, good.replacing("DURATION:PT2H", with: "DTEND:20240801T160000")),
    BadFeed(
        "floating RDATE", .floatingTime,
        good.replacing("RDATE:20241201T140000Z,20250101T140000Z", with: "RDATE:20241201T140000Z,20250101T140000")),
    BadFeed(
        "floating PERIOD start", .floatingTime,
        good.inserting(["RDATE;VALUE=PERIOD:20250201T140000/PT1H"], after: "RDATE:20241201T140000Z,20250101T140000Z")),
    BadFeed(
        "TZID without VTIMEZONE", .missingTimezone,
        good.replacingText("TZID=America/Toronto", with: "TZID=Europe/Brussels")),
    BadFeed(
        "libical builtin prefix", .tzidName,
        good.replacingText("America/Toronto", with: "/freeassociation.sourceforge.net/America/Toronto"),
        line: good.physicalLine(of: "TZID:America/Toronto")),
    BadFeed("Windows zone name", .tzidName, good.replacingText("America/Toronto", with: "Eastern Standard Time")),
    BadFeed(
        "DATE start, DATE-TIME end", .dateMix,
        good.replacing("DTEND;VALUE=DATE:20240704", with: "DTEND;TZID=America/Toronto:20240704T000000")),
    BadFeed("all-day without DTEND", .dateMix, good.removing("DTEND;VALUE=DATE:20240704")),
    BadFeed("DTEND equal to DTSTART", .endBeforeStart, good.replacing("DTEND;VALUE=DATE:20240704", with: "DTEND;VALUE=DATE:20240701")),
    BadFeed(
        "zoned DTEND before DTSTART", .endBeforeStart,
        good.replacing("DTEND;TZID=America/Toronto:20240601T170000", with: "DTEND;TZID=America/Toronto:20240601T080000")),
    BadFeed("negative DURATION", .endBeforeStart, good.replacing("DURATION:PT2H", with: "DURATION:-PT2H")),
    BadFeed("DTEND and DURATION", .endAndDuration, good.inserting(["DURATION:P3D"], after: "DTEND;VALUE=DATE:20240704")),
    BadFeed(
        "COUNT and UNTIL", .rruleCountUntil,
        good.replacing("RRULE:FREQ=WEEKLY;UNTIL=20240630T130000Z", with: "RRULE:FREQ=WEEKLY;COUNT=4;UNTIL=20240630T130000Z")),
    BadFeed(
        "local UNTIL with zoned DTSTART", .rruleUntil,
        good.replacing("RRULE:FREQ=WEEKLY;UNTIL=20240630T130000Z", with: "RRULE:FREQ=WEEKLY;UNTIL=20240630T090000")),
    BadFeed(
        "DATE-TIME UNTIL with DATE DTSTART", .rruleUntil,
        good.replacing("RRULE:FREQ=YEARLY;UNTIL=20270701", with: "RRULE:FREQ=YEARLY;UNTIL=20270701T000000Z")),
    BadFeed(
        "UTC EXDATE with zoned DTSTART", .exdateType,
        good.replacing("EXDATE;TZID=America/Toronto:20240615T090000", with: "EXDATE:20240615T130000Z")),
    BadFeed(
        "DATE EXDATE with DATE-TIME DTSTART", .exdateType,
        good.replacing("EXDATE:20240901T140000Z", with: "EXDATE;VALUE=DATE:20240901")),
    BadFeed(
        "DATE RECURRENCE-ID with DATE-TIME DTSTART", .exdateType,
        good.replacing("RECURRENCE-ID;TZID=America/Toronto:20240608T090000", with: "RECURRENCE-ID;VALUE=DATE:20240608")),
    BadFeed("decimal commas", .geo, good.replacing("GEO:46.813878;-71.207981", with: "GEO:46,813878;-71,207981")),
    BadFeed("latitude out of range", .geo, good.replacing("GEO:46.813878;-71.207981", with: "GEO:146.813878;-71.207981")),
    BadFeed("comma separator", .geo, good.replacing("GEO:46.813878;-71.207981", with: "GEO:46.813878,-71.207981")),
    BadFeed("VALARM without DESCRIPTION", .valarm, good.removing("DESCRIPTION:Rappel")),
    BadFeed("VALARM without TRIGGER", .valarm, good.removing("TRIGGER:-PT30M")),
    BadFeed(
        "unescaped comma in X-WR-CALNAME", .textEscaping,
        good.replacing("X-WR-CALNAME:Québec–Namur", with: "X-WR-CALNAME:Québec, Namur")),
    BadFeed(
        "unescaped semicolon in SUMMARY", .textEscaping,
        good.replacing("SUMMARY:Mission à Namur", with: "SUMMARY:Mission; Namur")),
    BadFeed(
        "\\t escape in DESCRIPTION", .textEscaping,
        good.replacing("DESCRIPTION:Rappel", with: "DESCRIPTION:Rappel\\tdans 30 min")),
    BadFeed(
        "backslash at the end of LOCATION", .textEscaping,
        good.replacing("LOCATION:Hôtel de ville\\, 2 rue des Jardins\\, Québec", with: "LOCATION:Québec\\")),
    BadFeed(
        "unescaped semicolon in CATEGORIES", .categoriesEscaping,
        good.replacing("CATEGORIES:Comité,Mobilité étudiante,Culture\\, arts", with: "CATEGORIES:Comité;Mobilité")),
    BadFeed(
        "bad escape in CATEGORIES", .categoriesEscaping,
        good.replacing("CATEGORIES:Comité,Mobilité étudiante,Culture\\, arts", with: "CATEGORIES:Comité,C:\\Culture")),
    BadFeed(
        "empty category", .categoriesEscaping,
        good.replacing("CATEGORIES:Comité,Mobilité étudiante,Culture\\, arts", with: "CATEGORIES:Comité,,Culture")),
]

extension Feed {
    /// Removes the line right after the first line equal to `text`.
    func removingAfter(_ text: String) -> Feed {
        guard let index = lines.firstIndex(of: text) else { fatalError("no line \(text)") }
        var copy = self
        copy.lines.remove(at: index + 1)
        return copy
    }
}

@Suite struct FeedLintTests {
    @Test func goodFeedHasNoIssue() {
        let issues = FeedLinter.lint(goodBytes)
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test func goodFeedIsFoldedNextToMultiByteCharacters() {
        // The fixture must exercise folds, including one right after a multi-byte character.
        let text = String(decoding: goodBytes, as: UTF8.self)
        #expect(text.contains("\r\n "))
        #expect(goodBytes.split(separator: 0x0A).allSatisfy { $0.count <= 76 })
    }

    @Test(arguments: badFeeds)
    func badFeedTriggersOnlyItsRule(_ bad: BadFeed) {
        let issues = FeedLinter.lint(bad.bytes)
        #expect(rules(issues) == [bad.rule], "\(issues)")
        if let line = bad.line {
            #expect(issues.first?.line == line, "\(issues)")
        }
    }

    @Test func everyRuleHasABadFeed() {
        let covered = Set(badFeeds.map(\.rule))
        let missing = FeedLintRule.allCases.filter { !covered.contains($0) }
        #expect(missing.isEmpty, "rules without a bad feed: \(missing)")
    }

    @Test func lfOnlyFeedReportsEachLine() {
        let bytes = goodBytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { $0.last == 0x0D ? Array($0.dropLast()) : Array($0) }
            .joined(separator: [0x0A])
        let issues = FeedLinter.lint(Array(bytes))
        #expect(rules(issues) == [.bareLF])
        #expect(issues.count == goodBytes.filter { $0 == 0x0A }.count)
    }

    @Test func unfoldingJoinsValuesBeforeChecks() {
        // An escape split by a fold is still a valid escape; an unescaped comma after a fold is found.
        let ok = Array("SUMMARY:Mission \\".utf8) + [0x0D, 0x0A, 0x20] + Array(", Namur".utf8)
        #expect(FeedLinter.lint(goodBytes.replacingBytes("SUMMARY:Mission à Namur", with: ok)).isEmpty)
        let bad = Array("SUMMARY:Mission".utf8) + [0x0D, 0x0A, 0x20] + Array(", Namur".utf8)
        let issues = FeedLinter.lint(goodBytes.replacingBytes("SUMMARY:Mission à Namur", with: bad))
        #expect(rules(issues) == [.textEscaping])
        #expect(issues.first?.line == good.physicalLine(of: "SUMMARY:Mission à Namur") + 1)
    }

    @Test func tabContinuationIsAccepted() {
        let bytes = goodBytes.replacingBytes(
            "SUMMARY:Mission à Namur", with: Array("SUMMARY:Mission à".utf8) + [0x0D, 0x0A, 0x09] + Array(" Namur".utf8))
        #expect(FeedLinter.lint(bytes).isEmpty)
    }

    @Test func quotedParameterValuesMayHoldColonsAndSemicolons() {
        let feed = good.replacing(
            "SUMMARY:Mission à Namur", with: "SUMMARY;ALTREP=\"https://example.org/a;b:c\";LANGUAGE=fr:Mission à Namur"
        )
        .replacingText("TZID=America/Toronto", with: "TZID=\"America/Toronto\"")
        #expect(FeedLinter.lint(feed.bytes).isEmpty)
    }

    @Test func periodRDatesAreAccepted() {
        let feed = good.inserting(
            ["RDATE;VALUE=PERIOD:20250201T140000Z/PT1H,20250301T140000Z/20250301T150000Z"],
            after: "RDATE:20241201T140000Z,20250101T140000Z")
        #expect(FeedLinter.lint(feed.bytes).isEmpty)
    }

    @Test func emptyInputReportsNoCalendar() {
        #expect(rules(FeedLinter.lint([UInt8]())) == [.beginEnd])
    }

    @Test func repeatedBadZoneIsReportedOnce() {
        let feed = good.replacingText("TZID=America/Toronto", with: "TZID=Europe/Brussels")
        let issues = FeedLinter.lint(feed.bytes).filter { $0.rule == .missingTimezone }
        #expect(issues.count == 1)
        #expect(issues.first?.message.contains("6 uses") == true, "\(issues)")
    }

    @Test func descriptionNamesLineAndRule() {
        let issue = FeedLintIssue(rule: .geo, line: 12, message: "GEO:x is not lat;lon with dot decimals")
        #expect(issue.description == "line 12: GEO:x is not lat;lon with dot decimals [geo]")
        #expect(FeedLintRule(rawValue: "fold-utf8") == .foldSplitsUTF8)
        #expect(Set(FeedLintRule.allCases.map(\.rawValue)).count == FeedLintRule.allCases.count)
        #expect(FeedLintRule.allCases.allSatisfy { !$0.summary.isEmpty })
    }

    @Test func lintsAOneMegabyteFeedQuickly() {
        var lines = Array(good.lines.prefix(while: { $0 != "BEGIN:VEVENT" }))
        var index = 0
        while lines.reduce(0, { $0 + $1.utf8.count + 2 }) < 1_000_000 {
            for _ in 0..<200 {
                index += 1
                lines += [
                    "BEGIN:VEVENT",
                    "UID:event-\(index)@jumelage.test",
                    "DTSTAMP:20240101T120000Z",
                    "DTSTART;TZID=America/Toronto:20240601T090000",
                    "DTEND;TZID=America/Toronto:20240601T170000",
                    "RRULE:FREQ=WEEKLY;UNTIL=20240630T130000Z",
                    "EXDATE;TZID=America/Toronto:20240615T090000",
                    "SUMMARY:Comité mixte n° \(index)\\; séance de travail",
                    "DESCRIPTION:Ordre du jour :\\n1. Mobilité étudiante\\, 2. Culture\\, 3. Échanges économiques à Québec et à Namur – déjà prévus",
                    "LOCATION:Hôtel de ville\\, Québec",
                    "GEO:46.813878;-71.207981",
                    "CATEGORIES:Comité,Mobilité",
                    "END:VEVENT",
                ]
            }
        }
        lines.append("END:VCALENDAR")
        let bytes = Feed(lines: lines).bytes
        #expect(bytes.count >= 1_000_000)
        var issues: [FeedLintIssue] = []
        let clock = ContinuousClock()
        // Best of three: other tests run in parallel on a 2-core machine.
        let elapsed = (0..<3).map { _ in clock.measure { issues = FeedLinter.lint(bytes) } }.min()!
        #expect(issues.isEmpty, "\(issues.prefix(3))")
        #if DEBUG
            let limit = Duration.seconds(2)  // unoptimised build, tests running in parallel
        #else
            let limit = Duration.milliseconds(100)
        #endif
        #expect(elapsed < limit, "linting \(bytes.count) bytes took \(elapsed)")
        print("FeedLint: \(bytes.count) bytes in \(elapsed)")
    }
}
