import ArgumentParser
import Bilingual
import CivilTime
import Foundation
import PlaceCalendars

/// `jumelage academic --institution unamur --year 2025/2026 [--format json] [--lang en]`
struct AcademicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "academic",
        abstract: "Show the terms, exam sessions and breaks of one academic year of an institution.",
        discussion: """
            The calendars are built into jumelage; --calendars DIR adds or replaces institutions with DIR/academic/*.yaml, one file per institution. Dates followed by * \
            (text) or flagged "estimated" (JSON) are not taken from an official calendar.
            """)

    @Option(help: ArgumentHelp("Institution id, such as unamur or uqtr.", valueName: "ID"))
    var institution: String

    @Option(help: ArgumentHelp("Academic year, written as Erasmus Without Paper does.", valueName: "YYYY/YYYY"))
    var year: String

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(help: "Language of the names.")
    var lang: LanguageOption = .fr

    @Option(
        help: ArgumentHelp(
            "Folder whose holidays/, blackouts/ and academic/ files add to the calendars built into jumelage, or replace those of the same name.",
            valueName: "DIR"))
    var calendars: String?

    func validate() throws {
        guard AcademicCalendar.canonicalYearName(year) != nil else {
            throw CommandLineError.usage(
                LocalizedText(
                    fr: "--year doit s'écrire comme 2025/2026, pas « \(year) »", en: "--year must look like 2025/2026, not '\(year)'")
            ).validation
        }
    }

    func run() throws {
        try Failure.guarded {
            let catalog = try CalendarLibrary.academic(overrides: calendars.map { URL(fileURLWithPath: $0) })
            let french = Failure.language == .fr
            guard let calendar = catalog.calendar(of: institution) else {
                let known = catalog.institutions.map(\.id).joined(separator: ", ")
                Failure.printError(
                    french
                        ? "erreur : établissement inconnu « \(institution) ». Connus : \(known)."
                        : "error: unknown institution '\(institution)'. Known: \(known).")
                throw ExitCode(1)
            }
            guard let academicYear = calendar.year(named: year) else {
                let known = calendar.years.map(\.name).joined(separator: ", ")
                Failure.printError(
                    french
                        ? "erreur : pas d'année \(year) pour \(calendar.institution.id). Années connues : \(known)."
                        : "error: no year \(year) for \(calendar.institution.id). Known years: \(known).")
                throw ExitCode(1)
            }
            switch format {
            case .json: try printJSON(calendar.institution, academicYear)
            case .text: printText(calendar.institution, academicYear, language: lang.language)
            }
        }
    }

    // MARK: - JSON

    private struct Report: Encodable {
        let institution: String
        let year: String
        let start: String
        let end: String
        let terms: [TermRow]
        let periods: [PeriodRow]
    }

    private struct TermRow: Encodable {
        let id: String
        let name: String
        let nameFr: String
        let nameEn: String
        let start: String
        let end: String
        let estimated: Bool
        let startEstimated: Bool
        let endEstimated: Bool
    }

    private struct PeriodRow: Encodable {
        let id: String
        let kind: String
        let term: String?
        let name: String
        let nameFr: String
        let nameEn: String
        let start: String
        let end: String
        let estimated: Bool
        let startEstimated: Bool
        let endEstimated: Bool

        enum CodingKeys: String, CodingKey {
            case id, kind, term, name, nameFr, nameEn, start, end, estimated, startEstimated, endEstimated
        }

        /// Writes `"term": null` for a period between terms, so that every row has the same keys.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(kind, forKey: .kind)
            try container.encode(term, forKey: .term)
            try container.encode(name, forKey: .name)
            try container.encode(nameFr, forKey: .nameFr)
            try container.encode(nameEn, forKey: .nameEn)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(estimated, forKey: .estimated)
            try container.encode(startEstimated, forKey: .startEstimated)
            try container.encode(endEstimated, forKey: .endEstimated)
        }
    }

    private func printJSON(_ institution: AcademicInstitution, _ year: AcademicYear) throws {
        let language = lang.language
        let report = Report(
            institution: institution.id, year: year.name,
            start: year.firstDay.description, end: year.lastDay.description,
            terms: year.terms.map {
                TermRow(
                    id: $0.id, name: $0.name.text(in: language), nameFr: $0.name.fr, nameEn: $0.name.en,
                    start: $0.start.description, end: $0.end.description, estimated: $0.estimated,
                    startEstimated: $0.startEstimated, endEstimated: $0.endEstimated)
            },
            periods: year.periods.map {
                PeriodRow(
                    id: $0.id, kind: $0.kind.rawValue, term: $0.termID, name: $0.name.text(in: language),
                    nameFr: $0.name.fr, nameEn: $0.name.en, start: $0.start.description, end: $0.end.description,
                    estimated: $0.estimated, startEstimated: $0.startEstimated, endEstimated: $0.endEstimated)
            })
        print(try JSONOutput.string(report))
    }

    // MARK: - Text

    private static func kindLabel(_ kind: AcademicPeriodKind, _ language: Language) -> String {
        let french = language == .fr
        switch kind {
        case .teaching: return french ? "cours" : "classes"
        case .study: return french ? "blocus" : "study"
        case .exams: return french ? "examens" : "exams"
        case .resit: return french ? "seconde session" : "resits"
        case .break: return french ? "congé" : "break"
        }
    }

    private func printText(_ institution: AcademicInstitution, _ year: AcademicYear, language: Language) {
        let french = language == .fr
        func date(_ day: CivilDate, _ estimated: Bool) -> String { day.description + (estimated ? "*" : "") }
        let first = date(year.firstDay, year.firstDayEstimated), last = date(year.lastDay, year.lastDayEstimated)
        print(
            french
                ? "\(institution.name.text(in: language)) (\(institution.id)) — année académique \(year.name), du \(first) au \(last)"
                : "\(institution.name.text(in: language)) (\(institution.id)) — academic year \(year.name), \(first) to \(last)")
        print("")
        print(french ? "Trimestres ou quadrimestres" : "Terms")
        printTable(
            header: french ? ["Id", "Début", "Fin", "Nom"] : ["Id", "Start", "End", "Name"],
            rows: year.terms.map { [$0.id, date($0.start, $0.startEstimated), date($0.end, $0.endEstimated), $0.name.text(in: language)] })
        print("")
        print(french ? "Périodes" : "Periods")
        printTable(
            header: french ? ["Début", "Fin", "Type", "Partie", "Nom"] : ["Start", "End", "Kind", "Term", "Name"],
            rows: year.periods.map {
                [
                    date($0.start, $0.startEstimated), date($0.end, $0.endEstimated), Self.kindLabel($0.kind, language),
                    $0.termID ?? "–", $0.name.text(in: language),
                ]
            })
        if year.periods.isEmpty {
            print(french ? "(aucune période)" : "(no periods)")
        }
        let anyEstimated =
            year.firstDayEstimated || year.lastDayEstimated
            || year.terms.contains(where: \.estimated) || year.periods.contains(where: \.estimated)
        if anyEstimated {
            print("")
            print(
                french
                    ? "* date estimée : à confirmer d'après le calendrier officiel de l'établissement"
                    : "* estimated date: to be confirmed against the institution's official calendar")
        }
    }

    private func printTable(header: [String], rows: [[String]]) {
        TextTable.lines(headers: header, rows: rows).forEach { print($0) }
    }
}
