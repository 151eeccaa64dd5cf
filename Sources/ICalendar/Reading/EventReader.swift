import CLibical
import CivilTime

/// Maps a parsed VEVENT back to the model. Call with the libical lock held.
struct EventReader {
    let lines: ContentLines
    /// X-WR-TIMEZONE: the zone floating times are read in (UTC when absent).
    let floatingZone: String?
    /// Whether VEVENT number n in libical's tree is VEVENT number n in the text.
    let eventsAligned: Bool
    var locator: ProblemLocator
    var problems: [ICalendarProblem] = []
    private var currentEvent: Int?

    init(lines: ContentLines, floatingZone: String?, libicalEventCount: Int, locator: ProblemLocator) {
        self.lines = lines
        self.floatingZone = floatingZone
        self.eventsAligned = lines.eventLines.count == libicalEventCount
        self.locator = locator
    }

    mutating func event(from pointer: OpaquePointer, index: Int) -> Event? {
        currentEvent = eventsAligned ? index : nil
        let component = Properties(pointer: pointer)
        let uid = component.first(ICAL_UID_PROPERTY).flatMap { Libical.borrowString(icalproperty_get_uid($0)) }
        guard let startProperty = component.first(ICAL_DTSTART_PROPERTY),
            let start = time(startProperty, icalproperty_get_dtstart(startProperty), "DTSTART")
        else {
            report(property: "UID", containing: uid, "VEVENT \(uid ?? "without UID") has no usable DTSTART; skipped")
            return nil
        }
        if uid == nil { report(property: nil, containing: nil, "VEVENT starting \(start.icalText) has no UID") }

        var end = component.first(ICAL_DTEND_PROPERTY).flatMap { time($0, icalproperty_get_dtend($0), "DTEND") }
        if end == nil, let duration = component.first(ICAL_DURATION_PROPERTY) {
            end = EventReader.end(of: start, after: icalproperty_get_duration(duration))
        }
        let stamp = component.first(ICAL_DTSTAMP_PROPERTY).flatMap { instant(icalproperty_get_dtstamp($0)) }
        if stamp == nil { report(property: "UID", containing: uid, "VEVENT \(uid ?? "") has no DTSTAMP") }

        var event = Event(
            uid: uid ?? "", stamp: stamp ?? RecurrenceExpander.instant(of: start) ?? Instant(secondsSinceEpoch: 0),
            start: start, end: end, summary: component.text(ICAL_SUMMARY_PROPERTY, icalproperty_get_summary) ?? "")
        event.sequence = component.first(ICAL_SEQUENCE_PROPERTY).map { Int(icalproperty_get_sequence($0)) } ?? 0
        event.lastModified = component.first(ICAL_LASTMODIFIED_PROPERTY).flatMap { instant(icalproperty_get_lastmodified($0)) }
        event.description = component.text(ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description)
        event.location = component.text(ICAL_LOCATION_PROPERTY, icalproperty_get_location)
        event.url = component.text(ICAL_URL_PROPERTY, icalproperty_get_url)
        if let geo = component.first(ICAL_GEO_PROPERTY).map(icalproperty_get_geo) {
            event.geo = Event.Geo(latitude: geo.lat, longitude: geo.lon)
        }
        event.categories = categories(component, index: index)
        event.status = component.first(ICAL_STATUS_PROPERTY).flatMap { Event.Status(icalproperty_get_status($0)) }
        event.classification = component.first(ICAL_CLASS_PROPERTY).flatMap { Event.Classification(icalproperty_get_class($0)) }
        event.transparency = component.first(ICAL_TRANSP_PROPERTY).flatMap { Event.Transparency(icalproperty_get_transp($0)) }
        if let rrule = component.first(ICAL_RRULE_PROPERTY) {
            var recurrence = icalproperty_get_rrule(rrule)
            event.recurrenceRule = Libical.takeString(icalrecurrencetype_as_string_r(&recurrence))
        }
        event.exceptionDates = component.all(ICAL_EXDATE_PROPERTY).compactMap { time($0, icalproperty_get_exdate($0), "EXDATE") }
        event.recurrenceDates = component.all(ICAL_RDATE_PROPERTY).compactMap { property in
            let value = icalproperty_get_rdate(property)
            return time(property, LibicalTime.isNull(value.time) ? value.period.start : value.time, "RDATE")
        }
        event.recurrenceID = component.first(ICAL_RECURRENCEID_PROPERTY).flatMap {
            time($0, icalproperty_get_recurrenceid($0), "RECURRENCE-ID")
        }
        event.alarms = LibicalComponent.children(of: pointer, ICAL_VALARM_COMPONENT).compactMap(EventReader.alarm)
        return event
    }

