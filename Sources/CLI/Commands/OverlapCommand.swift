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
        guard !zoneNames.isEmpty, !zoneNames.contains(where: \.isEmpty) else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--zones « \(zones) » ne nomme aucun fuseau, ou un fuseau vide",
                    en: "--zones '\(zones)' names no zone, or an empty one"),
                fix: LocalizedText(
                    fr: "écrivez par exemple --zones America/Toronto,Europe/Brussels",
                    en: "write for example --zones America/Toronto,Europe/Brussels")
            ).validation
        }
        for zone in zoneNames where !ZoneRules.isKnown(zone) {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "fuseau horaire inconnu « \(zone) » : utilisez les noms IANA comme America/Toronto,Europe/Brussels",
                    en: "unknown time zone '\(zone)': use IANA names such as America/Toronto,Europe/Brussels")
            ).validation
        }
        guard dates.first.days(until: dates.last) <= 3660 else {
            throw CommandLineError.usage(
                LocalizedText(fr: "la période dépasse dix ans : demandez-en moins", en: "the range is longer than ten years: ask for less")
            ).validation
        }
        guard WorkingHours(text: hours) != nil else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--hours doit s'écrire comme 09:00-17:00, pas « \(hours) »",
                    en: "--hours must look like 09:00-17:00, not '\(hours)'")
            ).validation
        }
    }

    private var zoneNames: [String] {
        zones.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func run() throws {
        let overlap = ZoneOverlap(
            zones: zoneNames.compactMap(ZoneRules.init(identifier:)), hours: WorkingHours(text: hours)!,
            from: dates.first, to: dates.last, weekdaysOnly: !weekends)
        switch format {
        case .json: print(OverlapReport(overlap).json())
        case .text: print(OverlapReport(overlap).text(in: lang.language), terminator: "")
        }
    }
}
