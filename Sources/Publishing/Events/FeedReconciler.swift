import Bilingual
import CivilTime
import ICalendar

/// Decides, for one feed, what each event becomes in a new publication, from the events the plan
/// gives now and the versions the ledger holds. A pure function of its inputs: the publication
/// time is the only clock it sees.
struct FeedReconciler: Sendable {
    struct Result: Sendable {
        /// In feed order: the plan's events first (the feed builder's order), then the cancelled ones
        /// by start and UID.
        var events: [ReconciledEvent]
        /// UIDs of the plan's events left out because they ended before the keep-past window.
        var droppedPast: [String]
        /// UIDs of removed events no longer listed because they are over.
        var expired: [String]
    }

    var publishedAt: Instant
    /// Past events that ended more than this many seconds before the publication are left out.
    var keepPastSeconds: Int64
    var language: Language

    static func cancelledPrefix(_ language: Language) -> String {
        language == .fr ? "ANNULÉ – " : "CANCELLED – "
    }

    func reconcile(current: [Event], previous: [String: PublishedVersion], lastMembers: Set<String>) -> Result {
        var result = Result(events: [], droppedPast: [], expired: [])
        var seen = Set<String>()
        let oldest = publishedAt.secondsSinceEpoch - keepPastSeconds
        for planned in current where seen.insert(planned.uid).inserted {
            let lastEnd = EventLifetime.end(of: planned)
            if lastEnd.secondsSinceEpoch < oldest {
                result.droppedPast.append(planned.uid)
                continue
            }
            result.events.append(reconcile(planned, previous: previous[planned.uid], lastEnd: lastEnd))
        }
        var cancelled: [ReconciledEvent] = []
        for uid in lastMembers.sorted() where !seen.contains(uid) {
            guard let version = previous[uid], let published = version.stored.event else { continue }
            if version.lastEnd <= publishedAt {
                result.expired.append(uid)
            } else if version.isCancelled {
                cancelled.append(
                    ReconciledEvent(
                        event: published, outcome: .stillCancelled, reusedVersionID: version.versionID,
                        fingerprint: version.fingerprint, lastEnd: version.lastEnd))
            } else {
                var event = published
                event.status = .cancelled
                let prefix = Self.cancelledPrefix(language)
                if !event.summary.hasPrefix(prefix) { event.summary = prefix + event.summary }
                event.sequence = published.sequence + 1
                event.stamp = publishedAt
                event.lastModified = publishedAt
                // A cancelled event rings no alarm.
                event.alarms = []
                cancelled.append(
                    ReconciledEvent(
                        event: event, outcome: .cancelled, reusedVersionID: nil,
                        fingerprint: EventFingerprint(event), lastEnd: version.lastEnd))
            }
        }
        cancelled.sort { ($0.event.start.localDate, $0.event.uid) < ($1.event.start.localDate, $1.event.uid) }
        result.events += cancelled
        return result
    }

    private func reconcile(_ planned: Event, previous: PublishedVersion?, lastEnd: Instant) -> ReconciledEvent {
        var event = planned
        let fingerprint = EventFingerprint(planned)
        guard let previous, let published = previous.stored.event else {
            event.sequence = 0
            event.stamp = publishedAt
            event.lastModified = publishedAt
            return ReconciledEvent(event: event, outcome: .new, reusedVersionID: nil, fingerprint: fingerprint, lastEnd: lastEnd)
        }
        if previous.fingerprint.content == fingerprint.content {
            event.sequence = published.sequence
            event.stamp = published.stamp
            event.lastModified = published.lastModified
            return ReconciledEvent(
                event: event, outcome: .unchanged, reusedVersionID: previous.versionID,
                fingerprint: fingerprint, lastEnd: lastEnd)
        }
        let rescheduled = previous.fingerprint.schedule != fingerprint.schedule
        event.sequence = published.sequence + (rescheduled ? 1 : 0)
        event.stamp = publishedAt
        event.lastModified = publishedAt
        return ReconciledEvent(
            event: event, outcome: rescheduled ? .rescheduled : .updated, reusedVersionID: nil,
            fingerprint: fingerprint, lastEnd: lastEnd)
    }
}
