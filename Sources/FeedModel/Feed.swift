/// One rendered iCalendar feed.
public struct Feed: Hashable, Sendable {
    public var planID: String?
    public var audience: FeedAudience
    /// File name, such as `quebec-namur-2024-2026-public.ics`.
    public var fileName: String
    public var text: String
    public var eventCount: Int

    public init(planID: String?, audience: FeedAudience, fileName: String, text: String, eventCount: Int) {
        self.planID = planID
        self.audience = audience
        self.fileName = fileName
        self.text = text
        self.eventCount = eventCount
    }
}
