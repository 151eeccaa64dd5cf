import CivilTime

/// One VCALENDAR to publish: its RFC 7986 properties and its events.
public struct Calendar: Hashable, Sendable {
    public var productID: String
    /// Written as NAME and X-WR-CALNAME; an empty name writes neither (iTIP messages).
    public var name: String
    /// Written as DESCRIPTION and X-WR-CALDESC.
    public var description: String?
    /// Written as REFRESH-INTERVAL;VALUE=DURATION and X-PUBLISHED-TTL.
    public var refreshIntervalSeconds: Int?
    /// `PUBLISH` for feeds, `REQUEST` or `CANCEL` for invitations (RFC 5546); nil writes no METHOD.
    public var method: String?
    /// CSS3 colour name (RFC 7986 COLOR).
    public var color: String?
    public var events: [Event]

    public init(
        productID: String, name: String, description: String? = nil, refreshIntervalSeconds: Int? = nil,
        method: String? = "PUBLISH", color: String? = nil, events: [Event] = []
    ) {
        self.productID = productID
        self.name = name
        self.description = description
        self.refreshIntervalSeconds = refreshIntervalSeconds
        self.method = method
        self.color = color
        self.events = events
    }
}
