/// What `ICalendarReader` found in a VCALENDAR.
public struct ParsedCalendar: Hashable, Sendable {
    /// NAME, or X-WR-CALNAME when there is no NAME.
    public var name: String?
    /// DESCRIPTION, or X-WR-CALDESC when there is no DESCRIPTION.
    public var description: String?
    public var productID: String?
    public var method: String?
    /// X-WR-TIMEZONE; floating times are read in this zone.
    public var defaultTimeZone: String?
    public var events: [Event]
    public var freeBusy: [FreeBusyPeriod]
    /// The TZIDs of the VTIMEZONEs the file defines, in file order.
    public var timeZoneIDs: [String]
    /// libical's X-LIC-ERRORs and what could not be mapped to the model.
    public var problems: [ICalendarProblem]

    public init(
        name: String? = nil, description: String? = nil, productID: String? = nil, method: String? = nil,
        defaultTimeZone: String? = nil, events: [Event] = [], freeBusy: [FreeBusyPeriod] = [],
        timeZoneIDs: [String] = [], problems: [ICalendarProblem] = []
    ) {
        self.name = name
        self.description = description
        self.productID = productID
        self.method = method
        self.defaultTimeZone = defaultTimeZone
        self.events = events
        self.freeBusy = freeBusy
        self.timeZoneIDs = timeZoneIDs
        self.problems = problems
    }
}
