import ArgumentParser
import Registry
import Bilingual
import CivilTime
import Foundation
import ICalendar

/// Lists every occurrence of every VEVENT of an .ics file as libical expands it; the feed
/// validators compare this with an independent implementation.
struct OccurrencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "occurrences",
        abstract: "Expands the events of an .ics file (RRULE, RDATE, EXDATE) between two dates.")

    @Argument(help: "An iCalendar file.")
    var file: String

    @OptionGroup var dates: DateRangeArguments

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Most occurrences listed per event.")
    var limit: Int = 10_000

    struct Entry: Encodable {
        var uid: String
        var start: String
        var timezone: String?
        var allDay: Bool
    }

    func run() throws {
        try Failure.guarded {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandLineError.input(
                    LocalizedText(fr: "impossible de lire \(file)", en: "cannot read \(file)"),
                    fix: LocalizedText(fr: "nommez un fichier .ics lisible", en: "name a readable .ics file"))
            }
            let parsed: ParsedCalendar
            do {
                parsed = try ICalendarReader.parse(String(decoding: data, as: UTF8.self))
            } catch let error as ICalendarError {
                throw CommandLineError.input(
                    LocalizedText(fr: "\(file) : \(error.message)", en: "\(file): \(error.message)"),
                    fix: LocalizedText(
                        fr: "nommez un fichier iCalendar (.ics) qui commence par BEGIN:VCALENDAR",
                        en: "name an iCalendar file (.ics) that starts with BEGIN:VCALENDAR"))
            }
            let first = Instant(utc: CivilDateTime(date: dates.first.adding(days: -1), time: .midnight))
            let last = Instant(utc: CivilDateTime(date: dates.last.adding(days: 2), time: .midnight))
            var entries: [Entry] = []
            for event in parsed.events where event.recurrenceID == nil {
                for time in try RecurrenceExpander.occurrences(of: event, from: first, through: last, limit: limit) {
                    switch time {
                    case .date(let date): entries.append(Entry(uid: event.uid, start: date.description, timezone: nil, allDay: true))
                    case .zoned(let dateTime, let zone):
                        entries.append(Entry(uid: event.uid, start: dateTime.description, timezone: zone, allDay: false))
                    case .utc(let dateTime):
                        entries.append(Entry(uid: event.uid, start: dateTime.description + "Z", timezone: nil, allDay: false))
                    }
                }
            }
            switch format {
            case .json:
                print(try JSONOutput.string(entries))
            case .text:
                for entry in entries { print("\(entry.uid)  \(entry.start)\(entry.timezone.map { " " + $0 } ?? "")") }
            }
        }
    }
}
