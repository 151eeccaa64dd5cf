import ICalendar

/// One feed before serialisation: its file name, audience and iCalendar content as values.
public struct FeedCalendar: Hashable, Sendable {
    public var planID: String
    public var kind: FeedKind
    public var fileName: String
    public var calendar: Calendar

    public func rendered() throws -> Feed {
        Feed(planID: planID, kind: kind, fileName: fileName, text: try ICalendarWriter.serialize(calendar),
             eventCount: calendar.events.count)
    }
}
