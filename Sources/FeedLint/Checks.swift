/// A DATE (`YYYYMMDD`) or DATE-TIME (`YYYYMMDDTHHMMSS[Z]`) value.
struct DateValue {
    var isDate: Bool
    var utc: Bool
    /// The value without its `Z`: comparable as a string with another of the same kind.
    var key: Substring
}

/// The date values of a DTSTART, DTEND, EXDATE, RDATE or RECURRENCE-ID.
struct TimeProperty {
    var property: Property
    var tzid: String?
    /// The first value (the start, for a PERIOD) and the others.
    var values: [DateValue]

    var first: DateValue? { values.first }
}

/// Per-calendar state: time zones defined and used, UIDs seen.
struct CalendarState {
    var definedZones: Set<String> = []
    /// Each TZID parameter in order of first use, with its first line and use count.
    var zoneUses: [(tzid: String, line: Int, count: Int)] = []
    var zoneUseIndex: [String: Int] = [:]
    /// Each TZID (parameter or VTIMEZONE property) whose name is not a bare IANA name.
    var badZoneNames: [(tzid: String, line: Int, count: Int)] = []
    var badZoneIndex: [String: Int] = [:]
    /// TZIDs already found to be bare IANA names.
    var goodZoneNames: Set<String> = []
    /// UID + RECURRENCE-ID → line of the first VEVENT with them.
    var uids: [String: Int] = [:]
}

let textProperties: Set<String> = ["SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME", "X-WR-CALDESC", "NAME"]
let timeProperties: Set<String> = ["DTSTART", "DTEND", "EXDATE", "RDATE", "RECURRENCE-ID"]
let utcProperties: Set<String> = ["DTSTAMP", "LAST-MODIFIED", "CREATED"]

extension Linter {
    // MARK: Calendar

    mutating func checkCalendar(_ calendar: Component) {
        let line = calendar.beginLine

        let versions = calendar.all("VERSION")
        if versions.isEmpty {
            report(.version, line, "no VERSION in the calendar (VERSION:2.0 required)")
        } else if versions.count > 1 {
            report(.version, versions[1].lineNumber, "\(versions.count) VERSION properties (exactly one required)")
        }
        for version in versions where version.value != "2.0" {
            report(.version, version.lineNumber, "VERSION:\(version.value) (expected 2.0)")
        }

        let prodids = calendar.all("PRODID")
        if prodids.isEmpty {
            report(.prodid, line, "no PRODID in the calendar")
        } else if prodids.count > 1 {
            report(.prodid, prodids[1].lineNumber, "\(prodids.count) PRODID properties (exactly one required)")
        }
        for prodid in prodids where prodid.value.isEmpty {
            report(.prodid, prodid.lineNumber, "empty PRODID")
        }

        let calscales = calendar.all("CALSCALE")
        if calscales.isEmpty {
            report(.calscale, line, "no CALSCALE (CALSCALE:GREGORIAN expected)")
        }
        for calscale in calscales where calscale.value.uppercased() != "GREGORIAN" {
            report(.calscale, calscale.lineNumber, "CALSCALE:\(calscale.value) (expected GREGORIAN)")
        }

        let methods = calendar.all("METHOD")
        if methods.count > 1 {
            report(.method, methods[1].lineNumber, "\(methods.count) METHOD properties")
        }
        for method in methods where method.value.uppercased() != "PUBLISH" {
            report(.method, method.lineNumber, "METHOD:\(method.value) in a feed (only PUBLISH or no METHOD)")
        }

        for name in ["NAME", "X-WR-CALNAME"] where calendar.count(name) == 0 {
            report(.calendarName, line, "no \(name) in the calendar")
        }

        let refreshes = calendar.all("REFRESH-INTERVAL")
        let ttls = calendar.all("X-PUBLISHED-TTL")
        if refreshes.isEmpty {
            report(.refreshInterval, line, "no REFRESH-INTERVAL;VALUE=DURATION in the calendar")
        }
        if ttls.isEmpty {
            report(.refreshInterval, line, "no X-PUBLISHED-TTL in the calendar")
        }
        for refresh in refreshes {
            if refresh.parameter("VALUE")?.uppercased() != "DURATION" {
                report(.refreshInterval, refresh.lineNumber, "REFRESH-INTERVAL without VALUE=DURATION")
            }
            if !isDuration(refresh.value) {
                report(.refreshInterval, refresh.lineNumber, "REFRESH-INTERVAL:\(refresh.value) is not a duration")
            }
        }
        for ttl in ttls where !isDuration(ttl.value) {
            report(.refreshInterval, ttl.lineNumber, "X-PUBLISHED-TTL:\(ttl.value) is not a duration")
        }
        if let refresh = refreshes.first, let ttl = ttls.first, refresh.value != ttl.value {
            report(
                .refreshInterval, max(refresh.lineNumber, ttl.lineNumber),
                "REFRESH-INTERVAL:\(refresh.value) and X-PUBLISHED-TTL:\(ttl.value) differ")
        }

        var state = CalendarState()
        visit(calendar, inTimezone: false, state: &state)

        for use in state.zoneUses where !state.definedZones.contains(use.tzid) {
            report(
                .missingTimezone, use.line,
                "TZID=\(use.tzid) has no VTIMEZONE in the calendar (\(use.count) use\(use.count == 1 ? "" : "s"))")
        }
        for bad in state.badZoneNames {
            report(
                .tzidName, bad.line,
                "TZID \(bad.tzid) is not a bare IANA name: \(zoneNameProblem(bad.tzid) ?? "")"
                    + (bad.count > 1 ? " (\(bad.count) uses)" : ""))
        }
    }

