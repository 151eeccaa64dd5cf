import CivilTime

/// One occurrence of a yearly rule: its days, what tells it from the rule's other occurrences,
/// and whether its date is only an estimate.
struct RuleOccurrence: Hashable, Sendable {
    /// First and last day, inclusive.
    var span: ClosedRange<CivilDate>
    /// The Gregorian year of the anchor (`2025`), or for an Islamic date its Hijri year
    /// (`AH1446`), which does not change when an estimated date is corrected by a day.
    var key: String
    /// A tabular Islamic date with no announced date to replace it.
    var estimated: Bool
}
