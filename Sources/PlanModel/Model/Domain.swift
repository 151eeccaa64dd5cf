import Bilingual
import YAMLReading

/// A priority domain of a protocol (domaine prioritaire); becomes a feed CATEGORIES value.
public struct Domain: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var location: SourceLocation

    package init(id: String, name: LocalizedText, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
    }
}