    mutating func visit(_ component: Component, inTimezone: Bool, state: inout CalendarState) {
        let isZone = inTimezone || component.name == "VTIMEZONE"
        if component.name == "VTIMEZONE" {
            let tzids = component.all("TZID")
            if tzids.isEmpty {
                report(.missingTimezone, component.beginLine, "VTIMEZONE without TZID")
            }
            for tzid in tzids {
                state.definedZones.insert(tzid.value)
                noteZoneName(tzid.value, line: tzid.lineNumber, state: &state)
            }
        }
        var times: [String: [TimeProperty]] = [:]
        for property in component.properties {
            for parameter in property.parameters where parameter.name == "TZID" {
                for tzid in parameter.values {
                    noteZoneName(tzid, line: property.lineNumber, state: &state)
                    if let index = state.zoneUseIndex[tzid] {
                        state.zoneUses[index].count += 1
                    } else {
                        state.zoneUseIndex[tzid] = state.zoneUses.count
                        state.zoneUses.append((tzid, property.lineNumber, 1))
                    }
                }
            }
            let name = property.name
            if textProperties.contains(name) {
                checkText(property)
            } else if name == "CATEGORIES" {
                checkCategories(property)
            } else if name == "GEO" {
                checkGeo(property)
            } else if utcProperties.contains(name) {
                checkUTC(property)
            } else if !isZone, timeProperties.contains(name) {
                if let time = timeProperty(property) { times[name, default: []].append(time) }
            }
        }
        if component.name == "VEVENT" {
            checkEvent(component, times: times, state: &state)
        } else if component.name == "VALARM" {
            for name in ["ACTION", "TRIGGER", "DESCRIPTION"] where component.count(name) == 0 {
                report(.valarm, component.beginLine, "VALARM without \(name)")
            }
        }
        for child in component.children {
            visit(child, inTimezone: isZone, state: &state)
        }
    }

