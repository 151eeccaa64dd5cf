import ArgumentParser
import Bilingual
import FeedModel
import Feeds
import Foundation
import PlaceCalendars

/// `jumelage holidays --region CA-QC --year 2025 [--category public] [--format json] [--lang en]`
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List the holidays of a jurisdiction for one year.",
        discussion:
            "The rules are built into jumelage; --calendars DIR adds or replaces jurisdictions with DIR/holidays/*.yaml. Regions include those they build on: BE-WAL-NAMUR lists Belgian, Walloon, FWB and Namur days."
    )

    enum Category: String, ExpressibleByArgument, CaseIterable {
        case `public`, community, local
    }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Jurisdiction code, such as BE, BE-WAL-NAMUR, FR-57, CA-QC; with --out, a comma-separated list or 'all'.", valueName: "CODE"))
    var region: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Year, \(HolidayCatalog.supportedYears.lowerBound)–\(HolidayCatalog.supportedYears.upperBound).", valueName: "YYYY"))
    var year: Int

    @Option(name: .long, help: "Only holidays of this category.")
    var category: Category?

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Language of the names.")
    var lang: LanguageOption = .fr

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Folder whose holidays/, blackouts/ and academic/ files add to the calendars built into jumelage, or replace those of the same name.",
            valueName: "DIR"))
    var calendars: String?

    @Option(name: .long, help: ArgumentHelp("With --out: last year of the feeds (default: --year).", valueName: "YYYY"))
    var toYear: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write one iCalendar feed per jurisdiction (holidays and blackouts) to this folder instead of listing.", valueName: "DIR"))
    var out: String?

    private var overrides: URL? { calendars.map { URL(fileURLWithPath: $0) } }

    func run() throws {
        try Failure.guarded {
            if let out { return try writeFeeds(to: out) }
            let holidays = try CalendarLibrary.holidays(overrides: overrides).holidays(in: region, year: year)
                .filter { holiday in category.map { holiday.category.rawValue == $0.rawValue } ?? true }
            switch format {
            case .json: try printJSON(holidays, language: lang.language)
            case .text: printTable(holidays, language: lang.language)
            }
        }
    }

    private func writeFeeds(to out: String) throws {
        let holidays = try CalendarLibrary.holidays(overrides: overrides)
        let blackouts = try CalendarLibrary.blackouts(overrides: overrides)
        let lastYear = toYear ?? year
        guard lastYear >= year, lastYear - year < 20 else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--to-year doit aller de --year à 19 ans plus tard", en: "--to-year must be from --year to 19 years later"))
        }
        let builder = JurisdictionFeedBuilder(holidays: holidays, blackouts: blackouts, years: year...lastYear)
        let codes = region == "all" ? holidays.jurisdictions : region.split(separator: ",").map(String.init)
        let feeds = try codes.map { try builder.feed(for: $0) }
        try FeedIndex.write(feeds, into: out)
        print(lang == .fr ? "\(feeds.count) flux écrits dans \(out)" : "\(feeds.count) feeds written to \(out)")
    }

    private struct Row: Encodable {
        let date: String
        let end: String
        let id: String
        let name: String
        let nameFr: String
        let nameEn: String
        let category: String
        let jurisdiction: String
        let employerChoice: Bool
        let estimated: Bool
    }

    private func printJSON(_ holidays: [Holiday], language: Language) throws {
        let rows = holidays.map {
            Row(
                date: $0.date.description, end: $0.lastDate.description, id: $0.id, name: $0.name.text(in: language),
                nameFr: $0.name.fr, nameEn: $0.name.en, category: $0.category.rawValue,
                jurisdiction: $0.jurisdiction, employerChoice: $0.employerChoice, estimated: $0.estimated)
        }
        print(try JSONOutput.string(rows))
    }

    private func printTable(_ holidays: [Holiday], language: Language) {
        let french = language == .fr
        let header =
            french
            ? ["Date", "Fin", "Jour", "Catégorie", "Juridiction", "Nom"]
            : ["Date", "End", "Day", "Category", "Jurisdiction", "Name"]
        let weekdays = french ? ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let rows = holidays.map { holiday in
            [
                holiday.date.description,
                holiday.dayCount > 1 ? holiday.lastDate.description : "",
                weekdays[holiday.date.weekday.rawValue - 1],
                holiday.category.rawValue,
                holiday.jurisdiction,
                holiday.name.text(in: language) + (holiday.employerChoice ? " *" : "")
                    + (holiday.estimated ? (french ? " (estimé)" : " (estimated)") : ""),
            ]
        }
        TextTable.lines(headers: header, rows: rows).forEach { print($0) }
        if holidays.isEmpty {
            print(french ? "(aucun jour férié)" : "(no holidays)")
        }
        if holidays.contains(where: \.employerChoice) {
            print(
                french
                    ? "* au choix de l'employeur : un seul de ces jours est chômé"
                    : "* employer's choice: only one of these days is given")
        }
        if holidays.contains(where: \.estimated) {
            print(
                french
                    ? "(estimé) : date lunaire calculée, fixée par l'observation de la lune ; elle peut changer d'un jour"
                    : "(estimated): a computed lunar date, fixed by the sighting of the moon; it may move by a day")
        }
    }
}