    /// libical 3.0.16 unescapes `a\,b,c` to `a,b,c`: the list is split from the raw text when the
    /// VEVENTs can be matched with the text's.
    private func categories(_ component: Properties, index: Int) -> [String] {
        let raw = eventsAligned ? lines.rawValues(of: "CATEGORIES", inEvent: index) : []
        if !raw.isEmpty {
            return raw.flatMap(TextSanitizer.splitTextList).filter { !$0.isEmpty }
        }
        return component.all(ICAL_CATEGORIES_PROPERTY)
            .compactMap { Libical.borrowString(icalproperty_get_categories($0)) }
            .flatMap { $0.split(separator: ",").map(String.init) }
    }

    private mutating func time(_ property: OpaquePointer, _ value: icaltimetype, _ name: String) -> EventTime? {
        let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER)
        let tzid = parameter.flatMap { Libical.borrowString(icalparameter_get_tzid($0)) }
        guard let time = LibicalTime.eventTime(value, tzid: tzid, floatingZone: floatingZone) else {
            report(property: name, containing: nil, "\(name) has an impossible date")
            return nil
        }
        if tzid == nil, value.is_date == 0, !LibicalTime.isUTC(value), let civil = LibicalTime.civil(value) {
            report(
                property: name, containing: civil.basicFormat,
                "\(name) \(civil.basicFormat) is floating; read in \(floatingZone ?? "UTC")")
        }
        return time
    }

    private func instant(_ value: icaltimetype) -> Instant? {
        LibicalTime.civil(value).map { Instant(utc: $0) }
    }

    private mutating func report(property: String?, containing fragment: String?, _ message: String) {
        let line = locator.locate(property: property, containing: fragment, inEvent: currentEvent)
        problems.append(ICalendarProblem(line: line, message: message))
    }

    /// DURATION's weeks and days are nominal (wall-clock days), its time part exact.
    static func end(of start: EventTime, after duration: icaldurationtype) -> EventTime {
        let sign: Int64 = duration.is_neg != 0 ? -1 : 1
        let days = sign * Int64(duration.weeks * 7 + duration.days)
        let seconds = sign * Int64(duration.hours * 3600 + duration.minutes * 60 + duration.seconds)
        switch start {
        case .date(let date):
            return .date(date.adding(days: Int(days)))
        case .utc(let dateTime):
            return .utc(dateTime.adding(seconds: days * 86_400 + seconds))
        case .zoned(let dateTime, let zone):
            let local = dateTime.adding(seconds: days * 86_400)
            guard seconds != 0, let rules = ZoneRules(identifier: zone) else {
                return .zoned(local.adding(seconds: seconds), zone: zone)
            }
            let moment = Instant(secondsSinceEpoch: rules.instant(of: local).secondsSinceEpoch + seconds)
            return .zoned(rules.localTime(at: moment), zone: zone)
        }
    }

    /// Display alarms relative to the start; others are not part of the model.
    private static func alarm(_ pointer: OpaquePointer) -> Event.Alarm? {
        let component = Properties(pointer: pointer)
        guard let action = component.first(ICAL_ACTION_PROPERTY), icalproperty_get_action(action) == ICAL_ACTION_DISPLAY,
            let triggerProperty = component.first(ICAL_TRIGGER_PROPERTY)
        else { return nil }
        if let related = icalproperty_get_first_parameter(triggerProperty, ICAL_RELATED_PARAMETER),
            icalparameter_get_related(related) == ICAL_RELATED_END
        {
            return nil
        }
        let trigger = icalproperty_get_trigger(triggerProperty)
        guard LibicalTime.isNull(trigger.time) else { return nil }
        let seconds = Int(icaldurationtype_as_int(trigger.duration))
        return Event.Alarm(
            minutesBefore: -seconds / 60,
            description: component.text(ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description) ?? "")
    }
}

/// Borrowed property access on a component owned elsewhere.
private struct Properties {
    let pointer: OpaquePointer

    func first(_ kind: icalproperty_kind) -> OpaquePointer? {
        icalcomponent_get_first_property(pointer, kind)
    }

    func all(_ kind: icalproperty_kind) -> [OpaquePointer] {
        LibicalComponent.properties(of: pointer, kind)
    }

    func text(_ kind: icalproperty_kind, _ get: (OpaquePointer) -> UnsafePointer<CChar>?) -> String? {
        first(kind).flatMap { Libical.borrowString(get($0)) }
    }
}
