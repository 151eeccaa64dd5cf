import Bilingual
import PlaceCalendars
import YAMLReading

/// A city, university or organisation taking part in a plan.
public struct Partner: Hashable, Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case city, university, college, organisation, government, association, company
    }

    public struct Coordinates: Hashable, Sendable {
        public var latitude: Double
        public var longitude: Double

        package init(latitude: Double, longitude: Double) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    public var id: String
    public var name: LocalizedText
    public var kind: Kind
    /// ISO 3166-1 alpha-2, such as `CA`, `BE`, `FR`.
    public var country: String
    /// Region code such as `CA-QC` or `BE-WAL`.
    public var region: String?
    /// IANA zone, such as `America/Toronto`.
    public var timeZone: String
    /// Holiday jurisdictions observed, such as `CA-QC`, and `.ics` files of days off, as written
    /// in the plan (`extra/tunis-municipal.ics`).
    public var holidayJurisdictions: [String]
    /// Where each of `holidayJurisdictions` is written, to point at an unknown one.
    public var jurisdictionLocations: [String: SourceLocation] = [:]
    /// The `.ics` entries of `holidayJurisdictions`, each with its path relative to the plan's
    /// folder as the plan was named (`calendars/extra/tunis-municipal.ics`).
    public var holidayFiles: [String: String] = [:]
    public var language: Language
    public var coordinates: Coordinates?
    /// The office that follows the plan for this partner.
    public var office: LocalizedText?
    public var location: SourceLocation

    package init(
        id: String, name: LocalizedText, kind: Kind, country: String, region: String? = nil,
        timeZone: String, holidayJurisdictions: [String], jurisdictionLocations: [String: SourceLocation] = [:],
        holidayFiles: [String: String] = [:], language: Language, coordinates: Coordinates? = nil,
        office: LocalizedText? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.region = region
        self.timeZone = timeZone
        self.holidayJurisdictions = holidayJurisdictions
        self.jurisdictionLocations = jurisdictionLocations
        self.holidayFiles = holidayFiles
        self.language = language
        self.coordinates = coordinates
        self.office = office
        self.location = location
    }
}
