import YAMLReading

/// One way of a programme: people of `from` going to `to`.
public struct MobilityDirection: Hashable, Sendable, Identifiable {
    public var fromID: String
    public var toID: String
    /// The types offered (the programme's `types:`, else every university stay), in `MobilityType` order.
    public var types: [MobilityType]
    /// Places per year and type.
    public var quotas: [MobilityType: Int]
    public var languages: [LanguageRequirement]
    public var permits: [PermitRequirement]
    public var planned: [PlannedMobility]
    public var location: SourceLocation
    /// Its own seasons, outside academia; empty: the programme's.
    public var periods: [MobilityPeriod]

    public init(
        fromID: String, toID: String, types: [MobilityType], quotas: [MobilityType: Int],
        languages: [LanguageRequirement], permits: [PermitRequirement], planned: [PlannedMobility],
        location: SourceLocation, periods: [MobilityPeriod] = []
    ) {
        self.fromID = fromID
        self.toID = toID
        self.types = types.sorted()
        self.quotas = quotas
        self.languages = languages
        self.permits = permits
        self.planned = planned
        self.location = location
        self.periods = periods
    }

    /// `unamur-vers-uqtr`: used in feed names.
    public var id: String { "\(fromID)-vers-\(toID)" }

    public func planned(in year: String) -> PlannedMobility? { planned.first { $0.year == year } }
}
