import Bilingual
import Foundation
import ICalendar

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
                if event.provisional { title += fr ? " (provisoire)" : " (provisional)" }
                let place = event.mode == .virtual ? (fr ? "en ligne" : "online")
                    : (event.place ?? event.hostID.flatMap(plan.partner)?.name.text(in: language) ?? "")
                rows.append([dates, time, title, place])
            }
            lines.append(contentsOf: TextTable.lines(headers: headers, rows: rows))
            lines.append(fr ? "\(rows.count) événements" : "\(rows.count) events")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
