import PlanModel

/// The participants planned in one year of a programme (academic between universities,
/// calendar outside academia), per direction, against the quotas, and how far the directions
/// are from each other, counted in people.
public struct MobilityBalance: Hashable, Sendable {
    /// One direction's year.
    public struct Row: Hashable, Sendable {
        public var fromID: String
        public var toID: String
        /// Per type, the types the direction offers, in `MobilityType` order.
        public var lines: [Line]
        /// The year is written in the plan (`planned:`); false: nothing planned yet.
        public var hasPlan: Bool
        /// The people the balance counts: the planned participants of the stays it counts
        /// (every stay, unless the programme's `balance:` names some).
        public var people: Int

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
    /// `2025/2026`, or `2025` outside academia.
    public var year: String
    public var rows: [Row]
    public var tolerance: Int
    /// The programme asks for balance (`balance:`): a year that misses it is a warning.
    public var asked: Bool = false
    /// The stays whose people count, when the programme's `balance:` names some; empty: every stay.
    public var counted: [MobilityType] = []

    /// The largest difference of people between two directions.
    public var imbalance: Int {
        let totals = rows.map(\.people)
        return (totals.max() ?? 0) - (totals.min() ?? 0)
    }

    public var balanced: Bool { imbalance <= tolerance }

    /// The direction that sends the most people, when the year is not even.
    public var heavier: Row? {
        guard imbalance > 0 else { return nil }
        return rows.max { $0.people < $1.people }
    }

    /// The direction that sends the fewest people, when the year is not even.
    public var lighter: Row? {
        guard imbalance > 0 else { return nil }
        return rows.min { $0.people < $1.people }
    }
}
