import Bilingual
import YAMLReading

/// An exchange programme between partners, often under an agreement of the plan: who may go
/// where, for how long, by when to apply. Between universities (the UNamur–UQTR cooperation
/// agreement) its windows are the institutions' academic terms; outside academia (youth
/// mobility France–Québec, staff exchanges between local governments) they are the programme's
/// own seasons (`periods:`) or any time of its years, and no academic calendar is involved.
public struct MobilityProgramme: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: LocalizedText
    /// The tie (agreement) the programme carries out.
    public var agreementID: String?
    public var institutions: [MobilityInstitution]
    public var directions: [MobilityDirection]
    /// The years it covers: academic years (`2025/2026`) between universities, calendar years
    /// (`2025`) outside academia; empty: the years that overlap the agreement's period (every
    /// year of the calendars, or of the plan's horizon, when the agreement has none).
    public var years: [String]
    /// The largest difference between the participants of the two directions of a year that
    /// still counts as balanced (`balanceTolerance:`, or the tolerance of `balance:`).
    public var balanceTolerance: Int
    public var location: SourceLocation
    /// `balance:`: the programme aims at balance, counted in people, and warns when a year misses it.
    public var balance: MobilityBalanceRule?
    /// The seasons of a programme outside academia (`periods:`), for the directions that have none of their own.
    public var periods: [MobilityPeriod]
    /// Days a stay may last, per type outside academia, where the programme sets its own (`lengths:`).
    public var lengths: [MobilityType: ClosedRange<Int>]
    /// Who may take part, by age (`ages: {from: 18, to: 35}` for the OFQJ).
    public var ages: ClosedRange<Int>?
    /// The plan's domains it serves (`domains:`; empty: its agreement's), where annual reports count it.
    public var domainIDs: [String]

    public init(
        id: String, title: LocalizedText, agreementID: String?, institutions: [MobilityInstitution],
        directions: [MobilityDirection], years: [String], balanceTolerance: Int, location: SourceLocation,
        balance: MobilityBalanceRule? = nil, periods: [MobilityPeriod] = [], lengths: [MobilityType: ClosedRange<Int>] = [:],
        ages: ClosedRange<Int>? = nil, domainIDs: [String] = []
    ) {
        self.id = id
        self.title = title
        self.agreementID = agreementID
        self.institutions = institutions
        self.directions = directions
        self.years = years
        self.balanceTolerance = balanceTolerance
        self.location = location
        self.balance = balance
        self.periods = periods
        self.lengths = lengths
        self.ages = ages
        self.domainIDs = domainIDs
    }

    public func institution(_ partnerID: String) -> MobilityInstitution? {
        institutions.first { $0.partnerID == partnerID }
    }

    public func direction(from: String, to: String) -> MobilityDirection? {
        directions.first { $0.fromID == from && $0.toID == to }
    }

    /// Between universities: its stays follow academic calendars and its years are academic
    /// years. The loader refuses a programme that mixes both families.
    public var followsAcademicCalendars: Bool {
        directions.allSatisfy { $0.types.allSatisfy(\.usesAcademicCalendar) }
    }

    /// Days a stay of `type` may last under this programme.
    public func stayDays(_ type: MobilityType) -> ClosedRange<Int> { lengths[type] ?? type.stayDays }

    /// The seasons of `direction`: its own, else the programme's.
    public func periods(of direction: MobilityDirection) -> [MobilityPeriod] {
        direction.periods.isEmpty ? periods : direction.periods
    }

    /// The stays whose participants the balance counts.
    public func countsTowardBalance(_ type: MobilityType) -> Bool { balance?.counts(type) ?? true }
}
