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

    @Option(help: "First date (YYYY-MM-DD).")
    var from: String

    @Option(help: "Last date (YYYY-MM-DD), included.")
    var to: String

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
        guard let first = CivilDate(iso: from) else { throw ValidationError("--from must be a date YYYY-MM-DD, not '\(from)'") }
        guard let last = CivilDate(iso: to) else { throw ValidationError("--to must be a date YYYY-MM-DD, not '\(to)'") }
        guard first <= last else { throw ValidationError("--to (\(to)) is before --from (\(from))") }
        guard first.days(until: last) <= 3660 else { throw ValidationError("the range is longer than ten years: ask for less") }
        guard WorkingHours(text: hours) != nil else { throw ValidationError("--hours must look like 09:00-17:00, not '\(hours)'") }
    }

    private var zoneNames: [String] { zones.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    func run() throws {
        let overlap = ZoneOverlap(zones: zoneNames.compactMap(ZoneRules.init(identifier:)), hours: WorkingHours(text: hours)!,
                                  from: CivilDate(iso: from)!, to: CivilDate(iso: to)!, weekdaysOnly: !weekends)
        switch format {
        case .json: print(OverlapReport(overlap).json())
        case .text: print(OverlapReport(overlap).text(in: lang.language), terminator: "")
        }
    }
}
