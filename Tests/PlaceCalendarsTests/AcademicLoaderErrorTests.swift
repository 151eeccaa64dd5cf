import Bilingual
import Foundation
import PlaceCalendars
import Testing
import YAMLReading

/// Broken academic calendar files give every mistake with file:line:column and how to fix it,
/// in both languages.
struct AcademicLoaderErrorTests {
    /// A valid file; each mistake breaks one line of it. Line numbers are in the comments.
    static let valid = """
        institution: xx
        name: {fr: X, en: X}
        country: BE
        timezone: Europe/Brussels
        years:
          - year: 2025/2026
            start: 2025-09-14
            end: 2026-09-13
            terms:
              - id: 1/2
                name: {fr: A, en: A}
                start: 2025-09-14
                end: 2026-01-31
                periods:
                  - id: exams-january
                    kind: exams
                    name: {fr: E, en: E}
                    start: 2026-01-05
                    end: 2026-01-24
              - id: 2/2
                name: {fr: B, en: B}
                start: 2026-02-01
                end: 2026-09-13
            periods:
              - id: resit
                kind: resit
                term: 2/2
                name: {fr: R, en: R}
                start: 2026-08-17
                end: 2026-09-12

        """
    // Lines: 6 year, 10 id 1/2, 12-13 term dates, 15-19 exams-january, 20 id 2/2, 22-23 term dates,
    // 25 id resit, 26 kind, 27 term, 29-30 resit dates.

    /// The year after `valid`'s, starting before it ends (line 31 is its name).
    static let nextYear = valid.components(separatedBy: "\n")[5...].joined(separator: "\n")
        .replacingOccurrences(of: "2025/2026", with: "2026/2027")
        .replacingOccurrences(of: "start: 2025-09-14", with: "start: 2026-09-01")
        .replacingOccurrences(of: "2026-", with: "2027-")
        .replacingOccurrences(of: "start: 2027-09-01", with: "start: 2026-09-01")

    /// `valid` with `old`, one whole line of it, replaced by `new`.
    static func replacing(_ old: String, with new: String) -> String {
        let lines = valid.components(separatedBy: "\n")
        precondition(lines.filter { $0 == old }.count == 1, "`\(old)` is not one line of the fixture")
        return lines.map { $0 == old ? new : $0 }.joined(separator: "\n")
    }

    @Test func theFixtureIsValid() throws {
        let catalog = try AcademicCatalog(directory: try Fixtures.folder(["xx.yaml": Self.valid, "README.md": "# not read"]))
        let year = try #require(catalog.calendar(of: "xx")?.year(named: "2025/2026"))
        #expect(year.terms.map(\.id) == ["1/2", "2/2"])
        #expect(year.periods.map(\.id) == ["exams-january", "resit"])
        #expect(year.periods.map(\.termID) == ["1/2", "2/2"])
        #expect(!year.terms[0].estimated)
    }

