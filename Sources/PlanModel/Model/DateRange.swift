import CivilTime

/// Consecutive calendar days, both ends included.
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    public var first: CivilDate
    public var last: CivilDate

    public init(first: CivilDate, last: CivilDate) {
        self.first = first
        self.last = last
    }

    public func contains(_ date: CivilDate) -> Bool { first <= date && date <= last }

    public func overlaps(_ other: DateRange) -> Bool { first <= other.last && other.first <= last }

    public var dayCount: Int { first.days(until: last) + 1 }

    public var days: [CivilDate] { (0..<dayCount).map { first.adding(days: $0) } }

    public var description: String { first == last ? "\(first)" : "\(first)/\(last)" }
}
