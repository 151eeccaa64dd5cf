import Bilingual
import YAMLReading

/// A visa, permit or travel authorisation people of one direction need, and how long before
/// the stay to apply for it. Lead times are estimates of processing times, not guarantees.
public struct PermitRequirement: Hashable, Sendable {
    public var name: LocalizedText
    /// The types it applies to (by default, every type the direction offers).
    public var types: [MobilityType]
    /// Only for stays longer than this many days (a Schengen type D visa beyond 90 days, a
    /// Québec CAQ and study permit beyond six months); nil: every stay of those types.
    public var longerThanDays: Int?
    /// Days before the first day of the stay to apply by.
    public var leadDays: Int
    public var estimated: Bool
    public var location: SourceLocation

    public init(
        name: LocalizedText, types: [MobilityType], longerThanDays: Int?, leadDays: Int, estimated: Bool,
        location: SourceLocation
    ) {
        self.name = name
        self.types = types
        self.longerThanDays = longerThanDays
        self.leadDays = leadDays
        self.estimated = estimated
        self.location = location
    }

    /// Whether a stay of `type` lasting up to `days` days needs it.
    public func applies(to type: MobilityType, stayDays days: Int) -> Bool {
        guard types.contains(type) else { return false }
        guard let longerThanDays else { return true }
        return days > longerThanDays
    }
}
