import CivilTime

/// Refuses events that would publish wrong or ambiguous data. One per calendar written: it
/// remembers the zones already found known. Call with the libical lock held.
struct EventValidator {
    private var knownZones: Set<String> = []

    /// Returns the parsed RRULE, if any.
    mutating func validate(_ event: Event) throws(ICalendarError) -> RecurrenceRule? {
        do {
            return try check(event)
        } catch {
            throw error.forEvent(event.uid)
        }
    }

    private mutating func check(_ event: Event) throws(ICalendarError) -> RecurrenceRule? {
        guard !TextSanitizer.clean(event.uid).trimmingSpaces.isEmpty else {
            throw ICalendarError(.invalidEvent, "UID is empty")
        }
        guard event.sequence >= 0 else {
            throw ICalendarError(.invalidEvent, "SEQUENCE \(event.sequence) is negative")
        }
        let start = event.start
        try checkZone(start, "DTSTART")

        if let end = event.end {
            try checkZone(end, "DTEND")
            try Self.checkSameValueType(end, "DTEND", as: start)
            guard let startPosition = RecurrenceExpander.position(of: start),
                let endPosition = RecurrenceExpander.position(of: end), endPosition > startPosition
            else {
                throw ICalendarError(.invalidEvent, "DTEND \(end.icalText) is not after DTSTART \(start.icalText)")
            }
        }
        for exdate in event.exceptionDates {
            try checkZone(exdate, "EXDATE")
            try Self.checkSameValueType(exdate, "EXDATE", as: start)
            guard exdate.zone == start.zone, exdate.isUTC == start.isUTC else {
                throw ICalendarError(
                    .invalidEvent, "EXDATE \(exdate.icalText) must have the same type and TZID as DTSTART \(start.icalText)")
            }
        }
        for rdate in event.recurrenceDates {
            try checkZone(rdate, "RDATE")
            try Self.checkSameValueType(rdate, "RDATE", as: start)
        }
        if let recurrenceID = event.recurrenceID {
            try checkZone(recurrenceID, "RECURRENCE-ID")
            try Self.checkSameValueType(recurrenceID, "RECURRENCE-ID", as: start)
        }
        if let geo = event.geo {
            guard geo.latitude.isFinite, geo.longitude.isFinite,
                (-90...90).contains(geo.latitude), (-180...180).contains(geo.longitude)
            else {
                throw ICalendarError(.invalidEvent, "GEO \(geo.latitude);\(geo.longitude) is out of range")
            }
        }
        var participants: [(participant: Participant, property: String)] = event.attendees.map { ($0, "ATTENDEE") }
        if let organizer = event.organizer { participants.insert((organizer, "ORGANIZER"), at: 0) }
        for (participant, property) in participants {
            let email = participant.email
            guard email.contains("@"), email.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }),
                !email.contains(where: { "<>\"".contains($0) })
            else {
                throw ICalendarError(.invalidEvent, "\(property) '\(email)' is not an email address")
            }
        }
        guard let text = event.recurrenceRule else { return nil }
        let rule = try RecurrenceRule(text)
        try rule.validate(start: start)
        return rule
    }

    private mutating func checkZone(_ time: EventTime, _ property: String) throws(ICalendarError) {
        guard let zone = time.zone, !knownZones.contains(zone) else { return }
        guard VTimeZoneFactory.isKnown(zone) else {
            let hint = zone.uppercased() == "UTC" ? " (write UTC times as EventTime.utc)" : ""
            throw ICalendarError(.unknownTimeZone, "\(property) uses unknown time zone '\(zone)'\(hint)")
        }
        knownZones.insert(zone)
    }

    private static func checkSameValueType(_ time: EventTime, _ property: String, as start: EventTime) throws(ICalendarError) {
        guard time.isAllDay == start.isAllDay else {
            throw ICalendarError(
                .invalidEvent, "mixes DATE and DATE-TIME: DTSTART \(start.icalText), \(property) \(time.icalText)")
        }
    }
}
