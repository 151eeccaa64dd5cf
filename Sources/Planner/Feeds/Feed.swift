/// One rendered iCalendar feed.
public struct Feed: Hashable, Sendable {
    public var planID: String
    public var kind: FeedKind
    /// File name, such as `quebec-namur-2024-2026-public.ics`.
    public var fileName: String
    public var text: String
    public var eventCount: Int
}
