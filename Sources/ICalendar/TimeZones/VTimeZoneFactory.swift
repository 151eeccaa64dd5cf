import CLibical
import CivilTime

/// Builds VTIMEZONEs from libical's builtin zones (read from the system tzdata), truncated to the
/// years a feed needs and named by their bare IANA identifier. Call with the libical lock held.
enum VTimeZoneFactory {
    /// libical's own definition of the zone; it stays owned by libical's builtin table.
    static func builtinDefinition(_ tzid: String) -> OpaquePointer? {
        guard ZoneRules.isKnown(tzid), let zone = icaltimezone_get_builtin_timezone(tzid) else { return nil }
        return icaltimezone_get_component(zone)
    }

    static func isKnown(_ tzid: String) -> Bool {
        builtinDefinition(tzid) != nil
    }

    /// The zone's VTIMEZONE covering `years` (an open upper end keeps the rules in force forever).
    static func component(for tzid: String, fromYear: Int, throughYear: Int?) throws(ICalendarError) -> LibicalComponent {
        guard let definition = builtinDefinition(tzid) else {
            throw ICalendarError(.unknownTimeZone, "unknown time zone '\(tzid)'")
        }
        let component = LibicalComponent(cloning: definition)
        // A day of margin on each side: zones east of UTC start the year before it does in UTC.
        // Past libical's last year, the rules in force stay open-ended.
        let start = CivilDateTime(date: CivilDate(year: min(max(fromYear, 2), 9998) - 1, month: 12, day: 31)!, time: .midnight)
        let end =
            throughYear.flatMap { $0 >= RecurrenceRule.lastIterableYear ? nil : $0 }.map {
                LibicalTime.utc(CivilDateTime(date: CivilDate(year: max($0, fromYear) + 1, month: 1, day: 2)!, time: .midnight))
            } ?? icaltime_null_time()
        icaltimezone_truncate_vtimezone(component.pointer, LibicalTime.utc(start), end, 0)
        if let property = component.firstProperty(ICAL_TZID_PROPERTY) {
            icalproperty_set_tzid(property, tzid)
        } else {
            component.add(property: icalproperty_new_tzid(tzid))
        }
        return component
    }
}
