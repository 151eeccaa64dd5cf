import YAMLReading

/// One partner of a mobility programme: a university with its academic calendar and what it
/// asks of the people it receives, or, outside academia, a partner with no calendar.
public struct MobilityInstitution: Hashable, Sendable, Identifiable {
    /// The plan partner id, such as `unamur`.
    public var partnerID: String
    /// The id of its academic calendar (`calendars/academic/ID.yaml`), such as `unamur`; nil
    /// for a partner of a programme outside academia.
    public var calendarID: String?
    /// The terms that receive exchange students for one term (`1/3`, `2/3`); empty: the first
    /// two terms of each year.
    public var exchangeTermIDs: [String]
    /// Nomination and application deadlines for the stays it hosts.
    public var deadlines: [TermDeadlines]
    public var location: SourceLocation
    /// Where `calendar:` is written (or the entry, when the calendar id is the partner id).
    public var calendarLocation: SourceLocation

    public var id: String { partnerID }

    public init(
        partnerID: String, calendarID: String?, exchangeTermIDs: [String], deadlines: [TermDeadlines],
        location: SourceLocation, calendarLocation: SourceLocation
    ) {
        self.partnerID = partnerID
        self.calendarID = calendarID
        self.exchangeTermIDs = exchangeTermIDs
        self.deadlines = deadlines
        self.location = location
        self.calendarLocation = calendarLocation
    }
}
