import Bilingual
import CivilTime

import Scheduling

/// Where an occurrence stands on a given day. Only what the plan records makes it held,
/// met, missed or cancelled; an occurrence that is over with nothing recorded is to confirm.
enum ActivityStatus: Sendable, Hashable, CaseIterable {
    case held, met, missed, cancelled, postponed, toConfirm, ongoing, planned
    /// A derived anniversary day that is over: a date, not an activity to record.
    case past

    init(_ event: ScheduledEvent, today: CivilDate) {
        switch event.outcome {
        case .held?: self = .held
        case .met?: self = .met
        case .missed?: self = .missed
        case .cancelled?: self = .cancelled
        case .postponed?: self = event.timing.lastDate < today ? .toConfirm : .postponed
        case nil:
            if event.timing.lastDate < today {
                self = event.origin == .activity ? .toConfirm : .past
            } else {
                self = event.timing.firstDate <= today ? .ongoing : .planned
            }
        }
    }

    /// Held, or a deadline met: what reports count as done.
    var isDone: Bool { self == .held || self == .met }

    /// The status of one occurrence: « réalisée », « reportée au 17 juin 2025 », « à confirmer »…
    func label(_ words: PageWords, event: ScheduledEvent) -> String {
        let t = words.t
        switch self {
        case .held:
            guard let written = event.writtenDate else { return t("réalisée", "held") }
            return t("réalisée (prévue le \(words.date(written)))", "held (planned for \(words.date(written)))")
        case .met: return t("respectée", "met")
        case .missed: return t("manquée", "missed")
        case .cancelled:
            guard let reason = event.outcome?.reason else { return t("annulée", "cancelled") }
            return t("annulée", "cancelled") + words.colon + " " + words.text(reason).trimmedPeriod
        case .postponed:
            return t("reportée au \(words.date(event.timing.firstDate))", "postponed to \(words.date(event.timing.firstDate))")
        case .toConfirm:
            if event.writtenDate != nil {
                return t(
                    "reportée au \(words.date(event.timing.firstDate)), à confirmer",
                    "postponed to \(words.date(event.timing.firstDate)), to confirm")
            }
            return t("à confirmer", "to confirm")
        case .ongoing: return t("en cours", "under way")
        case .planned: return event.provisional ? t("prévue, à confirmer", "planned, to be confirmed") : t("prévue", "planned")
        case .past: return t("passée", "past")
        }
    }

    /// « 2 réalisées », « 1 à confirmer »: the count of occurrences in this state.
    func counted(_ count: Int, _ words: PageWords) -> String {
        let s = count > 1 ? "s" : ""
        switch self {
        case .held: return words.t("\(count) réalisée\(s)", "\(count) held")
        case .met: return words.t("\(count) échéance\(s) respectée\(s)", "\(count) deadline\(count > 1 ? "s" : "") met")
        case .missed: return words.t("\(count) échéance\(s) manquée\(s)", "\(count) deadline\(count > 1 ? "s" : "") missed")
        case .cancelled: return words.t("\(count) annulée\(s)", "\(count) cancelled")
        case .postponed: return words.t("\(count) reportée\(s)", "\(count) postponed")
        case .toConfirm: return words.t("\(count) à confirmer", "\(count) to confirm")
        case .ongoing: return words.t("\(count) en cours", "\(count) under way")
        case .planned: return words.t("\(count) prévue\(s)", "\(count) planned")
        case .past: return words.t("\(count) date\(s) anniversaire\(s) passée\(s)", "\(count) past anniversary day\(count > 1 ? "s" : "")")
        }
    }

    var cssClass: String {
        switch self {
        case .held, .met: return "ok"
        case .ongoing, .postponed: return "soon"
        case .missed, .toConfirm: return "warn"
        case .cancelled, .past: return "past"
        case .planned: return ""
        }
    }
}
