import CLibical
import CivilTime

/// Builds one VEVENT with a fixed property order. Call with the libical lock held.
enum EventComponentBuilder {
    static func component(for event: Event, rule: RecurrenceRule?) -> LibicalComponent {
        let component = LibicalComponent(kind: ICAL_VEVENT_COMPONENT)
        component.add(property: icalproperty_new_uid(TextSanitizer.clean(event.uid)))
        component.add(property: icalproperty_new_sequence(Int32(clamping: event.sequence)))
        component.add(property: icalproperty_new_dtstamp(LibicalTime.utc(event.stamp)))
        if let lastModified = event.lastModified {
            component.add(property: icalproperty_new_lastmodified(LibicalTime.utc(lastModified)))
        }
        component.add(property: timeProperty(event.start, icalproperty_new_dtstart))
        if let end = event.end {
            component.add(property: timeProperty(end, icalproperty_new_dtend))
        }
        if let rule {
            component.add(property: icalproperty_new_rrule(rule.parsed))
        }
        for exdate in event.exceptionDates {
            component.add(property: timeProperty(exdate, icalproperty_new_exdate))
        }
        for rdate in event.recurrenceDates {
            component.add(
                property: timeProperty(rdate) { time in
                    icalproperty_new_rdate(icaldatetimeperiodtype(time: time, period: icalperiodtype_null_period()))
                })
        }
        if let recurrenceID = event.recurrenceID {
            component.add(property: timeProperty(recurrenceID, icalproperty_new_recurrenceid))
        }
        component.add(property: icalproperty_new_summary(TextSanitizer.clean(event.summary)))
        if let description = event.description {
            component.add(property: icalproperty_new_description(TextSanitizer.clean(description)))
        }
        if let location = event.location {
            component.add(property: icalproperty_new_location(TextSanitizer.clean(location)))
        }
        if let geo = event.geo {
            component.add(property: icalproperty_new_geo(icalgeotype(lat: geo.latitude, lon: geo.longitude)))
        }
        let categories = event.categories.map(TextSanitizer.shielded).filter { !$0.isEmpty }
        if !categories.isEmpty {
            component.add(property: icalproperty_new_categories(categories.joined(separator: ",")))
        }
        if let status = event.status {
            component.add(property: icalproperty_new_status(status.libical))
        }
        if let classification = event.classification {
            component.add(property: icalproperty_new_class(classification.libical))
        }
        if let transparency = event.transparency {
            component.add(property: icalproperty_new_transp(transparency.libical))
        }
        if let url = event.url {
            component.add(property: icalproperty_new_url(TextSanitizer.singleLine(url)))
        }
        if let organizer = event.organizer {
            component.add(property: participantProperty(organizer, icalproperty_new_organizer))
        }
        for attendee in event.attendees {
            component.add(property: participantProperty(attendee, icalproperty_new_attendee))
        }
        for alarm in event.alarms {
            component.add(child: alarmComponent(alarm, summary: event.summary))
        }
        return component
    }

    /// libical's constructors drop the zone of a floating value: the TZID parameter is added here.
    private static func timeProperty(
        _ time: EventTime, _ make: (icaltimetype) -> OpaquePointer?
    ) -> OpaquePointer? {
        guard let property = make(LibicalTime.value(of: time)) else { return nil }
        if case .zoned(_, let zone) = time {
            icalproperty_add_parameter(property, icalparameter_new_tzid(zone))
        }
        return property
    }

    /// `ORGANIZER;CN=…:mailto:…` or `ATTENDEE;CN=…;PARTSTAT=…;RSVP=TRUE;ROLE=…:mailto:…`.
    /// libical quotes CN when it holds `,`, `;` or `:` and writes `"` as `^'` (RFC 6868) but
    /// leaves `^` bare: it is doubled here, so that `^n` or `^'` in a name read back as written.
    private static func participantProperty(
        _ participant: Participant, _ make: (UnsafePointer<CChar>) -> OpaquePointer?
    ) -> OpaquePointer? {
        guard let property = ("mailto:" + TextSanitizer.singleLine(participant.email)).withCString(make) else { return nil }
        if let name = participant.name.map(TextSanitizer.singleLine), !name.trimmingSpaces.isEmpty {
            icalproperty_add_parameter(property, icalparameter_new_cn(name.replacingCarets))
        }
        if let status = participant.participationStatus {
            icalproperty_add_parameter(property, icalparameter_new_partstat(status.libical))
        }
        if participant.rsvp {
            icalproperty_add_parameter(property, icalparameter_new_rsvp(ICAL_RSVP_TRUE))
        }
        if let role = participant.role {
            icalproperty_add_parameter(property, icalparameter_new_role(role.libical))
        }
        return property
    }

    private static func alarmComponent(_ alarm: Event.Alarm, summary: String) -> LibicalComponent {
        let component = LibicalComponent(kind: ICAL_VALARM_COMPONENT)
        component.add(property: icalproperty_new_action(ICAL_ACTION_DISPLAY))
        var trigger = icaltriggertype()
        trigger.time = icaltime_null_time()
        trigger.duration = icaldurationtype_from_int(Int32(clamping: -alarm.minutesBefore * 60))
        component.add(property: icalproperty_new_trigger(trigger))
        let description = TextSanitizer.clean(alarm.description)
        component.add(
            property: icalproperty_new_description(
                description.trimmingSpaces.isEmpty ? TextSanitizer.clean(summary) : description))
        return component
    }
}

extension String {
    /// `^` doubled, as RFC 6868 writes it in a parameter value.
    fileprivate var replacingCarets: String {
        contains("^") ? String(flatMap { $0 == "^" ? "^^" : String($0) }) : self
    }
}
