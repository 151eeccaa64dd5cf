import Bilingual
import CivilTime
import PlanModel
import WorkspaceCore

/// Dates as coordinators read them: « mardi 11 juin 2024 », « 20–25 avril 2025 ».
package enum DateText {
    package static func long(_ date: CivilDate, _ language: Language) -> String {
        language == .fr
            ? "\(FrenchDate.weekday(date)) \(FrenchDate.long(date))" : "\(EnglishDate.weekday(date)) \(EnglishDate.long(date))"
    }

    package static func short(_ date: CivilDate, _ language: Language) -> String {
        language == .fr ? FrenchDate.long(date) : EnglishDate.long(date)
    }

    package static func timing(_ timing: Timing, _ language: Language) -> String {
        switch timing {
        case .allDay(let range):
            if range.first == range.last { return long(range.first, language) }
            return "\(short(range.first, language)) → \(short(range.last, language))"
        case .timed(let start, let end, let zone):
            let time = String(format: "%02d:%02d", start.time.hour, start.time.minute)
            let endTime = String(format: "%02d:%02d", end.time.hour, end.time.minute)
            let days = start.date == end.date ? "" : " → \(short(end.date, language))"
            return "\(long(start.date, language)), \(time)–\(endTime)\(days) (\(zone))"
        }
    }
}
