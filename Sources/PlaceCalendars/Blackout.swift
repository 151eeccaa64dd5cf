import Bilingual
import CivilTime

/// A period in which exchanges should not be planned in a jurisdiction.
public struct Blackout: Hashable, Sendable {
    /// The jurisdiction whose file defines the blackout.
    public let jurisdiction: String
    public let id: String
    public let name: LocalizedText
    public let kind: BlackoutKind
    public let start: CivilDate
    /// Inclusive.
    public let end: CivilDate
    /// The dates are a best guess that a coordinator should confirm.
    public let estimated: Bool
    /// Elections only: the polling day(s); `start` is the first minus the reserve period.
    public let pollingDays: [CivilDate]

    public init(
        jurisdiction: String, id: String, name: LocalizedText, kind: BlackoutKind,
        start: CivilDate, end: CivilDate, estimated: Bool = false, pollingDays: [CivilDate] = []
    ) {
        self.jurisdiction = jurisdiction
        self.id = id
        self.name = name
        self.kind = kind
        self.start = start
        self.end = max(start, end)
        self.estimated = estimated
        self.pollingDays = pollingDays
    }

    public var dayCount: Int { start.days(until: end) + 1 }

    public func contains(_ day: CivilDate) -> Bool {
        start <= day && day <= end
    }

    public func overlaps(_ range: ClosedRange<CivilDate>) -> Bool {
        start <= range.upperBound && range.lowerBound <= end
    }
}
