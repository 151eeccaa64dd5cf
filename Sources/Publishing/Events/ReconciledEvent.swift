import CivilTime
import ICalendar

/// One event of a feed in the publication being prepared, and what happened to it.
struct ReconciledEvent: Sendable {
    enum Outcome: String, Sendable, CaseIterable {
        /// First publication in this feed: SEQUENCE 0.
        case new
        /// Same content as published: the same SEQUENCE, DTSTAMP, LAST-MODIFIED and bytes.
        case unchanged
        /// Dates, rule or status changed: SEQUENCE + 1, DTSTAMP and LAST-MODIFIED now.
        case rescheduled
        /// Only words changed (summary, description, place…): same SEQUENCE, new DTSTAMP and LAST-MODIFIED.
        case updated
        /// Removed from the plan: STATUS:CANCELLED, SEQUENCE + 1, "ANNULÉ – " summary.
        case cancelled
        /// Cancelled in an earlier publication and not over yet: kept with its bytes.
        case stillCancelled
    }

    var event: Event
    var outcome: Outcome
    /// The ledger version it repeats (unchanged, still cancelled); nil when a new version is recorded.
    var reusedVersionID: Int64?
    var fingerprint: EventFingerprint
    var lastEnd: Instant
}
