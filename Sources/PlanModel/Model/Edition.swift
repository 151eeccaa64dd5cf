import CivilTime

/// An edition of a series held before the plan's first occurrence: when, and who hosted it.
public struct Edition: Hashable, Sendable {
    public var date: CivilDate
    /// A partner id, one of the series' `hosts`.
    public var host: String
    public var place: String?

    package init(date: CivilDate, host: String, place: String? = nil) {
        self.date = date
        self.host = host
        self.place = place
    }
}
