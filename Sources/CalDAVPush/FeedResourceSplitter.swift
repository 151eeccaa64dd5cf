/// Splits a serialised feed into calendar object resources, one per UID, with the VTIMEZONEs each
/// one uses. The components' lines are kept exactly as written (folded, CRLF), so the same feed
/// bytes give the same resource bytes. METHOD and the calendar's own properties (NAME,
/// X-WR-CALNAME, REFRESH-INTERVAL…) stay out: a resource in a collection carries VERSION,
/// PRODID and CALSCALE only.
package enum FeedResourceSplitter {
    /// The resources of `feed`, ordered by name.
    package static func resources(in feed: String) -> [CalDAVResource] {
        let parsed = parse(feed)
        var resources: [CalDAVResource] = []
        for uid in parsed.uidOrder {
            let components = parsed.components[uid] ?? []
            var zones: [String] = []
            for component in components {
                for zone in component.zones where !zones.contains(zone) { zones.append(zone) }
            }
            var text = "BEGIN:VCALENDAR\r\n"
            let header = parsed.header.isEmpty ? ["VERSION:2.0"] : parsed.header
            text += header.map { $0 + "\r\n" }.joined()
            for zone in zones.sorted() {
                if let block = parsed.timeZones[zone] { text += block }
            }
            text += components.map(\.text).joined()
            text += "END:VCALENDAR\r\n"
            resources.append(CalDAVResource(uid: uid, name: CalDAVResourceName.name(forUID: uid), text: text))
        }
        return resources.sorted { $0.name < $1.name }
    }

    /// The calendar's name (X-WR-CALNAME, else NAME), unescaped; nil when it has none.
    package static func displayName(of feed: String) -> String? {
        var names: [String: String] = [:]
        var depth = 0
        for line in contentLines(feed).map(\.unfolded) {
            if line.hasPrefix("BEGIN:") {
                depth += 1
            } else if line.hasPrefix("END:") {
                depth -= 1
            } else if depth == 1, let property = PropertyLine(line), property.name == "X-WR-CALNAME" || property.name == "NAME" {
                names[property.name] = unescaped(property.value)
            }
        }
        return names["X-WR-CALNAME"] ?? names["NAME"]
    }

    // MARK: Parsing

    struct Component {
        var text = ""
        var uid: String?
        var zones: [String] = []
    }

    struct Parsed {
        var header: [String] = []
        var timeZones: [String: String] = [:]
        var components: [String: [Component]] = [:]
        var uidOrder: [String] = []
    }

    static func parse(_ feed: String) -> Parsed {
        var parsed = Parsed()
        var depth = 0
        var current: Component?
        var currentIsZone = false
        var zoneID: String?
        for line in contentLines(feed) {
            if depth >= 2 { current?.text += line.raw }
            if line.unfolded.hasPrefix("BEGIN:") {
                depth += 1
                if depth == 2 {
                    current = Component(text: line.raw)
                    currentIsZone = line.unfolded == "BEGIN:VTIMEZONE"
                    zoneID = nil
                }
            } else if line.unfolded.hasPrefix("END:") {
                if depth == 2, let component = current {
                    if currentIsZone {
                        if let zoneID { parsed.timeZones[zoneID] = component.text }
                    } else if let uid = component.uid {
                        if parsed.components[uid] == nil { parsed.uidOrder.append(uid) }
                        parsed.components[uid, default: []].append(component)
                    }
                    current = nil
                }
                depth -= 1
            } else if let property = PropertyLine(line.unfolded) {
                if depth == 1, ["VERSION", "PRODID", "CALSCALE"].contains(property.name) {
                    parsed.header.append(String(String.UnicodeScalarView(line.raw.unicodeScalars.dropLast(2))))
                } else if depth == 2, currentIsZone, property.name == "TZID" {
                    zoneID = property.value
                } else if depth == 2, property.name == "UID" {
                    current?.uid = property.value
                }
                if depth >= 2, !currentIsZone, let zone = property.parameters["TZID"], current?.zones.contains(zone) == false {
                    current?.zones.append(zone)
                }
            }
        }
        return parsed
    }

    /// A content line: its physical lines as written (each with CRLF) and its unfolded text.
    struct ContentLine {
        var raw: String
        var unfolded: String
    }

    static func contentLines(_ text: String) -> [ContentLine] {
        // By scalars: "\r\n" is one Character, which a split on "\n" would not cut.
        var physical = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            var line = String.UnicodeScalarView(scalars)
            if line.last == "\r" { line.removeLast() }
            return String(line)
        }
        while physical.last == "" { physical.removeLast() }
        var lines: [ContentLine] = []
        for line in physical {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !lines.isEmpty {
                lines[lines.count - 1].raw += line + "\r\n"
                lines[lines.count - 1].unfolded += line.dropFirst()
            } else {
                lines.append(ContentLine(raw: line + "\r\n", unfolded: line))
            }
        }
        return lines
    }

    private static func unescaped(_ value: String) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
