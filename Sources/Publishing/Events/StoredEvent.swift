import CivilTime
import Foundation
import ICalendar

/// An `Event` as the ledger keeps it: every property, as JSON, so that an event removed from the
/// plan can still be written (cancelled) with the words and times it was published with.
struct StoredEvent: Codable, Hashable, Sendable {
    struct Time: Codable, Hashable, Sendable {
        /// `date`, `zoned` or `utc`.
        var kind: String
        /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`.
        var value: String
        var zone: String?
    }

    struct Alarm: Codable, Hashable, Sendable {
        var minutesBefore: Int
        var description: String
    }

    var uid: String
    var sequence: Int
    var stamp: Int64
    var lastModified: Int64?
    var start: Time
    var end: Time?
    var summary: String
    var description: String?
    var location: String?
    var latitude: Double?
    var longitude: Double?
    var categories: [String]
    var status: String?
    var classification: String?
    var transparency: String?
    var url: String?
    var recurrenceRule: String?
    var exceptionDates: [Time]
    var recurrenceDates: [Time]
    var recurrenceID: Time?
    var alarms: [Alarm]

    init(_ event: Event) {
        uid = event.uid
        sequence = event.sequence
        stamp = event.stamp.secondsSinceEpoch
        lastModified = event.lastModified?.secondsSinceEpoch
        start = Time(event.start)
        end = event.end.map(Time.init)
        summary = event.summary
        description = event.description
        location = event.location
        latitude = event.geo?.latitude
        longitude = event.geo?.longitude
        categories = event.categories
        status = event.status?.rawValue
        classification = event.classification?.rawValue
        transparency = event.transparency?.rawValue
        url = event.url
        recurrenceRule = event.recurrenceRule
        exceptionDates = event.exceptionDates.map(Time.init)
        recurrenceDates = event.recurrenceDates.map(Time.init)
        recurrenceID = event.recurrenceID.map(Time.init)
        alarms = event.alarms.map { Alarm(minutesBefore: $0.minutesBefore, description: $0.description) }
    }

    /// The event back, or nil when the stored JSON was damaged.
    var event: Event? {
        guard let start = start.eventTime else { return nil }
        var event = Event(
            uid: uid, sequence: sequence, stamp: Instant(secondsSinceEpoch: stamp),
            lastModified: lastModified.map(Instant.init(secondsSinceEpoch:)), start: start,
            end: end?.eventTime, summary: summary)
        event.description = description
        event.location = location
        if let latitude, let longitude { event.geo = .init(latitude: latitude, longitude: longitude) }
        event.categories = categories
        event.status = status.flatMap(Event.Status.init(rawValue:))
        event.classification = classification.flatMap(Event.Classification.init(rawValue:))
        event.transparency = transparency.flatMap(Event.Transparency.init(rawValue:))
        event.url = url
        event.recurrenceRule = recurrenceRule
        event.exceptionDates = exceptionDates.compactMap(\.eventTime)
        event.recurrenceDates = recurrenceDates.compactMap(\.eventTime)
        event.recurrenceID = recurrenceID?.eventTime
        event.alarms = alarms.map { Event.Alarm(minutesBefore: $0.minutesBefore, description: $0.description) }
        return event
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Stable JSON: sorted keys, the same bytes for the same event.
    func json() -> Data {
        // Encoding plain strings, numbers and arrays cannot fail.
        (try? Self.encoder.encode(self)) ?? Data()
    }

    static func decode(_ data: Data) -> StoredEvent? {
        try? JSONDecoder().decode(StoredEvent.self, from: data)
    }
}

extension StoredEvent.Time {
    init(_ time: EventTime) {
        switch time {
        case .date(let date): self.init(kind: "date", value: date.description, zone: nil)
        case .zoned(let dateTime, let zone): self.init(kind: "zoned", value: dateTime.description, zone: zone)
        case .utc(let dateTime): self.init(kind: "utc", value: dateTime.description, zone: nil)
        }
    }

    var eventTime: EventTime? {
        switch kind {
        case "date": return CivilDate(iso: value).map(EventTime.date)
        case "zoned": return CivilDateTime(iso: value).flatMap { dateTime in zone.map { .zoned(dateTime, zone: $0) } }
        case "utc": return CivilDateTime(iso: value).map(EventTime.utc)
        default: return nil
        }
    }

    /// `date:2025-06-11`, `zoned:2025-06-11T10:00:00@America/Toronto`, `utc:…`: one line for hashes.
    var canonical: String { "\(kind):\(value)\(zone.map { "@\($0)" } ?? "")" }
}
