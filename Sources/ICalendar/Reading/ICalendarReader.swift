import CLibical
import CivilTime

/// Reads iCalendar text with libical's lenient parser, reporting what it had to drop.
public enum ICalendarReader {
    /// Throws when the text is empty, is not a VCALENDAR, lacks its END:VCALENDAR or nests
    /// components more than 32 deep (the message then starts with `line N: `, see
    /// `ICalendarError.line`); anything wrong inside it becomes a problem in the result.
    /// A UTF-8 byte order mark is skipped; lines ending in CR alone (classic Mac OS) are read
    /// as CRLF lines, with a problem saying so.
    public static func parse(_ text: String) throws(ICalendarError) -> ParsedCalendar {
        var text = text
        var notes: [ICalendarProblem] = []
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.utf8.contains(UInt8(ascii: "\r")) && !text.utf8.contains(UInt8(ascii: "\n")) {
            text = String(decoding: text.utf8.flatMap { $0 == UInt8(ascii: "\r") ? [$0, UInt8(ascii: "\n")] : [$0] }, as: UTF8.self)
            notes.append(ICalendarProblem(line: 1, message: "lines end with CR alone (classic Mac OS), not CRLF; read as CRLF lines"))
        }
        if text.utf8.contains(0) {
            // libical reads C strings: everything after a NUL byte would silently vanish.
            let line = text.utf8.prefix { $0 != 0 }.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            text = String(decoding: text.utf8.map { $0 == 0 ? UInt8(ascii: "?") : $0 }, as: UTF8.self)
            notes.append(ICalendarProblem(line: line, message: "the file contains NUL bytes (binary data), read as '?'"))
        }
        let structure = ICalendarStructure(text)
        func refusal(_ fallback: String) -> ICalendarError {
            ICalendarError(.notACalendar, structure.firstProblem.map { "line \($0.line ?? 1): \($0.message)" } ?? fallback)
        }
        if let tooDeep = structure.tooDeep {
            throw ICalendarError(.notACalendar, "line \(tooDeep.line ?? 1): \(tooDeep.message)")
        }
        let lines = ContentLines(text)
        guard !lines.lines.isEmpty else {
            throw ICalendarError(.notACalendar, "line 1: the file is empty")
        }
        guard lines.beginsCalendar else {
            throw refusal("the text has no BEGIN:VCALENDAR")
        }
        guard lines.endsCalendar else {
            throw refusal("the text has no END:VCALENDAR")
        }
        return try Libical.exclusive { () throws(ICalendarError) -> ParsedCalendar in
            guard let root = icalparser_parse_string(text).map(LibicalComponent.init(taking:)) else {
                jumelage_clear_icalerrno()
                throw refusal("libical could not parse the text as iCalendar")
            }
            var calendars = root.kind == ICAL_VCALENDAR_COMPONENT ? [root.pointer] : []
            if root.kind == ICAL_XROOT_COMPONENT {
                calendars = root.children(ICAL_VCALENDAR_COMPONENT)
            }
            guard let calendar = calendars.first else {
                throw ICalendarError(.notACalendar, "the text is not a VCALENDAR")
            }
            var result = read(calendar, lines: lines)
            result.problems.insert(contentsOf: notes, at: 0)
            if calendars.count > 1 {
                result.problems.append(
                    ICalendarProblem(
                        line: nil, message: "\(calendars.count) VCALENDARs; only the first was read"))
            }
            return result
        }
    }

