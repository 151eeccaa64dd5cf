import ICalendar

/// One feed before serialisation: its file name, audience and iCalendar content as values.
public struct FeedCalendar: Hashable, Sendable {
    /// The plan the feed comes from; nil for the feeds of places and programmes.
    public var planID: String?
    public var audience: FeedAudience
    public var fileName: String
    public var calendar: Calendar

    public init(planID: String?, audience: FeedAudience, fileName: String, calendar: Calendar) {
        self.planID = planID
        self.audience = audience
        self.fileName = fileName
        self.calendar = calendar
    }

    public func rendered() throws -> Feed {
        Feed(
            planID: planID, audience: audience, fileName: fileName, text: try ICalendarWriter.serialize(calendar),
            eventCount: calendar.events.count)
    }
}
