import CivilTime
import Scheduling

/// Where an occurrence stands on a given day.
enum ActivityStatus: Sendable {
    case held, ongoing, planned

    init(_ event: ScheduledEvent, today: CivilDate) {
        if event.timing.lastDate < today {
            self = .held
        } else if event.timing.firstDate <= today {
            self = .ongoing
        } else {
            self = .planned
        }
    }

    func label(_ words: PageWords, provisional: Bool) -> String {
        switch self {
        case .held: return words.t("réalisée", "held")
        case .ongoing: return words.t("en cours", "under way")
        case .planned: return provisional ? words.t("prévue, à confirmer", "planned, to be confirmed") : words.t("prévue", "planned")
        }
    }

    var cssClass: String {
        switch self {
        case .held: return "ok"
        case .ongoing: return "soon"
        case .planned: return ""
        }
    }
}