    private static func read(_ calendar: OpaquePointer, lines: ContentLines) -> ParsedCalendar {
        var locator = ProblemLocator(lines: lines)
        var problems = libicalErrors(in: calendar).map {
            ICalendarProblem(line: locator.locate(libicalMessage: $0), message: ICalendarStructure.printable(shortened(libicalMessage: $0)))
        }
        var result = ParsedCalendar()
        result.name = text(calendar, ICAL_NAME_PROPERTY, icalproperty_get_name) ?? xValue(calendar, "X-WR-CALNAME")
        result.description =
            text(calendar, ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description)
            ?? xValue(calendar, "X-WR-CALDESC")
        result.productID = text(calendar, ICAL_PRODID_PROPERTY, icalproperty_get_prodid)
        result.method = icalcomponent_get_first_property(calendar, ICAL_METHOD_PROPERTY).flatMap {
            Libical.borrowString(icalproperty_method_to_string(icalproperty_get_method($0)))
        }
        result.defaultTimeZone = xValue(calendar, "X-WR-TIMEZONE")
        // libical's parser puts each VTIMEZONE it meets first in the calendar: undo the reversal.
        result.timeZoneIDs = LibicalComponent.children(of: calendar, ICAL_VTIMEZONE_COMPONENT).reversed().compactMap {
            text($0, ICAL_TZID_PROPERTY, icalproperty_get_tzid)
        }

        let floatingZone = result.defaultTimeZone.flatMap { ZoneRules.isKnown($0) ? $0 : nil }
        let events = LibicalComponent.children(of: calendar, ICAL_VEVENT_COMPONENT)
        var reader = EventReader(
            lines: lines, floatingZone: floatingZone, libicalEventCount: events.count, locator: locator)
        result.events = events.enumerated().compactMap { reader.event(from: $0.element, index: $0.offset) }
        problems += reader.problems

        result.freeBusy = LibicalComponent.children(of: calendar, ICAL_VFREEBUSY_COMPONENT).flatMap(freeBusy)
        result.problems = problems.enumerated().sorted {
            ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset)
        }.map(\.element)
        return result
    }

    /// libical's "Can't parse as RECUR value in RRULE property. Removing entire property: <value>"
    /// says what is wrong, not what happens: reworded, with the value (which can be thousands
    /// of characters long) cut to 80. Other messages are kept, cut the same way.
    static func shortened(libicalMessage message: String) -> String {
        let prefix = "Can't parse as "
        let removing = " property. Removing entire property: "
        if message.hasPrefix(prefix), let cut = message.firstRange(of: removing) {
            let words = message[message.index(message.startIndex, offsetBy: prefix.count)..<cut.lowerBound].split(separator: " ")
            if words.count == 4, words[1] == "value", words[2] == "in" {
                let value = cutValue(message[cut.upperBound...])
                let consequence = words[3] == "RRULE" ? "the event counts once" : "it is ignored"
                return "\(words[3]) '\(value)' is not a valid \(words[0]) value: \(consequence); correct it in the calendar it comes from"
            }
        }
        guard message.count > 200, let separator = message.firstRange(of: ": ") else { return message }
        return message[..<separator.upperBound] + cutValue(message[separator.upperBound...])
    }

    private static func cutValue(_ value: Substring) -> String {
        value.count > 80 ? value.prefix(80) + "… (\(value.count) characters)" : String(value)
    }

    /// X-LIC-ERROR messages of the tree, component by component in document order.
    private static func libicalErrors(in component: OpaquePointer) -> [String] {
        var messages = LibicalComponent.properties(of: component, ICAL_XLICERROR_PROPERTY).compactMap {
            Libical.borrowString(icalproperty_get_xlicerror($0))
        }
        for child in LibicalComponent.children(of: component, ICAL_ANY_COMPONENT) {
            messages += libicalErrors(in: child)
        }
        return messages
    }

    private static func freeBusy(_ component: OpaquePointer) -> [FreeBusyPeriod] {
        LibicalComponent.properties(of: component, ICAL_FREEBUSY_PROPERTY).compactMap { property in
            let period = icalproperty_get_freebusy(property)
            guard let start = LibicalTime.civil(period.start).map(Instant.init(utc:)) else { return nil }
            let end: Instant
            if !LibicalTime.isNull(period.end), let civil = LibicalTime.civil(period.end) {
                end = Instant(utc: civil)
            } else {
                end = Instant(secondsSinceEpoch: start.secondsSinceEpoch + Int64(icaldurationtype_as_int(period.duration)))
            }
            var kind = FreeBusyPeriod.Kind.busy
            if let parameter = icalproperty_get_first_parameter(property, ICAL_FBTYPE_PARAMETER) {
                switch icalparameter_get_fbtype(parameter) {
                case ICAL_FBTYPE_FREE: kind = .free
                case ICAL_FBTYPE_BUSYTENTATIVE: kind = .busyTentative
                case ICAL_FBTYPE_BUSYUNAVAILABLE: kind = .busyUnavailable
                default: kind = .busy
                }
            }
            return FreeBusyPeriod(start: start, end: end, kind: kind)
        }
    }

    private static func text(
        _ component: OpaquePointer, _ kind: icalproperty_kind, _ get: (OpaquePointer) -> UnsafePointer<CChar>?
    ) -> String? {
        icalcomponent_get_first_property(component, kind).flatMap { Libical.borrowString(get($0)) }
    }

    private static func xValue(_ component: OpaquePointer, _ name: String) -> String? {
        LibicalComponent.properties(of: component, ICAL_X_PROPERTY).first {
            Libical.borrowString(icalproperty_get_x_name($0))?.uppercased() == name
        }.flatMap { Libical.borrowString(icalproperty_get_x($0)) }
    }
}
