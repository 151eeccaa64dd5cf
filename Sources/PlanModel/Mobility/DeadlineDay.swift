import CivilTime

/// When a deadline of a programme's period falls: a day of every year (`--02-15`, the last one
/// before the period starts) or one date (`2026-02-15`, for a period with dates of its own).
public enum DeadlineDay: Hashable, Sendable, CustomStringConvertible {
    case monthDay(MonthDay)
    case date(CivilDate)

    /// The deadline for a stay window starting on `start`.
    public func date(before start: CivilDate) -> CivilDate {
        switch self {
        case .monthDay(let day): return day.last(before: start)
        case .date(let date): return date
        }
    }

    /// `--02-15` or `2026-02-15`.
    public var description: String {
        switch self {
        case .monthDay(let day): return day.description
        case .date(let date): return date.description
        }
    }
}
