import Bilingual
import YAMLReading

/// An exchange programme between institutions, under an agreement of the plan (such as the
/// UNamur–UQTR cooperation agreement): who may go where, for how long, by when to apply.
public struct MobilityProgramme: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: LocalizedText
    /// The tie (agreement) the programme carries out.
    public var agreementID: String?
    public var institutions: [MobilityInstitution]
    public var directions: [MobilityDirection]
    /// The academic years it covers (`2025/2026`); empty: the host years that overlap the
    /// agreement's period (every year of the calendars when the agreement has none).
    public var years: [String]
    /// The largest difference between the participants of the two directions of a year that
    /// still counts as balanced.
    public var balanceTolerance: Int
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, agreementID: String?, institutions: [MobilityInstitution],
                directions: [MobilityDirection], years: [String], balanceTolerance: Int, location: SourceLocation) {
        self.id = id
        self.title = title
        self.agreementID = agreementID
        self.institutions = institutions
        self.directions = directions
        self.years = years
        self.balanceTolerance = balanceTolerance
        self.location = location
    }

    public func institution(_ partnerID: String) -> MobilityInstitution? {
        institutions.first { $0.partnerID == partnerID }
    }

    public func direction(from: String, to: String) -> MobilityDirection? {
        directions.first { $0.fromID == from && $0.toID == to }
    }
}
