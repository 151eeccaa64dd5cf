import Bilingual
import Foundation
import PlaceCalendars

/// The JSON and text forms of `jumelage overlap`.
struct OverlapReport: Encodable {
    struct LocalWindow: Encodable {
        var zone: String
        var start: String
        var end: String
    }

    struct Window: Encodable {
        var startUTC: String
        var endUTC: String
        var minutes: Int
        var local: [LocalWindow]
    }

    struct Day: Encodable {
        var date: String
        var unusual: Bool
        var offsetsHours: [Double]
        var windows: [Window]
    }

    struct Period: Encodable {
        var from: String
        var to: String
        var offsetsHours: [Double]
    }

    var zones: [String]
    var hours: String
    var usualOffsetsHours: [Double]
    var unusualPeriods: [Period]
    var days: [Day]

    init(_ overlap: ZoneOverlap) {
        func hours(_ seconds: [Int]) -> [Double] { seconds.map { Double($0) / 3600 } }
        zones = overlap.zones.map(\.identifier)
        self.hours = overlap.hours.description
        usualOffsetsHours = hours(overlap.usualOffsetsFromFirst)
        unusualPeriods = overlap.unusualPeriods.map {
            Period(from: $0.from.description, to: $0.to.description, offsetsHours: hours($0.offsetsFromFirst))
        }
        days = overlap.days.map { day in
            Day(
                date: day.date.description, unusual: day.isUnusual, offsetsHours: hours(day.offsetsFromFirst),
                windows: day.windows.map { window in
                    Window(
                        startUTC: window.start.description, endUTC: window.end.description,
                        minutes: Int(window.end.secondsSinceEpoch - window.start.secondsSinceEpoch) / 60,
                        local: window.local.map { LocalWindow(zone: $0.zone, start: $0.start.description, end: $0.end.description) })
                })
        }
    }

    func json() -> String {
        try! JSONOutput.string(self)
    }

    func text(in language: Language) -> String {
        let fr = language == .fr
        func gap(_ hours: [Double]) -> String {
            hours.dropFirst().map { String(format: "%+g h", $0) }.joined(separator: ", ")
        }
        var lines = [
            (fr ? "Fuseaux : " : "Zones: ") + zones.joined(separator: ", ") + (fr ? " — heures de travail " : " — working hours ") + hours
        ]
        lines.append((fr ? "Décalage habituel : " : "Usual offset: ") + gap(usualOffsetsHours))
        for period in unusualPeriods {
            lines.append(
                (fr ? "Décalage inhabituel du \(period.from) au \(period.to) : " : "Unusual offset from \(period.from) to \(period.to): ")
                    + gap(period.offsetsHours))
        }
        for day in days {
            let windows = day.windows.map { window in
                window.local.map { "\($0.start.suffix(8).prefix(5))–\($0.end.suffix(8).prefix(5)) \($0.zone)" }.joined(separator: " = ")
            }
            let text = windows.isEmpty ? (fr ? "aucune plage commune" : "no common hours") : windows.joined(separator: "; ")
            lines.append("\(day.date)\(day.unusual ? " *" : "  ") \(text)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
