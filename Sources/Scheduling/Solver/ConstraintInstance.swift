import Bilingual
import YAMLReading

/// One rule as explanations name it: a stable name, where the plan says it, and what it means.
public struct ConstraintInstance: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        case window, weekdays, days, holiday, blackout, busy, leadTime = "lead-time", workingHours = "working-hours"
        case noOverlap = "no-overlap", precedence, spacing, alongside, pinned
        case preference
    }

    /// Stable across runs, such as `comite-suivi/2:window` or `maxime-prevot:no-overlap`.
    public var name: String
    public var kind: Kind
    public var location: SourceLocation
    public var message: LocalizedText
    /// The event whose dates it restricts (the first one, for rules between two events).
    public var eventID: String
    public var planID: String
    /// For a rule between two events: the other one (the event `after:` or `alongside:` names).
    public var relatedEventID: String? = nil
    /// For a soft link: what breaking it costs; nil for a rule that must hold.
    public var softCost: Int? = nil
}
