import Bilingual
import CivilTime
import Foundation
import ICalendar
import PlanModel

/// A schedule as a readable table for a terminal.
public enum ScheduleTable {
    public static func render(_ schedule: Schedule, language: Language?) -> String {
        var lines: [String] = []
        for plan in schedule.plans {
            let language = language ?? plan.language
            let fr = language == .fr
            lines.append("\(plan.title.text(in: language))  [\(plan.id)]")
            let headers = fr ? ["Date", "Heure", "Événement", "Lieu"] : ["Date", "Time", "Event", "Place"]
            var rows: [[String]] = []
            for event in schedule.events(of: plan) {
                let dates: String
                let time: String
                switch event.timing {
                case .allDay(let range):
                    dates = range.dayCount == 1 ? "\(range.first)" : "\(range.first) → \(range.last)"
                    time = fr ? "journée" : "all day"
                case .timed(let start, let end, let zone):
                    dates = "\(start.date)"
                    time = "\(start.time)–\(end.time) \(zone)"
                }
                var title = event.title.text(in: language)
                if let outcome = event.outcome {
                    title += " (" + Self.outcomeWord(outcome, writtenDate: event.writtenDate, french: fr) + ")"
                } else if event.provisional {
                    title += fr ? " (provisoire)" : " (provisional)"
                }
                let place =
                    event.mode == .virtual
                    ? (fr ? "en ligne" : "online")
                    : (event.place ?? event.hostID.flatMap(plan.partner)?.name.text(in: language) ?? "")
                rows.append([dates, time, title, place])
            }
            lines.append(contentsOf: TextTable.lines(headers: headers, rows: rows))
            lines.append(fr ? "\(rows.count) événements" : "\(rows.count) events")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// « réalisée », « annulée », « reportée, prévue le 2025-05-13 », « respectée », « manquée ».
    static func outcomeWord(_ outcome: Outcome, writtenDate: CivilDate?, french fr: Bool) -> String {
        let written = writtenDate.map { fr ? ", prévue le \($0)" : ", planned for \($0)" } ?? ""
        switch outcome {
        case .held: return (fr ? "réalisée" : "held") + written
        case .cancelled: return fr ? "annulée" : "cancelled"
        case .postponed: return (fr ? "reportée" : "postponed") + written
        case .met: return fr ? "respectée" : "met"
        case .missed: return fr ? "manquée" : "missed"
        }
    }
}
