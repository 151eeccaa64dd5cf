import PlanFormat

/// The participants planned in one academic year of a programme, per direction, against the
/// quotas, and how far the directions are from each other.
public struct MobilityBalance: Hashable, Sendable {
    /// One direction's year.
    public struct Row: Hashable, Sendable {
        public var fromID: String
        public var toID: String
        /// Per type, the types the direction offers, in `MobilityType` order.
        public var lines: [Line]
        /// The year is written in the plan (`planned:`); false: nothing planned yet.
        public var hasPlan: Bool

        public var planned: Int { lines.map(\.planned).reduce(0, +) }
        public var quota: Int { lines.map(\.quota).reduce(0, +) }
        /// Planned students (semester, year, doctoral).
        public var students: Int { lines.filter(\.type.isStudent).map(\.planned).reduce(0, +) }
        public var overQuota: [MobilityType] { lines.filter { $0.planned > $0.quota }.map(\.type) }
    }

    /// One type of one direction's year.
    public struct Line: Hashable, Sendable {
        public var type: MobilityType
        public var planned: Int
        public var quota: Int

        public var remaining: Int { quota - planned }
    }

    public var planID: String
    public var programmeID: String
    /// `2025/2026`.
    public var year: String
    public var rows: [Row]
    public var tolerance: Int

    /// The largest difference of planned participants between two directions.
    public var imbalance: Int {
        let totals = rows.map(\.planned)
        return (totals.max() ?? 0) - (totals.min() ?? 0)
    }

    public var balanced: Bool { imbalance <= tolerance }

    /// The direction that sends the most, when the year is not even.
    public var heavier: Row? {
        guard imbalance > 0 else { return nil }
        return rows.max { $0.planned < $1.planned }
    }
}
