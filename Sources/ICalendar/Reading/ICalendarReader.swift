import CLibical
import CivilTime

/// Reads iCalendar text with libical's lenient parser, reporting what it had to drop.
public enum ICalendarReader {
    /// Throws when the text is empty, is not a VCALENDAR or lacks its END:VCALENDAR; anything
    /// wrong inside it becomes a problem in the result.
    public static func parse(_ text: String) throws(ICalendarError) -> ParsedCalendar {
        let lines = ContentLines(text)
        guard !lines.lines.isEmpty else {
            throw ICalendarError(.notACalendar, "the text is empty")
        }
        guard lines.beginsCalendar else {
            throw ICalendarError(.notACalendar, "the text has no BEGIN:VCALENDAR")
        }
        guard lines.endsCalendar else {
            throw ICalendarError(.notACalendar, "the text has no END:VCALENDAR")
        }
        return try Libical.exclusive { () throws(ICalendarError) -> ParsedCalendar in
            guard let root = icalparser_parse_string(text).map(LibicalComponent.init(taking:)) else {
                jumelage_clear_icalerrno()
                throw ICalendarError(.notACalendar, "libical could not parse the text as iCalendar")
            }
            var calendars = root.kind == ICAL_VCALENDAR_COMPONENT ? [root.pointer] : []
            if root.kind == ICAL_XROOT_COMPONENT {
                calendars = root.children(ICAL_VCALENDAR_COMPONENT)
            }
            guard let calendar = calendars.first else {
                throw ICalendarError(.notACalendar, "the text is not a VCALENDAR")
            }
            var result = read(calendar, lines: lines)
            if calendars.count > 1 {
                result.problems.append(ICalendarProblem(
                    line: nil, message: "\(calendars.count) VCALENDARs; only the first was read"))
            }
            return result
        }
    }

    private static func read(_ calendar: OpaquePointer, lines: ContentLines) -> ParsedCalendar {
        var locator = ProblemLocator(lines: lines)
        var problems = libicalErrors(in: calendar).map {
            ICalendarProblem(line: locator.locate(libicalMessage: $0), message: $0)
        }
        var result = ParsedCalendar()
        result.name = text(calendar, ICAL_NAME_PROPERTY, icalproperty_get_name) ?? xValue(calendar, "X-WR-CALNAME")
        result.description = text(calendar, ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description)
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