    mutating func noteZoneName(_ tzid: String, line: Int, state: inout CalendarState) {
        if state.goodZoneNames.contains(tzid) { return }
        if let index = state.badZoneIndex[tzid] {
            state.badZoneNames[index].count += 1
        } else if zoneNameProblem(tzid) != nil {
            state.badZoneIndex[tzid] = state.badZoneNames.count
            state.badZoneNames.append((tzid, line, 1))
        } else {
            state.goodZoneNames.insert(tzid)
        }
    }

    // MARK: Events

    mutating func checkEvent(_ event: Component, times: [String: [TimeProperty]], state: inout CalendarState) {
        for name in ["UID", "DTSTAMP", "DTSTART"] {
            let rule: FeedLintRule = name == "UID" ? .uid : name == "DTSTAMP" ? .dtstamp : .dtstart
            let all = event.all(name)
            if all.isEmpty {
                report(rule, event.beginLine, "VEVENT without \(name)")
            } else if all.count > 1 {
                report(rule, all[1].lineNumber, "VEVENT with \(all.count) \(name) properties (exactly one required)")
            }
        }
        if let uid = event.first("UID") {
            let recurrenceID = event.first("RECURRENCE-ID")?.value ?? ""
            let key = uid.value + "\u{0}" + recurrenceID
            if let first = state.uids[key] {
                report(
                    .duplicateUID, uid.lineNumber,
                    "UID \(uid.value)\(recurrenceID.isEmpty ? "" : " with RECURRENCE-ID \(recurrenceID)") already used by the VEVENT on line \(first)"
                )
            } else {
                state.uids[key] = event.beginLine
            }
        }

        let start = times["DTSTART"]?.first
        let end = times["DTEND"]?.first
        let durations = event.all("DURATION")
        if let end, let duration = durations.first {
            report(.endAndDuration, max(end.property.lineNumber, duration.lineNumber), "VEVENT with both DTEND and DURATION")
        }
        for duration in durations {
            if !isDuration(duration.value) {
                report(.dateTimeFormat, duration.lineNumber, "DURATION:\(duration.value) is not a duration")
            } else if duration.value.hasPrefix("-") || !duration.value.contains(where: { $0 >= "1" && $0 <= "9" }) {
                report(.endBeforeStart, duration.lineNumber, "DURATION:\(duration.value) is not positive")
            } else if let start = start?.first, start.isDate, duration.value.contains("T") {
                report(.dateMix, duration.lineNumber, "DURATION:\(duration.value) has a time part but DTSTART is a DATE")
            }
        }
        guard let start, let startValue = start.first else { return }

        if let end, let endValue = end.first {
            if startValue.isDate != endValue.isDate {
                report(
                    .dateMix, end.property.lineNumber,
                    "DTEND is a \(endValue.isDate ? "DATE" : "DATE-TIME") but DTSTART is a \(startValue.isDate ? "DATE" : "DATE-TIME")")
            } else if comparable(start, startValue, end, endValue), endValue.key <= startValue.key {
                report(
                    .endBeforeStart, end.property.lineNumber,
                    "DTEND \(end.property.value) is not after DTSTART \(start.property.value)")
            }
        } else if startValue.isDate, durations.isEmpty {
            report(.dateMix, start.property.lineNumber, "all-day DTSTART;VALUE=DATE without DTEND;VALUE=DATE (the exclusive end day)")
        }

        for rule in event.all("RRULE") {
            checkRRule(rule, start: start, startValue: startValue)
        }

        for exdate in times["EXDATE"] ?? [] {
            for value in exdate.values {
                if value.isDate != startValue.isDate {
                    report(
                        .exdateType, exdate.property.lineNumber,
                        "EXDATE is a \(value.isDate ? "DATE" : "DATE-TIME") but DTSTART is a \(startValue.isDate ? "DATE" : "DATE-TIME")")
                    break
                }
                if !value.isDate, value.utc != startValue.utc || exdate.tzid != start.tzid {
                    report(
                        .exdateType, exdate.property.lineNumber,
                        "EXDATE is \(describeZone(exdate.tzid, value.utc)) but DTSTART is \(describeZone(start.tzid, startValue.utc))")
                    break
                }
            }
        }
        for recurrenceID in times["RECURRENCE-ID"] ?? [] {
            if let value = recurrenceID.first, value.isDate != startValue.isDate {
                report(
                    .exdateType, recurrenceID.property.lineNumber,
                    "RECURRENCE-ID is a \(value.isDate ? "DATE" : "DATE-TIME") but DTSTART is a \(startValue.isDate ? "DATE" : "DATE-TIME")"
                )
            }
        }
    }

