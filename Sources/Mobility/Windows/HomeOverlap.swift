import Bilingual
import CivilTime

/// A part of the home institution's calendar that a stay abroad overlaps: an exam session,
/// a study period, a resit session, or a whole term.
public struct HomeOverlap: Hashable, Sendable {
    /// The period id (`exams-january`) or the term id (`2/3`).
    public var id: String
    /// `exams`, `resit`, `study` (academic period kinds) or `term`.
    public var kind: String
    public var name: LocalizedText
    /// The period's or term's own dates.
    public var start: CivilDate
    public var end: CivilDate
    /// The days it shares with the stay.
    public var from: CivilDate
    public var to: CivilDate
    public var estimated: Bool

    public init(
        id: String, kind: String, name: LocalizedText, start: CivilDate, end: CivilDate,
        from: CivilDate, to: CivilDate, estimated: Bool
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.from = from
        self.to = to
        self.estimated = estimated
    }

    /// Days shared with the stay.
    public var days: Int { from.days(until: to) + 1 }

    /// The whole period or term lies inside the stay.
    public var isWhole: Bool { from == start && to == end }
}