    static let mistakes: [CalendarMistake] = [
        CalendarMistake(
            "an unknown key gets the closest one", ["xx.yaml": replacing("        start: 2026-02-01", with: "        strat: 2026-02-01")],
            en: """
                xx.yaml:20:9: error: 'terms' needs the key 'start'
                  fix: add a line 'start: …'
                xx.yaml:22:9: error: unknown key 'strat' in 'terms'
                  fix: did you mean 'start'?
                """,
            fr: """
                xx.yaml:20:9: erreur : « terms » doit avoir la clé « start »
                  correction : ajoutez une ligne « start: … »
                xx.yaml:22:9: erreur : clé inconnue « strat » dans « terms »
                  correction : vouliez-vous dire « start » ?
                """),
        CalendarMistake(
            "term is only for periods beside the terms",
            ["xx.yaml": replacing("            kind: exams", with: "            kind: exams\n            term: 1/2")],
            en: """
                xx.yaml:17:13: error: unknown key 'term' in 'periods'
                  fix: expected one of: end, estimated, id, kind, name, start
                """,
            fr: """
                xx.yaml:17:13: erreur : clé inconnue « term » dans « periods »
                  correction : valeurs possibles : end, estimated, id, kind, name, start
                """),
        CalendarMistake(
            "an impossible date", ["xx.yaml": replacing("            start: 2026-01-05", with: "            start: 2026-02-30")],
            en: """
                xx.yaml:18:20: error: '2026-02-30' is not a valid date for 'start'
                  fix: that month has only 28 days
                """,
            fr: """
                xx.yaml:18:20: erreur : « 2026-02-30 » n'est pas une date valide pour « start »
                  correction : ce mois n'a que 28 jours
                """),
        CalendarMistake(
            "an end before its start", ["xx.yaml": replacing("            end: 2026-01-24", with: "            end: 2026-01-01")],
            en: """
                xx.yaml:19:18: error: period 'exams-january' of 2025/2026 ends on 2026-01-01, before it starts (2026-01-05)
                  fix: correct one of the dates, or swap them
                """,
            fr: """
                xx.yaml:19:18: erreur : la période « exams-january » de 2025/2026 finit le 2026-01-01, avant de commencer (2026-01-05)
                  correction : corrigez l'une des dates, ou inversez-les
                """),
        CalendarMistake(
            "a period outside its term", ["xx.yaml": replacing("            end: 2026-01-24", with: "            end: 2026-02-03")],
            en: """
                xx.yaml:19:18: error: period 'exams-january' ends on 2026-02-03, after term 1/2 ends (2026-01-31)
                  fix: correct the period's dates, or list it under the year's 'periods:' if it lies outside the term
                """,
            fr: """
                xx.yaml:19:18: erreur : la période « exams-january » finit le 2026-02-03, après la fin du trimestre 1/2 (2026-01-31)
                  correction : corrigez les dates de la période, ou listez-la sous les « periods: » de l'année si elle sort du trimestre
                """),
        CalendarMistake(
            "a period outside its year",
            [
                "xx.yaml": valid.replacingOccurrences(of: "        term: 2/2\n", with: "").replacingOccurrences(
                    of: "        end: 2026-09-12", with: "        end: 2026-09-20")
            ],
            en: """
                xx.yaml:29:14: error: period 'resit' ends on 2026-09-20, after year 2025/2026 ends (2026-09-13)
                  fix: correct the period's dates, or move it to the year it belongs to
                """,
            fr: """
                xx.yaml:29:14: erreur : la période « resit » finit le 2026-09-20, après la fin de l'année 2025/2026 (2026-09-13)
                  correction : corrigez les dates de la période, ou déplacez-la dans l'année à laquelle elle appartient
                """),
        CalendarMistake(
            "a period beside the terms names an unknown term", ["xx.yaml": replacing("        term: 2/2", with: "        term: 3/2")],
            en: """
                xx.yaml:27:15: error: '3/2' is not a term of year 2025/2026
                  fix: use one of: 1/2, 2/2, or leave 'term:' out for a period between terms
                """,
            fr: """
                xx.yaml:27:15: erreur : « 3/2 » n'est pas un trimestre de l'année 2025/2026
                  correction : utilisez l'un de : 1/2, 2/2, ou retirez « term: » pour une période entre les trimestres
                """),
        CalendarMistake(
            "a term outside its year", ["xx.yaml": replacing("        end: 2026-09-13", with: "        end: 2026-09-30")],
            en: """
                xx.yaml:23:14: error: term 2/2 ends on 2026-09-30, after year 2025/2026 ends (2026-09-13)
                  fix: correct the term's end or the year's 'end'
                """,
            fr: """
                xx.yaml:23:14: erreur : le trimestre 2/2 finit le 2026-09-30, après la fin de l'année 2025/2026 (2026-09-13)
                  correction : corrigez la fin du trimestre ou le « end » de l'année
                """),
        CalendarMistake(
            "overlapping terms", ["xx.yaml": replacing("        start: 2026-02-01", with: "        start: 2026-01-20")],
            en: """
                xx.yaml:22:16: error: term 2/2 starts on 2026-01-20, before term 1/2 ends (2026-01-31): terms cannot overlap
                  fix: start term 2/2 after 2026-01-31, or end term 1/2 earlier
                """,
            fr: """
                xx.yaml:22:16: erreur : le trimestre 2/2 commence le 2026-01-20, avant la fin du trimestre 1/2 (2026-01-31) : les trimestres ne peuvent pas se chevaucher
                  correction : commencez le trimestre 2/2 après le 2026-01-31, ou finissez le trimestre 1/2 plus tôt
                """),
        CalendarMistake(
            "terms numbered against their dates",
            [
                "xx.yaml": valid.replacingOccurrences(of: "      - id: 1/2", with: "      - id: 2/X")
                    .replacingOccurrences(of: "      - id: 2/2", with: "      - id: 1/2")
                    .replacingOccurrences(of: "      - id: 2/X", with: "      - id: 2/2")
                    .replacingOccurrences(of: "term: 2/2", with: "term: 1/2")
            ],
            en: """
                xx.yaml:20:13: error: term '1/2' comes after term '2/2' in time
                  fix: number the terms in date order
                """,
            fr: """
                xx.yaml:20:13: erreur : le trimestre « 1/2 » vient après le trimestre « 2/2 » dans le temps
                  correction : numérotez les trimestres dans l'ordre des dates
                """),
        CalendarMistake(
            "term counts disagree", ["xx.yaml": replacing("      - id: 2/2", with: "      - id: 2/3")],
            en: """
                xx.yaml:20:13: error: term '2/3' counts 3 terms but '1/2' counts 2 in year 2025/2026
                  fix: use the same count in every term id of the year ('1/3', '2/3', '3/3')
                xx.yaml:27:15: error: '2/2' is not a term of year 2025/2026
                  fix: use one of: 1/2, 2/3, or leave 'term:' out for a period between terms
                """,
            fr: """
                xx.yaml:20:13: erreur : le trimestre « 2/3 » compte 3 trimestres mais « 1/2 » en compte 2 dans l'année 2025/2026
                  correction : utilisez le même nombre dans chaque identifiant de trimestre de l'année (« 1/3 », « 2/3 », « 3/3 »)
                xx.yaml:27:15: erreur : « 2/2 » n'est pas un trimestre de l'année 2025/2026
                  correction : utilisez l'un de : 1/2, 2/3, ou retirez « term: » pour une période entre les trimestres
                """),
        CalendarMistake(
            "a term id that is not number/count", ["xx.yaml": replacing("      - id: 1/2", with: "      - id: Q1")],
            en: """
                xx.yaml:10:13: error: term id 'Q1' is not 'number/count'
                  fix: write it as Erasmus Without Paper does, 'number/count': '1/2' and '2/2' for semesters, '1/3' to '3/3' for three terms
                """,
            fr: """
                xx.yaml:10:13: erreur : l'identifiant de trimestre « Q1 » n'est pas « numéro/nombre »
                  correction : écrivez-le comme Erasmus Without Paper, « numéro/nombre » : « 1/2 » et « 2/2 » pour des semestres, « 1/3 » à « 3/3 » pour trois trimestres
                """),
        CalendarMistake(
            "an impossible term id", ["xx.yaml": replacing("      - id: 1/2", with: "      - id: 3/2")],
            en: """
                xx.yaml:10:13: error: term id '3/2' is impossible: the number must be from 1 to the count (at most 12)
                  fix: write it as Erasmus Without Paper does, 'number/count': '1/2' and '2/2' for semesters, '1/3' to '3/3' for three terms
                """,
            fr: """
                xx.yaml:10:13: erreur : l'identifiant de trimestre « 3/2 » est impossible : le numéro va de 1 au nombre (12 au plus)
                  correction : écrivez-le comme Erasmus Without Paper, « numéro/nombre » : « 1/2 » et « 2/2 » pour des semestres, « 1/3 » à « 3/3 » pour trois trimestres
                """),
        CalendarMistake(
            "a year name that does not match its dates", ["xx.yaml": replacing("  - year: 2025/2026", with: "  - year: 2024/2025")],
            en: """
                xx.yaml:6:11: error: year 2024/2025 starts on 2025-09-14, in 2025, not in 2024
                  fix: name it '2025/2026', or correct its first day
                """,
            fr: """
                xx.yaml:6:11: erreur : l'année 2024/2025 commence le 2025-09-14, en 2025, pas en 2024
                  correction : nommez-la « 2025/2026 », ou corrigez son premier jour
                """),
        CalendarMistake(
            "a year name written with a dash", ["xx.yaml": replacing("  - year: 2025/2026", with: "  - year: 2025-2026")],
            en: """
                xx.yaml:6:11: error: academic year '2025-2026' is not written as Erasmus Without Paper writes it
                  fix: did you mean '2025/2026'? Write both calendar years with a slash
                """,
            fr: """
                xx.yaml:6:11: erreur : l'année académique « 2025-2026 » ne s'écrit pas comme Erasmus Without Paper l'écrit
                  correction : vouliez-vous dire « 2025/2026 » ? Écrivez les deux années civiles séparées par une barre oblique
                """),
        CalendarMistake(
            "a year name over two years", ["xx.yaml": replacing("  - year: 2025/2026", with: "  - year: 2025/2027")],
            en: """
                xx.yaml:6:11: error: academic year '2025/2027' does not run over two consecutive calendar years
                  fix: write it like '2025/2026'
                """,
            fr: """
                xx.yaml:6:11: erreur : l'année académique « 2025/2027 » ne couvre pas deux années civiles consécutives
                  correction : écrivez-la comme « 2025/2026 »
                """),
        CalendarMistake(
            "an unknown kind gets the closest one", ["xx.yaml": replacing("            kind: exams", with: "            kind: exam")],
            en: """
                xx.yaml:16:19: error: 'exam' is not an allowed value for 'kind'
                  fix: did you mean 'exams'?
                """,
            fr: """
                xx.yaml:16:19: erreur : « exam » n'est pas une valeur permise pour « kind »
                  correction : vouliez-vous dire « exams » ?
                """),
        CalendarMistake(
            "a bad estimated value",
            ["xx.yaml": replacing("        end: 2026-01-31", with: "        end: 2026-01-31\n        estimated: maybe")],
            en: """
                xx.yaml:14:20: error: 'estimated' must be true, false, start or end, not 'maybe' (term 1/2 of 2025/2026)
                  fix: write 'true' (both dates), 'start' or 'end' (only that date), or 'false'
                """,
            fr: """
                xx.yaml:14:20: erreur : « estimated » doit valoir true, false, start ou end, pas « maybe » (le trimestre 1/2 de 2025/2026)
                  correction : écrivez « true » (les deux dates), « start » ou « end » (cette date seule), ou « false »
                """),
        CalendarMistake(
            "the same period id twice", ["xx.yaml": replacing("      - id: resit", with: "      - id: exams-january")],
            en: """
                xx.yaml:25:13: error: period id 'exams-january' is used twice in year 2025/2026 (first at line 15)
                  fix: give each period of the year its own id
                """,
            fr: """
                xx.yaml:25:13: erreur : l'identifiant de période « exams-january » est utilisé deux fois dans l'année 2025/2026 (d'abord ligne 15)
                  correction : donnez à chaque période de l'année son propre identifiant
                """),
        CalendarMistake(
            "a file named after another institution", ["yy.yaml": valid],
            en: """
                yy.yaml:1:14: error: the file is named yy but declares institution xx
                  fix: rename the file to xx.yaml or correct the 'institution:' line
                """,
            fr: """
                yy.yaml:1:14: erreur : le fichier s'appelle yy mais déclare l'établissement xx
                  correction : renommez le fichier en xx.yaml ou corrigez la ligne « institution: »
                """),
        CalendarMistake(
            "an institution id in capitals", ["xx.yaml": replacing("institution: xx", with: "institution: XX")],
            en: """
                xx.yaml:1:14: error: institution id 'XX' is not lower-case letters, digits and '-'
                  fix: write it like 'unamur' or 'uqtr'
                """,
            fr: """
                xx.yaml:1:14: erreur : l'identifiant d'établissement « XX » n'est pas fait de minuscules, de chiffres et de « - »
                  correction : écrivez-le comme « unamur » ou « uqtr »
                """),
        CalendarMistake(
            "a country that is not a code", ["xx.yaml": replacing("country: BE", with: "country: Belgium")],
            en: """
                xx.yaml:3:10: error: country 'Belgium' is not a two-letter ISO 3166 code
                  fix: write it in capitals, like 'BE' or 'CA'
                """,
            fr: """
                xx.yaml:3:10: erreur : le pays « Belgium » n'est pas un code ISO 3166 de deux lettres
                  correction : écrivez-le en majuscules, comme « BE » ou « CA »
                """),
        CalendarMistake(
            "an unknown time zone", ["xx.yaml": replacing("timezone: Europe/Brussels", with: "timezone: Europe/Namur")],
            en: """
                xx.yaml:4:11: error: unknown time zone 'Europe/Namur'
                  fix: use an IANA name such as America/Toronto or Europe/Brussels
                """,
            fr: """
                xx.yaml:4:11: erreur : fuseau horaire inconnu « Europe/Namur »
                  correction : utilisez un nom IANA comme America/Toronto ou Europe/Brussels
                """),
        CalendarMistake(
            "years that overlap", ["xx.yaml": valid + nextYear],
            en: """
                xx.yaml:31:11: error: year 2026/2027 starts on 2026-09-01, before 2025/2026 ends (2026-09-13)
                  fix: correct the dates so that the years do not overlap
                """,
            fr: """
                xx.yaml:31:11: erreur : l'année 2026/2027 commence le 2026-09-01, avant la fin de 2025/2026 (2026-09-13)
                  correction : corrigez les dates pour que les années ne se chevauchent pas
                """),
        CalendarMistake(
            "a YAML syntax error", ["xx.yaml": replacing("        name: {fr: A, en: A}", with: "        name: {fr: A, en: A")],
            en: """
                xx.yaml:12:14: error: invalid YAML: did not find expected ',' or '}' (the flow mapping opened on line 11, column 15 is never closed)
                  fix: close the quote, bracket or brace of line 11 on that line; check the indentation (spaces, no tabs) and the colons
                """,
            fr: """
                xx.yaml:12:14: erreur : YAML invalide : did not find expected ',' or '}' (flow mapping ouvert ligne 11, colonne 15, jamais fermé)
                  correction : fermez le guillemet, crochet ou accolade de la ligne 11 sur la même ligne ; vérifiez l'indentation (espaces, pas de tabulations) et les deux-points
                """),
    ]

    @Test(arguments: mistakes)
    func academicMistake(_ mistake: CalendarMistake) throws {
        mistake.expectRendered(try #require(throws: SourceError.self) { try AcademicCatalog(sources: mistake.sources) })
    }

    @Test func aFolderWithoutDataFile() throws {
        let folder = try Fixtures.folder(["README.md": "# only a readme"])
        let error = try #require(throws: SourceError.self) { try AcademicCatalog(directory: folder) }
        #expect(
            error.rendered(in: .en) == """
                \(folder.path): error: the folder holds no .yaml file
                  fix: point to the folder that holds one .yaml file per institution
                """)
        #expect(
            error.rendered(in: .fr) == """
                \(folder.path): erreur : le dossier ne contient aucun fichier .yaml
                  correction : nommez le dossier qui contient un fichier .yaml par établissement
                """)
    }
}
