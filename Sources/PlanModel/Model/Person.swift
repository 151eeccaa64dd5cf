import Bilingual
import YAMLReading

/// Someone who travels or meets: an elected official, staff, a rector.
/// Contact data never reaches a public feed.
public struct Person: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var role: LocalizedText?
    public var partnerID: String
    public var email: String?
    public var phone: String?
    /// Elected officials do not travel during election periods.
    public var elected: Bool
    /// An exported calendar (.ics) of the person's busy time, relative to the plan file.
    public var busyCalendar: String?
    public var location: SourceLocation

    package init(
        id: String, name: String, role: LocalizedText? = nil, partnerID: String, email: String? = nil,
        phone: String? = nil, elected: Bool, busyCalendar: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.partnerID = partnerID
        self.email = email
        self.phone = phone
        self.elected = elected
        self.busyCalendar = busyCalendar
        self.location = location
    }
}
