/// One rule of the feed lint. The raw value is the stable identifier printed in reports.
public enum FeedLintRule: String, Sendable, Hashable, CaseIterable {
    // Wire format (bytes and lines).
    case invalidUTF8 = "invalid-utf8"
    case byteOrderMark = "bom"
    case missingFinalCRLF = "final-crlf"
    case bareCR = "bare-cr"
    case bareLF = "bare-lf"
    case lineTooLong = "line-length"
    case badContinuation = "continuation"
    case foldSplitsUTF8 = "fold-utf8"
    case controlCharacter = "control-character"
    case malformedLine = "malformed-line"
    case beginEnd = "begin-end"
    // Calendar properties.
    case version = "version"
    case prodid = "prodid"
    case calscale = "calscale"
    case method = "method"
    case calendarName = "calendar-name"
    case refreshInterval = "refresh-interval"
    // Events.
    case uid = "uid"
    case duplicateUID = "duplicate-uid"
    case dtstamp = "dtstamp"
    case dtstart = "dtstart"
    case utcTimestamp = "utc-timestamp"
    case dateTimeFormat = "date-time-format"
    case floatingTime = "floating-time"
    case missingTimezone = "missing-vtimezone"
    case tzidName = "tzid-name"
    case dateMix = "date-mix"
    case endBeforeStart = "end-before-start"
    case endAndDuration = "dtend-and-duration"
    case rruleCountUntil = "rrule-count-until"
    case rruleUntil = "rrule-until"
    case exdateType = "exdate-type"
    case geo = "geo"
    case valarm = "valarm"
    case textEscaping = "text-escaping"
    case categoriesEscaping = "categories-escaping"

    /// What the rule requires, in one line.
    public var summary: String {
        switch self {
        case .invalidUTF8: return "the content (after unfolding) is valid UTF-8"
        case .byteOrderMark: return "no byte order mark"
        case .missingFinalCRLF: return "the last line ends with CRLF too"
        case .bareCR: return "no CR that is not followed by LF"
        case .bareLF: return "no LF that is not preceded by CR"
        case .lineTooLong: return "physical lines are at most 75 octets, line break excluded"
        case .badContinuation: return "a continuation line starts with one space or tab and follows a content line"
        case .foldSplitsUTF8: return "no fold inside a UTF-8 multi-byte sequence"
        case .controlCharacter: return "no control character other than HTAB in content lines"
        case .malformedLine: return "every content line is NAME[;PARAM=VALUE…]:VALUE"
        case .beginEnd: return "BEGIN/END balanced inside one VCALENDAR"
        case .version: return "exactly one VERSION:2.0"
        case .prodid: return "exactly one PRODID"
        case .calscale: return "CALSCALE:GREGORIAN present"
        case .method: return "METHOD absent or PUBLISH"
        case .calendarName: return "NAME and X-WR-CALNAME present"
        case .refreshInterval: return "REFRESH-INTERVAL;VALUE=DURATION and X-PUBLISHED-TTL present with the same value"
        case .uid: return "every VEVENT has exactly one UID"
        case .duplicateUID: return "no two VEVENTs share UID and RECURRENCE-ID"
        case .dtstamp: return "every VEVENT has exactly one DTSTAMP"
        case .dtstart: return "every VEVENT has exactly one DTSTART"
        case .utcTimestamp: return "DTSTAMP, LAST-MODIFIED and CREATED are UTC date-times (end in Z)"
        case .dateTimeFormat: return "date and date-time values are well formed and match their VALUE type"
        case .floatingTime: return "no floating date-time: without Z there is a TZID parameter"
        case .missingTimezone: return "every TZID used has a VTIMEZONE in the calendar"
        case .tzidName: return "TZIDs are bare IANA names"
        case .dateMix: return "an all-day DTSTART;VALUE=DATE goes with a DATE DTEND; no DATE/DATE-TIME mix in one event"
        case .endBeforeStart: return "DTEND strictly after DTSTART, DURATION positive"
        case .endAndDuration: return "not both DTEND and DURATION"
        case .rruleCountUntil: return "no RRULE with both COUNT and UNTIL"
        case .rruleUntil: return "UNTIL is UTC when DTSTART is zoned or UTC, a DATE when DTSTART is a DATE"
        case .exdateType: return "EXDATE has the value type and TZID of DTSTART; RECURRENCE-ID its value type"
        case .geo: return "GEO is lat;lon with dot decimals in range"
        case .valarm: return "VALARM has ACTION, TRIGGER and DESCRIPTION"
        case .textEscaping: return "TEXT values escape ; , and \\ and use only \\\\ \\; \\, \\n \\N"
        case .categoriesEscaping: return "CATEGORIES: valid backslash escapes, no unescaped ;, no empty category"
        }
    }
}

/// A problem found in a feed, located on a 1-based physical line.
public struct FeedLintIssue: Sendable, Hashable, CustomStringConvertible {
    public var rule: FeedLintRule
    /// 1-based physical line (before unfolding).
    public var line: Int
    public var message: String

    public init(rule: FeedLintRule, line: Int, message: String) {
        self.rule = rule
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message) [\(rule.rawValue)]" }
}