    func comparable(_ a: TimeProperty, _ av: DateValue, _ b: TimeProperty, _ bv: DateValue) -> Bool {
        if av.isDate { return true }
        if av.utc || bv.utc { return av.utc && bv.utc }
        return a.tzid == b.tzid
    }

    func describeZone(_ tzid: String?, _ utc: Bool) -> String {
        if utc { return "in UTC" }
        if let tzid { return "in TZID=\(tzid)" }
        return "floating"
    }

    mutating func checkRRule(_ rule: Property, start: TimeProperty, startValue: DateValue) {
        var count: Substring?
        var until: Substring?
        for part in rule.value.split(separator: ";") {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let key = part[..<equals].uppercased()
            let value = part[part.index(after: equals)...]
            if key == "COUNT" { count = value }
            if key == "UNTIL" { until = value }
        }
        if count != nil, until != nil {
            report(.rruleCountUntil, rule.lineNumber, "RRULE with both COUNT and UNTIL")
        }
        guard let until else { return }
        guard let untilValue = parseDateValue(until) else {
            report(.rruleUntil, rule.lineNumber, "UNTIL=\(until) is neither a DATE nor a DATE-TIME")
            return
        }
        if startValue.isDate {
            if !untilValue.isDate {
                report(.rruleUntil, rule.lineNumber, "UNTIL=\(until) must be a DATE because DTSTART is a DATE")
            }
        } else if start.tzid != nil || startValue.utc {
            if untilValue.isDate || !untilValue.utc {
                report(
                    .rruleUntil, rule.lineNumber,
                    "UNTIL=\(until) must be a UTC DATE-TIME (ending in Z) because DTSTART is \(describeZone(start.tzid, startValue.utc))")
            }
        }
    }

    // MARK: Values

    /// Parses the values of a date property, reporting malformed and floating values.
    mutating func timeProperty(_ property: Property) -> TimeProperty? {
        let type = property.parameter("VALUE")?.uppercased() ?? "DATE-TIME"
        let tzid = property.parameter("TZID")
        var values: [DateValue] = []
        var floating = false
        for item in property.value.split(separator: ",", omittingEmptySubsequences: false) {
            var pieces = [item]
            if type == "PERIOD" {
                let parts = item.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else {
                    report(.dateTimeFormat, property.lineNumber, "\(property.name): \(item) is not a PERIOD (start/end or start/duration)")
                    return nil
                }
                pieces = [parts[0]]
                let second = parts[1]
                if !(second.hasPrefix("P") || second.hasPrefix("+P") || second.hasPrefix("-P")) { pieces.append(second) }
            }
            for piece in pieces {
                guard let value = parseDateValue(piece) else {
                    report(
                        .dateTimeFormat, property.lineNumber,
                        "\(property.name): \(piece) is not a valid \(type == "DATE" ? "DATE" : "DATE-TIME")")
                    return nil
                }
                if type == "DATE", !value.isDate {
                    report(.dateTimeFormat, property.lineNumber, "\(property.name): VALUE=DATE but \(piece) is a DATE-TIME")
                    return nil
                }
                if type != "DATE", value.isDate {
                    report(.dateTimeFormat, property.lineNumber, "\(property.name): \(piece) is a DATE without VALUE=DATE")
                    return nil
                }
                if !value.isDate {
                    if value.utc, tzid != nil {
                        report(.dateTimeFormat, property.lineNumber, "\(property.name): UTC value \(piece) with a TZID parameter")
                        return nil
                    }
                    if !value.utc, tzid == nil { floating = true }
                }
                values.append(value)
            }
        }
        if floating {
            report(.floatingTime, property.lineNumber, "\(property.name):\(property.value) is a floating date-time (no Z and no TZID)")
        }
        return TimeProperty(property: property, tzid: tzid, values: values)
    }

