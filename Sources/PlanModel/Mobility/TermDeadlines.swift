import CivilTime
import YAMLReading

/// When a host wants nominations and applications for stays that start in some of its terms,
/// as its factsheet gives them: month-days, the same every year.
public struct TermDeadlines: Hashable, Sendable {
    /// Host term ids (`1/3`) whose stays these deadlines lead to; a full-year stay uses its first term's.
    public var termIDs: [String]
    /// The mobility types they apply to (by default the stays that follow terms: semester and year).
    public var types: [MobilityType]
    /// The home institution nominates its candidates by this day.
    public var nomination: MonthDay?
    /// The nominated candidates send their application by this day.
    public var application: MonthDay?
    /// The days are not taken from the host's published factsheet.
    public var estimated: Bool
    public var location: SourceLocation

    public init(
        termIDs: [String], types: [MobilityType], nomination: MonthDay?, application: MonthDay?,
        estimated: Bool, location: SourceLocation
    ) {
        self.termIDs = termIDs
        self.types = types
        self.nomination = nomination
        self.application = application
        self.estimated = estimated
        self.location = location
    }

    public func applies(to type: MobilityType, startingIn termID: String) -> Bool {
        types.contains(type) && termIDs.contains(termID)
    }
}
