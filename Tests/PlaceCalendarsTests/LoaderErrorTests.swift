import Bilingual
import Foundation
import PlaceCalendars
import Testing
import YAMLReading

/// Broken holiday and blackout files give every mistake with file:line:column and how to fix it,
/// in both languages.
struct LoaderErrorTests {
    static let holidayMistakes: [CalendarMistake] = [
        CalendarMistake(
            "an unknown key gets the closest one",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 01-01
                    dat: 01-01

                """
            ],
            en: """
                XX.yaml:7:5: error: unknown key 'dat' in 'holidays'
                  fix: did you mean 'date'?
                """,
            fr: """
                XX.yaml:7:5: erreur : clé inconnue « dat » dans « holidays »
                  correction : vouliez-vous dire « date » ?
                """),
        CalendarMistake(
            "an impossible month-day",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 02-30

                """
            ],
            en: """
                XX.yaml:6:11: error: '02-30' is not a valid day of the year for 'date'
                  fix: write MM-DD or --MM-DD (as Erasmus Without Paper factsheets do), for example 04-30 for 30 April
                """,
            fr: """
                XX.yaml:6:11: erreur : « 02-30 » n'est pas un jour de l'année valide pour « date »
                  correction : écrivez MM-JJ ou --MM-JJ (comme les fiches Erasmus Without Paper), par exemple 04-30 pour le 30 avril
                """),
        CalendarMistake(
            "29 February does not exist every year",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 02-29

                """
            ],
            en: """
                XX.yaml:6:11: error: 'date' cannot be 29 February ('02-29'): that day does not exist every year
                  fix: choose 28 February (02-28) or 1 March (03-01)
                """,
            fr: """
                XX.yaml:6:11: erreur : « date » ne peut pas être le 29 février (« 02-29 ») : ce jour n'existe pas chaque année
                  correction : choisissez le 28 février (02-28) ou le 1er mars (03-01)
                """),
        CalendarMistake(
            "29 February is refused in weekdayBefore too",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    weekdayBefore: {weekday: monday, date: --02-29}

                """
            ],
            en: """
                XX.yaml:6:44: error: 'date' cannot be 29 February ('--02-29'): that day does not exist every year
                  fix: choose 28 February (02-28) or 1 March (03-01)
                """,
            fr: """
                XX.yaml:6:44: erreur : « date » ne peut pas être le 29 février (« --02-29 ») : ce jour n'existe pas chaque année
                  correction : choisissez le 28 février (02-28) ou le 1er mars (03-01)
                """),
        CalendarMistake(
            "a YAML syntax error",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A
                    category: public

                """
            ],
            en: """
                XX.yaml:5:13: error: invalid YAML: did not find expected ',' or '}' (the flow mapping opened on line 4, column 11 is never closed)
                  fix: close the quote, bracket or brace of line 4 on that line; check the indentation (spaces, no tabs) and the colons
                """,
            fr: """
                XX.yaml:5:13: erreur : YAML invalide : did not find expected ',' or '}' (flow mapping ouvert ligne 4, colonne 11, jamais fermé)
                  correction : fermez le guillemet, crochet ou accolade de la ligne 4 sur la même ligne ; vérifiez l'indentation (espaces, pas de tabulations) et les deux-points
                """),
        CalendarMistake(
            "no date rule",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public

                """
            ],
            en: """
                XX.yaml:3:5: error: holiday 'a' says nothing about when it falls
                  fix: give exactly one of 'date: MM-DD', 'easter: OFFSET', 'nthWeekday: {nth: N, weekday: W, month: M}', 'weekdayBefore: {weekday: W, date: MM-DD}', 'hijri: {month: M, day: D}'
                """,
            fr: """
                XX.yaml:3:5: erreur : rien ne dit quand tombe le jour férié « a »
                  correction : donnez une seule règle parmi « date: MM-JJ », « easter: DÉCALAGE », « nthWeekday: {nth: N, weekday: JOUR, month: M} », « weekdayBefore: {weekday: JOUR, date: MM-JJ} » et « hijri: {month: M, day: J} »
                """),
        CalendarMistake(
            "two date rules",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 01-01
                    easter: 1

                """
            ],
            en: """
                XX.yaml:7:13: error: holiday 'a' has more than one date rule (date, easter)
                  fix: give exactly one of 'date: MM-DD', 'easter: OFFSET', 'nthWeekday: {nth: N, weekday: W, month: M}', 'weekdayBefore: {weekday: W, date: MM-DD}', 'hijri: {month: M, day: D}'
                """,
            fr: """
                XX.yaml:7:13: erreur : le jour férié « a » a plus d'une règle de date (date, easter)
                  correction : donnez une seule règle parmi « date: MM-JJ », « easter: DÉCALAGE », « nthWeekday: {nth: N, weekday: JOUR, month: M} », « weekdayBefore: {weekday: JOUR, date: MM-JJ} » et « hijri: {month: M, day: J} »
                """),
        CalendarMistake(
            "an unknown category",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: bank
                    date: 01-01

                """
            ],
            en: """
                XX.yaml:5:15: error: 'bank' is not an allowed value for 'category'
                  fix: expected one of: community, local, public
                """,
            fr: """
                XX.yaml:5:15: erreur : « bank » n'est pas une valeur permise pour « category »
                  correction : valeurs possibles : community, local, public
                """),
        CalendarMistake(
            "a weekday in French",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    nthWeekday: {nth: 1, weekday: lundi, month: 9}

                """
            ],
            en: """
                XX.yaml:6:35: error: 'lundi' is not a weekday for 'weekday'
                  fix: weekdays are written in English: 'monday'
                """,
            fr: """
                XX.yaml:6:35: erreur : « lundi » n'est pas un jour de la semaine pour « weekday »
                  correction : les jours s'écrivent en anglais : « monday »
                """),
        CalendarMistake(
            "nth 0",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    nthWeekday: {nth: 0, weekday: monday, month: 9}

                """
            ],
            en: """
                XX.yaml:6:23: error: 'nth' cannot be 0
                  fix: use 1 for the first, 2 for the second, -1 for the last, -2 for the second-to-last
                """,
            fr: """
                XX.yaml:6:23: erreur : « nth » ne peut pas valoir 0
                  correction : écrivez 1 pour le premier, 2 pour le deuxième, -1 pour le dernier, -2 pour l'avant-dernier
                """),
        CalendarMistake(
            "a name without English",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A}
                    category: public
                    date: 01-01

                """
            ],
            en: """
                XX.yaml:4:11: error: 'name' needs the key 'en'
                  fix: add a line 'en: …'
                """,
            fr: """
                XX.yaml:4:11: erreur : « name » doit avoir la clé « en »
                  correction : ajoutez une ligne « en: … »
                """),
        CalendarMistake(
            "validUntil before validFrom",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 01-01
                    validFrom: 2025
                    validUntil: 2020

                """
            ],
            en: """
                XX.yaml:8:17: error: 'validUntil' (2020) is before 'validFrom' (2025)
                  fix: swap the two years or correct one of them
                """,
            fr: """
                XX.yaml:8:17: erreur : « validUntil » (2020) précède « validFrom » (2025)
                  correction : inversez les deux années ou corrigez l'une d'elles
                """),
        CalendarMistake(
            "everyYears without validFrom",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 01-01
                    everyYears: 4

                """
            ],
            en: """
                XX.yaml:7:17: error: 'everyYears' needs a first year to count from
                  fix: add 'validFrom: YEAR' with a year in which the entry falls
                """,
            fr: """
                XX.yaml:7:17: erreur : « everyYears » n'a pas de première année d'où compter
                  correction : ajoutez « validFrom: ANNÉE » avec une année où l'entrée tombe
                """),
        CalendarMistake(
            "the same id twice",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 01-01
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 01-02

                """
            ],
            en: """
                XX.yaml:7:9: error: id 'a' is already used (line 3)
                  fix: give each entry its own id
                """,
            fr: """
                XX.yaml:7:9: erreur : l'identifiant « a » est déjà utilisé (ligne 3)
                  correction : donnez à chaque entrée son propre identifiant
                """),
        CalendarMistake(
            "a file named after another jurisdiction",
            [
                "YY.yaml": """
                jurisdiction: XX
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 01-01

                """
            ],
            en: """
                YY.yaml:1:15: error: the file is named YY but declares jurisdiction XX
                  fix: rename the file to XX.yaml or correct the 'jurisdiction:' line
                """,
            fr: """
                YY.yaml:1:15: erreur : le fichier s'appelle YY mais déclare la juridiction XX
                  correction : renommez le fichier en XX.yaml ou corrigez la ligne « jurisdiction: »
                """),
        CalendarMistake(
            "a jurisdiction code in lower case",
            [
                "xx.yaml": """
                jurisdiction: xx
                holidays: []

                """
            ],
            en: """
                xx.yaml:1:15: error: jurisdiction code 'xx' is not upper-case letters and digits joined by '-'
                  fix: write it like 'CA-QC' or 'BE-WAL-NAMUR'
                """,
            fr: """
                xx.yaml:1:15: erreur : le code de juridiction « xx » n'est pas fait de majuscules et de chiffres joints par « - »
                  correction : écrivez-le comme « CA-QC » ou « BE-WAL-NAMUR »
                """),
        CalendarMistake(
            "an include of an unknown jurisdiction",
            [
                "XX.yaml": """
                jurisdiction: XX
                include: [BE]
                holidays: []

                """
            ],
            en: """
                XX.yaml:2:11: error: 'BE' is not a known jurisdiction
                  fix: no other jurisdiction is loaded: add a file BE.yaml
                """,
            fr: """
                XX.yaml:2:11: erreur : « BE » n'est pas une juridiction connue
                  correction : aucune autre juridiction n'est chargée : ajoutez un fichier BE.yaml
                """),
        CalendarMistake(
            "an include close to a known one",
            [
                "BE-WAL.yaml": """
                jurisdiction: BE-WAL
                holidays: []

                """,
                "XX.yaml": """
                jurisdiction: XX
                include: [BE-WALL]
                holidays: []

                """,
            ],
            en: """
                XX.yaml:2:11: error: 'BE-WALL' is not a known jurisdiction
                  fix: did you mean 'BE-WAL'? Otherwise add a file BE-WALL.yaml
                """,
            fr: """
                XX.yaml:2:11: erreur : « BE-WALL » n'est pas une juridiction connue
                  correction : vouliez-vous dire « BE-WAL » ? Sinon ajoutez un fichier BE-WALL.yaml
                """),
        CalendarMistake(
            "an include cycle",
            [
                "AA.yaml": """
                jurisdiction: AA
                include: [BB]
                holidays: []

                """,
                "BB.yaml": """
                jurisdiction: BB
                include: [AA]
                holidays: []

                """,
            ],
            en: """
                BB.yaml:2:11: error: include cycle AA → BB → AA
                  fix: remove one of these includes
                """,
            fr: """
                BB.yaml:2:11: erreur : cycle d'inclusions AA → BB → AA
                  correction : retirez l'une de ces inclusions
                """),
        CalendarMistake(
            "an exclude that matches nothing",
            [
                "AA.yaml": """
                jurisdiction: AA
                holidays:
                  - id: a
                    name: {fr: A, en: A}
                    category: public
                    date: 01-01

                """,
                "BB.yaml": """
                jurisdiction: BB
                include: [AA]
                exclude: [new-year]
                holidays: []

                """,
            ],
            en: """
                BB.yaml:3:11: error: 'exclude' names 'new-year', which no included jurisdiction defines
                  fix: check the spelling; included ids: a
                """,
            fr: """
                BB.yaml:3:11: erreur : « exclude » nomme « new-year », qu'aucune juridiction incluse ne définit
                  correction : vérifiez l'orthographe ; identifiants inclus : a
                """),
        CalendarMistake(
            "an empty file",
            [
                "XX.yaml": """
                # nothing yet

                """
            ],
            en: """
                XX.yaml:1:1: error: the file is empty
                  fix: a calendar file starts with 'jurisdiction: XX'; add its lines or delete the file
                """,
            fr: """
                XX.yaml:1:1: erreur : le fichier est vide
                  correction : un fichier de calendrier commence par « jurisdiction: XX » ; ajoutez ses lignes ou supprimez le fichier
                """),
        CalendarMistake(
            "a list instead of a mapping",
            [
                "XX.yaml": """
                - jurisdiction: XX

                """
            ],
            en: """
                XX.yaml:1:1: error: the calendar file must be a mapping of key: value, not a list or a lone text
                  fix: a calendar file starts with 'jurisdiction: XX', with no '- ' in front
                """,
            fr: """
                XX.yaml:1:1: erreur : le fichier de calendrier doit être une table clé: valeur, pas une liste ni un texte seul
                  correction : un fichier de calendrier commence par « jurisdiction: XX », sans « - » devant
                """),
        CalendarMistake(
            "every mistake of a file",
            [
                "XX.yaml": """
                jurisdiction: XX
                nmae: {fr: X, en: X}
                holidays:
                  - id: a
                    name: {fr: A}
                    category: public
                    date: 13-01
                  - id: b
                    name: {fr: B, en: B}
                    category: public
                    easter: 200
                    employerChoice: peut-être

                """
            ],
            en: """
                XX.yaml:2:1: error: unknown key 'nmae' in 'XX.yaml'
                  fix: did you mean 'name'?
                XX.yaml:5:11: error: 'name' needs the key 'en'
                  fix: add a line 'en: …'
                XX.yaml:7:11: error: '13-01' is not a valid day of the year for 'date'
                  fix: write MM-DD or --MM-DD (as Erasmus Without Paper factsheets do), for example 04-30 for 30 April
                XX.yaml:11:13: error: 'easter' must be a whole number from -100 to 100, not '200'
                  fix: write a whole number, without decimals or quotes, from -100 to 100
                XX.yaml:12:21: error: 'employerChoice' must be true or false, not 'peut-être'
                  fix: write true, false, yes, no, oui or non
                """,
            fr: """
                XX.yaml:2:1: erreur : clé inconnue « nmae » dans « XX.yaml »
                  correction : vouliez-vous dire « name » ?
                XX.yaml:5:11: erreur : « name » doit avoir la clé « en »
                  correction : ajoutez une ligne « en: … »
                XX.yaml:7:11: erreur : « 13-01 » n'est pas un jour de l'année valide pour « date »
                  correction : écrivez MM-JJ ou --MM-JJ (comme les fiches Erasmus Without Paper), par exemple 04-30 pour le 30 avril
                XX.yaml:11:13: erreur : « easter » doit être un entier entre -100 et 100, pas « 200 »
                  correction : écrivez un nombre entier, sans décimales ni guillemets, de -100 à 100
                XX.yaml:12:21: erreur : « employerChoice » doit valoir true ou false, pas « peut-être »
                  correction : écrivez true, false, oui, non, yes ou no
                """),
        CalendarMistake(
            "the mistakes of every file",
            [
                "AA.yaml": """
                jurisdiction: AA
                holidays: {}

                """,
                "BB.yaml": """
                jurisdiction: BB

                """,
            ],
            en: """
                AA.yaml:2:11: error: 'holidays' must be a list
                  fix: write one item per line, each starting with '- '
                BB.yaml:1:1: error: 'BB.yaml' needs the key 'holidays'
                  fix: add a line 'holidays: …'
                """,
            fr: """
                AA.yaml:2:11: erreur : « holidays » doit être une liste
                  correction : écrivez un élément par ligne, précédé de « - »
                BB.yaml:1:1: erreur : « BB.yaml » doit avoir la clé « holidays »
                  correction : ajoutez une ligne « holidays: … »
                """),
    ]

    @Test(arguments: holidayMistakes)
    func holidayMistake(_ mistake: CalendarMistake) throws {
        mistake.expectRendered(try #require(throws: SourceError.self) { try HolidayCatalog(sources: mistake.sources) })
    }

    static let blackoutMistakes: [CalendarMistake] = [
        CalendarMistake(
            "to before from",
            [
                "XX.yaml": """
                jurisdiction: XX
                blackouts:
                  - id: a
                    name: {fr: A, en: A}
                    kind: school-holiday
                    from: 2025-03-09
                    to: 2025-02-24

                """
            ],
            en: """
                XX.yaml:7:9: error: 'to' (2025-02-24) is before 'from' (2025-03-09) in blackout 'a'
                  fix: swap the two dates
                """,
            fr: """
                XX.yaml:7:9: erreur : « to » (2025-02-24) précède « from » (2025-03-09) dans la période « a »
                  correction : inversez les deux dates
                """),
        CalendarMistake(
            "reserveDays outside an election",
            [
                "XX.yaml": """
                jurisdiction: XX
                blackouts:
                  - id: a
                    name: {fr: A, en: A}
                    kind: collective-vacation
                    from: 2025-03-09
                    to: 2025-03-10
                    reserveDays: 3

                """
            ],
            en: """
                XX.yaml:8:18: error: 'reserveDays' is only for elections in blackout 'a'
                  fix: give either 'from: YYYY-MM-DD' and 'to: YYYY-MM-DD' (inclusive) or a yearly rule such as 'nthWeekday:' with 'days:'
                """,
            fr: """
                XX.yaml:8:18: erreur : « reserveDays » ne sert qu'aux élections dans la période « a »
                  correction : donnez soit « from: AAAA-MM-JJ » et « to: AAAA-MM-JJ » (inclus), soit une règle annuelle comme « nthWeekday: » avec « days: »
                """),
        CalendarMistake(
            "an election without polling day",
            [
                "XX.yaml": """
                jurisdiction: XX
                blackouts:
                  - id: a
                    name: {fr: A, en: A}
                    kind: election

                """
            ],
            en: """
                XX.yaml:3:5: error: blackout 'a' says nothing about when the polling day is
                  fix: give either 'pollingDays: [YYYY-MM-DD, …]' or a yearly rule such as 'nthWeekday:' with 'validFrom:' and 'everyYears:'
                """,
            fr: """
                XX.yaml:3:5: erreur : rien ne dit quand a lieu le scrutin de la période « a »
                  correction : donnez soit « pollingDays: [AAAA-MM-JJ, …] », soit une règle annuelle comme « nthWeekday: » avec « validFrom: » et « everyYears: »
                """),
        CalendarMistake(
            "an election with dates and a rule",
            [
                "XX.yaml": """
                jurisdiction: XX
                blackouts:
                  - id: a
                    name: {fr: A, en: A}
                    kind: election
                    from: 2025-03-09
                    pollingDays: [2025-03-09]
                    date: 03-09

                """
            ],
            en: """
                XX.yaml:6:11: error: 'from' is not used for an election in blackout 'a'
                  fix: give either 'pollingDays: [YYYY-MM-DD, …]' or a yearly rule such as 'nthWeekday:' with 'validFrom:' and 'everyYears:'
                XX.yaml:8:11: error: 'date' cannot be combined with 'pollingDays' in blackout 'a'
                  fix: give either 'pollingDays: [YYYY-MM-DD, …]' or a yearly rule such as 'nthWeekday:' with 'validFrom:' and 'everyYears:'
                """,
            fr: """
                XX.yaml:6:11: erreur : « from » ne sert pas pour une élection dans la période « a »
                  correction : donnez soit « pollingDays: [AAAA-MM-JJ, …] », soit une règle annuelle comme « nthWeekday: » avec « validFrom: » et « everyYears: »
                XX.yaml:8:11: erreur : « date » ne peut pas accompagner « pollingDays » dans la période « a »
                  correction : donnez soit « pollingDays: [AAAA-MM-JJ, …] », soit une règle annuelle comme « nthWeekday: » avec « validFrom: » et « everyYears: »
                """),
        CalendarMistake(
            "from without to",
            [
                "XX.yaml": """
                jurisdiction: XX
                blackouts:
                  - id: a
                    name: {fr: A, en: A}
                    kind: other
                    from: 2025-03-09

                """
            ],
            en: """
                XX.yaml:3:5: error: 'blackouts' needs the key 'to'
                  fix: add a line 'to: …'
                """,
            fr: """
                XX.yaml:3:5: erreur : « blackouts » doit avoir la clé « to »
                  correction : ajoutez une ligne « to: … »
                """),
        CalendarMistake(
            "an empty pollingDays",
            [
                "XX.yaml": """
                jurisdiction: XX
                blackouts:
                  - id: a
                    name: {fr: A, en: A}
                    kind: election
                    pollingDays: []

                """
            ],
            en: """
                XX.yaml:6:18: error: 'pollingDays' is empty in blackout 'a'
                  fix: give either 'pollingDays: [YYYY-MM-DD, …]' or a yearly rule such as 'nthWeekday:' with 'validFrom:' and 'everyYears:'
                """,
            fr: """
                XX.yaml:6:18: erreur : « pollingDays » est vide dans la période « a »
                  correction : donnez soit « pollingDays: [AAAA-MM-JJ, …] », soit une règle annuelle comme « nthWeekday: » avec « validFrom: » et « everyYears: »
                """),
    ]

    @Test(arguments: blackoutMistakes)
    func blackoutMistake(_ mistake: CalendarMistake) throws {
        mistake.expectRendered(try #require(throws: SourceError.self) { try BlackoutCatalog(sources: mistake.sources) })
    }

    @Test func aFolderWithoutDataFile() throws {
        let folder = try Fixtures.folder(["README.md": "# not read"])
        let error = try #require(throws: SourceError.self) { try HolidayCatalog(directory: folder) }
        #expect(
            error.rendered(in: .en) == """
                \(folder.path): error: the folder holds no .yaml file
                  fix: point to the folder that holds one .yaml file per jurisdiction
                """)
        #expect(
            error.rendered(in: .fr) == """
                \(folder.path): erreur : le dossier ne contient aucun fichier .yaml
                  correction : nommez le dossier qui contient un fichier .yaml par juridiction
                """)
    }

    @Test func aFileThatIsNotUTF8() throws {
        let folder = try Fixtures.folder([:])
        let file = folder.appendingPathComponent("XX.yaml")
        try Data("jurisdiction: XX\nname: {fr: Cura".utf8 + [0xE7, 0x61, 0x6F] + Array("}\n".utf8)).write(to: file)
        let error = try #require(throws: SourceError.self) { try HolidayCatalog(directory: folder) }
        #expect(
            error.rendered(in: .en) == """
                \(file.path):2:16: error: the file is not valid UTF-8
                  fix: save it as UTF-8
                """)
        #expect(
            error.rendered(in: .fr) == """
                \(file.path):2:16: erreur : le fichier n'est pas en UTF-8 valide
                  correction : enregistrez-le en UTF-8
                """)
    }

    @Test func anOverrideFolderThatDoesNotExist() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-calendars-\(UUID().uuidString)")
        let error = try #require(throws: SourceError.self) { try CalendarLibrary.holidays(overrides: missing) }
        #expect(
            error.rendered(in: .en) == """
                \(missing.path): error: --calendars names no folder
                  fix: name a folder holding holidays/, blackouts/ or academic/ subfolders of .yaml files
                """)
        #expect(
            error.rendered(in: .fr) == """
                \(missing.path): erreur : --calendars ne nomme aucun dossier
                  correction : nommez un dossier qui contient des sous-dossiers holidays/, blackouts/ ou academic/ de fichiers .yaml
                """)
    }
}
