import CLibical

/// The VCALENDAR and its own properties. Call with the libical lock held.
enum CalendarComponentBuilder {
    static func component(for calendar: Calendar) throws(ICalendarError) -> LibicalComponent {
        let productID = TextSanitizer.clean(calendar.productID)
        guard !productID.trimmingSpaces.isEmpty else {
            throw ICalendarError(.invalidCalendar, "PRODID is empty")
        }
        let method = try calendar.method.map { text throws(ICalendarError) in try self.method(text) }
        if let color = calendar.color, color.isEmpty || !color.unicodeScalars.allSatisfy(isASCIILetter) {
            throw ICalendarError(.invalidCalendar, "COLOR '\(color)' is not a CSS3 colour name")
        }
        if let seconds = calendar.refreshIntervalSeconds, seconds <= 0 {
            throw ICalendarError(.invalidCalendar, "REFRESH-INTERVAL must be positive, not \(seconds) s")
        }

        let root = LibicalComponent(kind: ICAL_VCALENDAR_COMPONENT)
        root.add(property: icalproperty_new_version("2.0"))
        root.add(property: icalproperty_new_prodid(productID))
        root.add(property: icalproperty_new_calscale("GREGORIAN"))
        if let method {
            root.add(property: icalproperty_new_method(method))
        }
        // An iTIP message (METHOD:REQUEST, CANCEL) is not a named calendar: an empty name writes neither.
        if !calendar.name.isEmpty {
            root.add(property: icalproperty_new_name(TextSanitizer.clean(calendar.name)))
            root.add(property: xProperty("X-WR-CALNAME", TextSanitizer.shielded(calendar.name)))
        }
        if let description = calendar.description {
            root.add(property: icalproperty_new_description(TextSanitizer.clean(description)))
            root.add(property: xProperty("X-WR-CALDESC", TextSanitizer.shielded(description)))
        }
        if let seconds = calendar.refreshIntervalSeconds {
            let duration = icaldurationtype_from_int(Int32(clamping: seconds))
            let refresh = icalproperty_new_refreshinterval(duration)
            icalproperty_add_parameter(refresh, icalparameter_new_value(ICAL_VALUE_DURATION))
            root.add(property: refresh)
            let text = Libical.takeString(icaldurationtype_as_ical_string_r(duration)) ?? ""
            root.add(property: xProperty("X-PUBLISHED-TTL", text))
        }
        if let color = calendar.color {
            root.add(property: icalproperty_new_color(color.lowercased()))
        }
        return root
    }

    private static func method(_ text: String) throws(ICalendarError) -> icalproperty_method {
        let method = icalproperty_string_to_method(text.uppercased())
        guard method != ICAL_METHOD_NONE, method != ICAL_METHOD_X else {
            throw ICalendarError(.invalidCalendar, "METHOD '\(text)' is not an iTIP method")
        }
        return method
    }

    private static func xProperty(_ name: String, _ value: String) -> OpaquePointer? {
        let property = icalproperty_new_x(value)
        icalproperty_set_x_name(property, name)
        return property
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
