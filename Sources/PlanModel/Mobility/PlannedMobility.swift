import YAMLReading

/// How many people a direction plans to send in one year (academic between universities,
/// calendar outside academia), per type: counts only, never names.
public struct PlannedMobility: Hashable, Sendable {
    /// `2025/2026`, or `2025` outside academia.
    public var year: String
    public var counts: [MobilityType: Int]
    public var location: SourceLocation

    public init(year: String, counts: [MobilityType: Int], location: SourceLocation) {
        self.year = year
        self.counts = counts
        self.location = location
    }

    public var total: Int { counts.values.reduce(0, +) }
}
