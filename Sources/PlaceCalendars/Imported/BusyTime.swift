import CivilTime

/// A stretch when someone is not available, read from an imported calendar.
public struct BusyTime: Hashable, Sendable {
    public enum Span: Hashable, Sendable {
        /// Whole days, both ends included (an all-day event).
        case days(first: CivilDate, last: CivilDate)
        /// A timed stretch, end excluded.
        case interval(start: Instant, end: Instant)
    }

    public var span: Span
    /// UID of the event, or `FREEBUSY` for a VFREEBUSY block.
    public var source: String
    public var summary: String?
    /// Tentative time (STATUS:TENTATIVE, FBTYPE=BUSY-TENTATIVE) is busy, but could move.
    public var tentative: Bool

    /// The calendar dates touched in a zone: all of a multi-day span, or the days an interval covers.
    public func dates(in zone: ZoneRules) -> ClosedRange<CivilDate> {
        switch span {
        case .days(let first, let last): return first...last
        case .interval(let start, let end):
            let last = Instant(secondsSinceEpoch: max(start.secondsSinceEpoch, end.secondsSinceEpoch - 1))
            return zone.localTime(at: start).date...zone.localTime(at: last).date
        }
    }
}
