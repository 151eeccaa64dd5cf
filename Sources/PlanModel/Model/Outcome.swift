import Bilingual
import CivilTime

/// What became of one occurrence, as the plan records it (`outcome:` of a single event,
/// `outcomes: {N: …}` of a series). Nothing else makes an occurrence held, cancelled, met or
/// missed: a past occurrence without an outcome is "to confirm", whatever its dates.
public enum Outcome: Hashable, Sendable {
    /// It took place: on its written date, or on `on` when it took place another day.
    case held(on: CivilDate?)
    /// It will not take place (or did not).
    case cancelled(reason: LocalizedText?)
    /// Moved to another day and not held yet; once it is, record `{held: DATE}`.
    case postponed(to: CivilDate, reason: LocalizedText?)
    /// A deadline kept.
    case met
    /// A deadline not kept.
    case missed

    /// The day the occurrence now starts on, when the outcome moves it off its written date.
    public var movedTo: CivilDate? {
        switch self {
        case .held(let date): return date
        case .postponed(let date, _): return date
        case .cancelled, .met, .missed: return nil
        }
    }

    /// `held`, `cancelled`, `postponed`, `met` or `missed`: the word the plan and the JSON use.
    public var keyword: String {
        switch self {
        case .held: return "held"
        case .cancelled: return "cancelled"
        case .postponed: return "postponed"
        case .met: return "met"
        case .missed: return "missed"
        }
    }

    /// Held, cancelled, met or missed: the occurrence's date is settled (a postponed one still
    /// lies ahead), so the rules its written date breaks are no longer worth a warning.
    public var settlesDate: Bool {
        if case .postponed = self { return false }
        return true
    }

    public var reason: LocalizedText? {
        switch self {
        case .cancelled(let reason), .postponed(_, let reason): return reason
        case .held, .met, .missed: return nil
        }
    }
}
