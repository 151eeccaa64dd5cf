import Bilingual

/// A university whose academic calendar is in `calendars/academic/ID.yaml`.
public struct AcademicInstitution: Hashable, Sendable {
    /// Lower-case id, also the file name: `unamur`, `uqtr`.
    public let id: String
    public let name: LocalizedText
    /// ISO 3166-1 alpha-2 code: `BE`, `CA`.
    public let country: String
    /// IANA time zone of the main campus: `Europe/Brussels`.
    public let timeZone: String
    /// The holiday jurisdiction of the campus (`calendars/holidays/CODE.yaml`), when the file gives one.
    public let jurisdiction: String?
    /// Where the dates come from, as the file lists them.
    public let sources: [String]

    public init(
        id: String, name: LocalizedText, country: String, timeZone: String,
        jurisdiction: String? = nil, sources: [String] = []
    ) {
        self.id = id
        self.name = name
        self.country = country
        self.timeZone = timeZone
        self.jurisdiction = jurisdiction
        self.sources = sources
    }
}
