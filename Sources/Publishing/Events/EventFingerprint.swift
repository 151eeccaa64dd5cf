import Foundation
import ICalendar

/// The two hashes that decide what a new publication does with an event.
///
/// - `schedule`: DTSTART, DTEND, RRULE, EXDATE, RDATE, RECURRENCE-ID and STATUS. When it changes,
///   SEQUENCE goes up (RFC 5545 §3.8.7.4): clients then replace the event they hold.
/// - `content`: every property but SEQUENCE, DTSTAMP and LAST-MODIFIED. When it is the same, the
///   event keeps its published SEQUENCE, DTSTAMP and LAST-MODIFIED, and so its exact bytes.
struct EventFingerprint: Hashable, Sendable {
    var schedule: String
    var content: String

    init(schedule: String, content: String) {
        self.schedule = schedule
        self.content = content
    }

    init(_ event: Event) {
        let stored = StoredEvent(event)
        var fields = ["start=" + stored.start.canonical, "end=" + (stored.end?.canonical ?? "")]
        fields.append("rrule=" + (stored.recurrenceRule ?? ""))
        fields.append("exdate=" + stored.exceptionDates.map(\.canonical).joined(separator: ","))
        fields.append("rdate=" + stored.recurrenceDates.map(\.canonical).joined(separator: ","))
        fields.append("recurrence-id=" + (stored.recurrenceID?.canonical ?? ""))
        fields.append("status=" + (stored.status ?? ""))
        schedule = FileDigest.sha256(Data(fields.joined(separator: "\n").utf8))
        var normalized = stored
        normalized.sequence = 0
        normalized.stamp = 0
        normalized.lastModified = nil
        content = FileDigest.sha256(normalized.json())
    }
}
