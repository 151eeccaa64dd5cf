import Bilingual
import CivilTime

/// A date that leads to an exchange window: the home institution's nomination, the student's
/// application to the host, or the latest day to apply for a visa or permit; outside academia,
/// the nomination and application deadlines of a programme's season.
public struct MobilityDeadline: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case nomination, application, permits

        public var name: LocalizedText {
            switch self {
            case .nomination: return LocalizedText(fr: "Date limite de nomination", en: "Nomination deadline")
            case .application: return LocalizedText(fr: "Date limite de candidature", en: "Application deadline")
            case .permits: return LocalizedText(fr: "Demander les permis au plus tard", en: "Apply for permits by")
            }
        }
    }

    public var kind: Kind
    public var date: CivilDate
    /// Where it is met: the host, for the nominations and applications of university stays; the
    /// home side outside academia, where people put themselves forward where they live.
    public var institutionID: String
    /// The permit concerned (`permits` only).
    public var permit: LocalizedText?
    /// For `permits`: days before the first day of the stay.
    public var leadDays: Int?
    /// Not taken from a published factsheet or an official processing time.
    public var estimated: Bool
    /// A deadline of a programme's season (outside academia) rather than of an institution:
    /// labels leave out the institution, which is the direction's home.
    public var ofProgramme: Bool

    public init(
        kind: Kind, date: CivilDate, institutionID: String, permit: LocalizedText? = nil, leadDays: Int? = nil,
        estimated: Bool, ofProgramme: Bool = false
    ) {
        self.kind = kind
        self.date = date
        self.institutionID = institutionID
        self.permit = permit
        self.leadDays = leadDays
        self.estimated = estimated
        self.ofProgramme = ofProgramme
    }
}
