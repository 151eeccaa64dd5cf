import ArgumentParser
import Bilingual
import FeedModel
import Foundation
import Mobility
import PlaceCalendars
import YAMLReading
import PlanModel

/// `jumelage windows PATH... [--from unamur --to uqtr] [--year 2025/2026] [--format json] [--lang en] [--out DIR]`
struct WindowsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "windows",
        abstract:
            "Show the exchange windows of the plans' mobility programmes: host terms or programme seasons, home exam sessions overlapped, deadlines, balance.",
        discussion: """
            Windows come from the plans' `mobility:` sections: between universities, the academic calendars (built in, or \
            DIR/academic); for youth and staff programmes, the programmes' own seasons. \
            Dates followed by * (text) or flagged "estimated" (JSON) are not official. With --out, writes one \
            feed per programme and direction (mobilite-PROGRAMME-FROM-vers-TO.ics).
            """)

    @Argument(help: "Plan files, or folders of them.")
    var paths: [String]

    @Option(help: ArgumentHelp("Only the direction from this institution (a partner id, such as unamur).", valueName: "ID"))
    var from: String?

    @Option(help: ArgumentHelp("Only the direction to this institution (a partner id, such as uqtr).", valueName: "ID"))
    var to: String?

    @Option(
        help: ArgumentHelp(
            "Only this academic year (between universities) or calendar year (youth and staff programmes).",
            valueName: "YYYY/YYYY|YYYY"))
    var year: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(help: "Language of the output and feeds (default: each plan's language).")
    var lang: LanguageOption?

    @Option(
        help: ArgumentHelp(
            "Folder whose academic/ files add to the academic calendars built into jumelage, or replace those of the same name.",
            valueName: "DIR"))
    var calendars: String?

    @Option(help: ArgumentHelp("Folder to write the mobility feeds to.", valueName: "DIR"))
    var out: String?

    func validate() throws {
        if let year, Self.yearName(year) == nil {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--year doit s'écrire comme 2025/2026 (année universitaire) ou 2025 (année civile), pas « \(year) »",
                    en: "--year must look like 2025/2026 (academic year) or 2025 (calendar year), not '\(year)'")
            ).validation
        }
    }

    /// `2025/2026` (also `2025-26`…) or `2025`, as the windows name their years.
    static func yearName(_ text: String) -> String? {
        if text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) { return text }
        return AcademicCalendar.canonicalYearName(text)
    }

    func run() throws {
        try Failure.guarded {
            let schedule = try Workspace.load(paths: paths, calendars: calendars).mobility
            let institutions = Set(schedule.programmes.flatMap { $0.programme.institutions.map(\.partnerID) })
            let french = (lang?.language ?? Failure.language) == .fr
            for (option, value) in [("--from", from), ("--to", to)] {
                guard let value, !institutions.contains(value) else { continue }
                let known = institutions.sorted()
                let guess = Suggestion.closest(to: value, among: known)
                Failure.printError(
                    french
                        ? "erreur : \(option) « \(value) » n'est l'établissement d'aucun programme. "
                            + (guess.map { "Vouliez-vous dire « \($0) » ? " } ?? "") + "Connus : \(known.joined(separator: ", "))."
                        : "error: \(option) '\(value)' is no programme's institution. " + (guess.map { "Did you mean '\($0)'? " } ?? "")
                            + "Known: \(known.joined(separator: ", ")).")
                throw ExitCode(1)
            }
            let filtered = schedule.filtered(from: from, to: to, year: year.flatMap(Self.yearName))
            if let out {
                let feeds = try MobilityFeedBuilder(language: lang?.language).feeds(for: schedule)
                try FeedIndex.write(feeds, into: out)
                Failure.printError(
                    french ? "\(feeds.count) flux de mobilité écrits dans \(out)" : "\(feeds.count) mobility feeds written to \(out)")
            }
            switch format {
            case .json: print(WindowsReport(schedule: filtered, language: lang?.language).json())
            case .text: print(WindowsTable.render(filtered, language: lang?.language), terminator: "")
            }
        }
    }
}