    mutating func checkUTC(_ property: Property) {
        guard let value = parseDateValue(Substring(property.value)), !value.isDate, value.utc else {
            report(.utcTimestamp, property.lineNumber, "\(property.name):\(property.value) is not a UTC date-time (YYYYMMDDTHHMMSSZ)")
            return
        }
        if !property.parameters.isEmpty, property.parameter("TZID") != nil {
            report(.utcTimestamp, property.lineNumber, "\(property.name) with a TZID parameter")
        }
    }

    mutating func checkGeo(_ property: Property) {
        let parts = property.value.split(separator: ";", omittingEmptySubsequences: false)
        guard parts.count == 2, let latitude = decimal(parts[0]), let longitude = decimal(parts[1]) else {
            report(.geo, property.lineNumber, "GEO:\(property.value) is not lat;lon with dot decimals")
            return
        }
        if !(-90...90).contains(latitude) || !(-180...180).contains(longitude) {
            report(.geo, property.lineNumber, "GEO:\(property.value) is out of range (latitude -90…90, longitude -180…180)")
        }
    }

    /// TEXT: every `;` and `,` escaped; only `\\ \; \, \n \N`.
    mutating func checkText(_ property: Property) {
        let b = property.line.bytes
        var i = property.valueStart
        let n = b.count
        while i < n {
            switch b[i] {
            case 0x5C:
                if i + 1 < n, isEscapable(b[i + 1]) {
                    i += 2
                    continue
                }
                report(
                    .textEscaping, property.line.line(at: i),
                    "\(property.name): invalid escape \(i + 1 < n ? "\\" + String(decoding: [b[i + 1]], as: UTF8.self) : "\\ at the end") (only \\\\ \\; \\, \\n \\N)"
                )
                return
            case 0x3B, 0x2C:
                report(
                    .textEscaping, property.line.line(at: i),
                    "\(property.name): unescaped '\(b[i] == 0x3B ? ";" : ",")' in a TEXT value (write \\\(b[i] == 0x3B ? ";" : ","))")
                return
            default:
                i += 1
            }
        }
    }

    /// CATEGORIES: commas separate, `;` must be escaped, escapes valid, no empty category.
    mutating func checkCategories(_ property: Property) {
        let b = property.line.bytes
        var i = property.valueStart
        let n = b.count
        var itemLength = 0
        while i < n {
            switch b[i] {
            case 0x5C:
                if i + 1 < n, isEscapable(b[i + 1]) {
                    i += 2
                    itemLength += 1
                    continue
                }
                report(.categoriesEscaping, property.line.line(at: i), "CATEGORIES: invalid backslash escape (only \\\\ \\; \\, \\n \\N)")
                return
            case 0x3B:
                report(.categoriesEscaping, property.line.line(at: i), "CATEGORIES: unescaped ';' (write \\;)")
                return
            case 0x2C:
                if itemLength == 0 {
                    report(.categoriesEscaping, property.line.line(at: i), "CATEGORIES: empty category")
                    return
                }
                itemLength = 0
                i += 1
            default:
                itemLength += 1
                i += 1
            }
        }
        if itemLength == 0 {
            report(.categoriesEscaping, property.line.lastLine, "CATEGORIES: empty category")
        }
    }
}

// MARK: - Value syntax

@inline(__always)
func isEscapable(_ b: UInt8) -> Bool {
    b == 0x5C || b == 0x3B || b == 0x2C || b == 0x6E || b == 0x4E
}

