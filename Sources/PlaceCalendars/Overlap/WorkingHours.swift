import CivilTime

/// Local working hours, the same in every zone (default 09:00–17:00).
public struct WorkingHours: Hashable, Sendable, CustomStringConvertible {
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init?(start: TimeOfDay, end: TimeOfDay) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// Parses `09:00-17:00`.
    public init?(text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = TimeOfDay(iso: parts[0]), let end = TimeOfDay(iso: parts[1]) else { return nil }
        self.init(start: start, end: end)
    }

    public static let office = WorkingHours(start: TimeOfDay(hour: 9, minute: 0)!, end: TimeOfDay(hour: 17, minute: 0)!)!

    public var description: String { "\(start)-\(end)" }
}
