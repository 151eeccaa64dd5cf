import CLibical
import CivilTime

/// Writes a calendar as an iCalendar feed (RFC 5545 with RFC 7986 calendar properties).
public enum ICalendarWriter {
    /// The feed's text: CRLF line ends, folded at 75 octets, the same bytes for the same input.
    /// Throws when an event or calendar property would publish wrong data.
    public static func serialize(_ calendar: Calendar) throws(ICalendarError) -> String {
        let output = try Libical.exclusive { () throws(ICalendarError) -> String in
            var rules: [RecurrenceRule?] = []
            var zones = ZoneUsage()
            var validator = EventValidator()
            for event in calendar.events {
                let rule = try validator.validate(event)
                rules.append(rule)
                zones.record(event, rule: rule)
            }
            let root = try CalendarComponentBuilder.component(for: calendar)
            // libical puts each VTIMEZONE added first in the calendar: add them in reverse.
            for zone in zones.sortedZones.reversed() {
                let span = zones.spans[zone]!
                root.add(
                    child: try VTimeZoneFactory.component(
                        for: zone, fromYear: span.firstYear, throughYear: span.lastYear))
            }
            for (event, rule) in zip(calendar.events, rules) {
                root.add(child: EventComponentBuilder.component(for: event, rule: rule))
            }
            return root.serialized()
        }
        return TextSanitizer.unshield(output)
    }
}
