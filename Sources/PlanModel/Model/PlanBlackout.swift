import Bilingual
import YAMLReading

/// A period a plan declares unavailable: for some partners, some people, or everyone.
public struct PlanBlackout: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var days: DateRange
    /// Empty with `personIDs` empty: the whole plan.
    public var partnerIDs: [String]
    public var personIDs: [String]
    public var location: SourceLocation

    package init(
        id: String, title: LocalizedText, days: DateRange, partnerIDs: [String], personIDs: [String],
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.days = days
        self.partnerIDs = partnerIDs
        self.personIDs = personIDs
        self.location = location
    }

    /// Whether the blackout binds an event hosted by, or involving, these partners and people.
    public func applies(toPartners partners: [String], people: [String]) -> Bool {
        if partnerIDs.isEmpty && personIDs.isEmpty { return true }
        return partnerIDs.contains(where: partners.contains) || personIDs.contains(where: people.contains)
    }
}
