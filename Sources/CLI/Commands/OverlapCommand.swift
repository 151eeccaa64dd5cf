import ArgumentParser
import Bilingual
import CivilTime
import Foundation
import PlaceCalendars

/// `jumelage overlap --zones America/Toronto,Europe/Brussels --from 2025-03-01 --to 2025-04-05`
struct OverlapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: "Common working hours of several time zones, day by day, and the weeks when their offsets are unusual.")

    @Option(help: ArgumentHelp("IANA zones, comma-separated; the first one is the reference.", valueName: "Z1,Z2"))
    var zones: String

    @OptionGroup var dates: DateRangeArguments

    @Option(help: "Local working hours in every zone.")
    var hours: String = "09:00-17:00"

    @Flag(help: "Include Saturdays and Sundays.")
    var weekends = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the text output.")
    var lang: LanguageOption = .fr

    func validate() throws {
        for zone in zoneNames where !ZoneRules.isKnown(zone) {
            throw ValidationError("unknown time zone '\(zone)': use IANA names such as America/Toronto,Europe/Brussels")
        }
        guard dates.first.days(until: dates.last) <= 3660 else { throw ValidationError("the range is longer than ten years: ask for less") }
        guard WorkingHours(text: hours) != nil else { throw ValidationError("--hours must look like 09:00-17:00, not '\(hours)'") }
    }

    private var zoneNames: [String] { zones.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    func run() throws {
        let overlap = ZoneOverlap(zones: zoneNames.compactMap(ZoneRules.init(identifier:)), hours: WorkingHours(text: hours)!,
                                  from: dates.first, to: dates.last, weekdaysOnly: !weekends)
        switch format {
        case .json: print(OverlapReport(overlap).json())
        case .text: print(OverlapReport(overlap).text(in: lang.language), terminator: "")
        }
    }
}
