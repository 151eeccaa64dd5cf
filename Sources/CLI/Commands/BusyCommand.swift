import ArgumentParser
import Registry
import Bilingual
import CivilTime
import Foundation
import PlaceCalendars

/// `jumelage busy FILE.ics --from DATE --to DATE [--format json]`
struct BusyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "busy",
        abstract: "Reads an .ics file (an Outlook or Google export, a holiday feed) as busy time between two dates.",
        discussion:
            "Recurrences, moved and cancelled occurrences are honoured; transparent and cancelled events are free. Lines libical could not read are reported on standard error with their line number."
    )

    @Argument(help: "An iCalendar file.")
    var file: String

    @OptionGroup var dates: DateRangeArguments

    @Option(help: "Zone the text output shows times in.")
    var zone: String = "America/Toronto"

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Entry: Encodable {
        var start: String
        var end: String
        var allDay: Bool
        var source: String
        var summary: String?
        var tentative: Bool
    }

    struct Problem: Encodable {
        var line: Int?
        var message: String
    }

    struct Report: Encodable {
        var file: String
        var from: String
        var to: String
        var busy: [Entry]
        var problems: [Problem]
    }

    func validate() throws {
        guard ZoneRules.isKnown(zone) else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "fuseau horaire inconnu « \(zone) » : utilisez un nom IANA comme Europe/Brussels",
                    en: "unknown time zone '\(zone)': use an IANA name such as Europe/Brussels")
            ).validation
        }
    }

    func run() throws {
        try Failure.guarded {
            let calendar = try BusyCalendar(file: file, from: dates.first, through: dates.last)
            for problem in calendar.problems {
                Failure.printError(
                    "\(file):\(problem.line ?? 1):1: \(Failure.language == .fr ? "avertissement :" : "warning:") \(problem.message)")
            }
            let entries = calendar.entries.map { busy -> Entry in
                switch busy.span {
                case .days(let first, let last):
                    return Entry(
                        start: first.description, end: last.description, allDay: true, source: busy.source,
                        summary: busy.summary, tentative: busy.tentative)
                case .interval(let start, let end):
                    return Entry(
                        start: start.description, end: end.description, allDay: false, source: busy.source,
                        summary: busy.summary, tentative: busy.tentative)
                }
            }
            switch format {
            case .json:
                let report = Report(
                    file: file, from: dates.from, to: dates.to, busy: entries,
                    problems: calendar.problems.map { Problem(line: $0.line, message: $0.message) })
                print(try JSONOutput.string(report))
            case .text:
                let rules = ZoneRules(identifier: zone)!
                for (entry, busy) in zip(entries, calendar.entries) {
                    var when = entry.allDay ? (entry.start == entry.end ? entry.start : "\(entry.start) → \(entry.end)") : ""
                    if case .interval(let start, let end) = busy.span {
                        when = "\(rules.localTime(at: start)) → \(rules.localTime(at: end).time) \(zone)"
                    }
                    print("\(when)  \(entry.summary ?? entry.source)\(entry.tentative ? " (?)" : "")")
                }
            }
        }
    }
}