/// `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]` with fields in range.
func parseDateValue(_ s: Substring) -> DateValue? {
    let u = s.utf8
    let count = u.count
    guard count == 8 || count == 15 || count == 16 else { return nil }
    var digits: [Int] = []
    digits.reserveCapacity(14)
    var index = 0
    var utc = false
    for c in u {
        if index == 8 {
            guard c == UInt8(ascii: "T") else { return nil }
        } else if index == 15 {
            guard c == UInt8(ascii: "Z") else { return nil }
            utc = true
        } else {
            guard c >= 0x30, c <= 0x39 else { return nil }
            digits.append(Int(c - 0x30))
        }
        index += 1
    }
    let month = digits[4] * 10 + digits[5]
    let day = digits[6] * 10 + digits[7]
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    if count == 8 {
        return DateValue(isDate: true, utc: false, key: s)
    }
    let hour = digits[8] * 10 + digits[9]
    let minute = digits[10] * 10 + digits[11]
    let second = digits[12] * 10 + digits[13]
    guard hour <= 23, minute <= 59, second <= 60 else { return nil }
    return DateValue(isDate: false, utc: utc, key: utc ? s.dropLast() : s)
}

/// RFC 5545 dur-value: `[+-]P(nW | [nD][T[nH][nM][nS]])`, at least one component.
func isDuration(_ text: String) -> Bool {
    var u = Substring(text).utf8[...]
    if let sign = u.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { u = u.dropFirst() }
    guard u.first == UInt8(ascii: "P") else { return false }
    u = u.dropFirst()
    var inTime = false
    var order = 0  // W=1 D=2 | H=3 M=4 S=5
    var sawComponent = false
    var sawTimeComponent = false
    var number = 0
    for c in u {
        if c >= 0x30, c <= 0x39 {
            number += 1
            continue
        }
        if c == UInt8(ascii: "T") {
            guard !inTime, number == 0, order <= 2 else { return false }
            inTime = true
            continue
        }
        guard number > 0 else { return false }
        number = 0
        let rank: Int
        switch (c, inTime) {
        case (UInt8(ascii: "W"), false): rank = 1
        case (UInt8(ascii: "D"), false): rank = 2
        case (UInt8(ascii: "H"), true): rank = 3
        case (UInt8(ascii: "M"), true): rank = 4
        case (UInt8(ascii: "S"), true): rank = 5
        default: return false
        }
        guard rank > order else { return false }
        if order == 1 { return false }  // nothing after weeks
        order = rank
        sawComponent = true
        if inTime { sawTimeComponent = true }
    }
    return number == 0 && sawComponent && (!inTime || sawTimeComponent)
}

/// A decimal with a dot: `[+-]digits[.digits]`.
func decimal(_ s: Substring) -> Double? {
    var sawDigit = false
    var sawDot = false
    for (index, c) in s.utf8.enumerated() {
        if c >= 0x30, c <= 0x39 {
            sawDigit = true
            continue
        }
        if c == UInt8(ascii: "."), !sawDot, sawDigit {
            sawDot = true
            continue
        }
        if index == 0, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { continue }
        return nil
    }
    guard sawDigit, s.last != "." else { return nil }
    return Double(s)
}

/// Why a TZID is not a bare IANA name, or nil.
func zoneNameProblem(_ tzid: String) -> String? {
    if tzid.isEmpty { return "it is empty" }
    if tzid.hasPrefix("/") { return "it has a leading '/' (libical's builtin zone prefix?)" }
    if tzid.lowercased().contains("freeassociation") { return "it has libical's freeassociation.sourceforge.net prefix" }
    for c in tzid.utf8 {
        let ok =
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
            || c == UInt8(ascii: "/") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
        if !ok { return "it has characters an IANA name does not have" }
    }
    if tzid.hasSuffix("/") || tzid.contains("//") { return "it has an empty path component" }
    return nil
}
