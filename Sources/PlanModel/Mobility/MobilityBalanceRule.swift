import YAMLReading

/// `balance:` — the programme aims at as many people going each way (seed 004: « équilibrer
/// davantage la participation des jeunes québécois et français »). The balance is counted in
/// people: the participants planned per direction and year, for the stays it names; a year
/// whose directions differ by more than the tolerance is reported as a warning.
public struct MobilityBalanceRule: Hashable, Sendable {
    /// The largest difference, in people, between the directions of a year that still counts as balanced.
    public var tolerance: Int
    /// The stays whose participants count; empty: every stay.
    public var types: [MobilityType]
    public var location: SourceLocation

    public init(tolerance: Int, types: [MobilityType], location: SourceLocation) {
        self.tolerance = tolerance
        self.types = types
        self.location = location
    }

    public func counts(_ type: MobilityType) -> Bool { types.isEmpty || types.contains(type) }
}
