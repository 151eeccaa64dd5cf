import CivilTime
import Foundation
import PlaceCalendars
import Testing
import YAMLReading

/// The tabular Islamic calendar and the `hijri:` rule with its `announced:` dates.
struct HijriRuleTests {
    @Test(arguments: [
        (1, 1, 1, "0622-07-19"), (1400, 1, 1, "1979-11-21"), (1445, 10, 1, "2024-04-10"),
        (1446, 1, 1, "2024-07-08"), (1446, 3, 12, "2024-09-16"), (1446, 12, 10, "2025-06-07"),
        (1451, 10, 1, "2030-02-05"), (1500, 1, 1, "2076-11-28"),
    ])
    func tabularDates(year: Int, month: Int, day: Int, expected: String) {
        let date = TabularHijri.date(year: year, month: month, day: day)
        #expect(date == Fixtures.date(expected))
        #expect(TabularHijri.year(of: date) == year)
        #expect(TabularHijri.year(of: date.adding(days: -1)) == (month == 1 && day == 1 ? year - 1 : year))
    }

    @Test func aHijriDateFallsTwiceInAboutOneYearIn33() {
        #expect(
            TabularHijri.occurrences(month: 10, day: 1, inGregorianYear: 2000).map { "\($0.hijriYear) \($0.date)" }
                == ["1420 2000-01-08", "1421 2000-12-28"])
        #expect(
            TabularHijri.occurrences(month: 10, day: 1, inGregorianYear: 2025).map { "\($0.hijriYear) \($0.date)" }
                == ["1446 2025-03-31"])
        for year in 1990...2100 {
            let count = TabularHijri.occurrences(month: 12, day: 10, inGregorianYear: year).count
            #expect(count == ([2006, 2039, 2072].contains(year) ? 2 : 1), "\(year)")
        }
    }

    private func catalog(_ entry: String) throws -> HolidayCatalog {
        try HolidayCatalog(sources: [
            CalendarSource(
                path: "XX.yaml",
                text: """
                    jurisdiction: XX
                    holidays:
                      - id: eid
                        name: {fr: Aïd, en: Eid}
                        category: public
                    \(entry)
                    """)
        ])
    }

    private func rows(_ catalog: HolidayCatalog, _ year: Int) throws -> [String] {
        try catalog.holidays(in: "XX", year: year).map {
            "\($0.date)…\($0.lastDate) \($0.occurrenceKey)\($0.estimated ? " estimated" : "")"
        }
    }

    @Test func estimatedUnlessAnnouncedWithOffsetAndLength() throws {
        let eid = try catalog(
            """
                hijri: {month: 10, day: 1}
                offset: -1
                days: 3
                announced: [2024-04-10, 2025-03-30]

            """)
        #expect(try rows(eid, 2024) == ["2024-04-09…2024-04-11 AH1445"])
        #expect(try rows(eid, 2025) == ["2025-03-29…2025-03-31 AH1446"])
        #expect(try rows(eid, 2026) == ["2026-03-19…2026-03-21 AH1447 estimated"])
        #expect(try rows(eid, 2000) == ["2000-01-07…2000-01-09 AH1420 estimated", "2000-12-27…2000-12-29 AH1421 estimated"])
    }

    @Test func blackoutsTakeHijriRulesAndTheirEstimates() throws {
        let catalog = try BlackoutCatalog(sources: [
            CalendarSource(
                path: "XX.yaml",
                text: """
                    jurisdiction: XX
                    blackouts:
                      - id: ramadan
                        name: {fr: Ramadan, en: Ramadan}
                        kind: other
                        hijri: {month: 9, day: 1}
                        days: 30
                        announced: [2025-03-01]

                    """)
        ])
        let periods = try catalog.blackouts(in: "XX", overlapping: Fixtures.date("2025-01-01")...Fixtures.date("2026-12-31"))
        #expect(
            periods.map { "\($0.start)…\($0.end)\($0.estimated ? " estimated" : "")" }
                == ["2025-03-01…2025-03-30", "2026-02-18…2026-03-19 estimated"])
    }

    static let mistakes: [CalendarMistake] = [
        CalendarMistake(
            "an announced day far from the estimate",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: eid
                    name: {fr: Aïd, en: Eid}
                    category: public
                    hijri: {month: 10, day: 1}
                    announced: [2025-04-10]

                """
            ],
            en: """
                XX.yaml:7:17: error: 2025-04-10 is 10 days from 1/10/1446 AH (estimated 2025-03-31) in holiday 'eid'
                  fix: an announced date falls within 3 days of the estimate: check the year and the month
                """,
            fr: """
                XX.yaml:7:17: erreur : 2025-04-10 est à 10 jours du 1/10/1446 de l'hégire (estimé au 2025-03-31) dans le jour férié « eid »
                  correction : une date annoncée tombe à 3 jours au plus de l'estimation : vérifiez l'année et le mois
                """),
        CalendarMistake(
            "two announcements for one Hijri year",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: eid
                    name: {fr: Aïd, en: Eid}
                    category: public
                    hijri: {month: 10, day: 1}
                    announced: [2025-03-30, 2025-03-31]

                """
            ],
            en: """
                XX.yaml:7:29: error: 2025-03-31 and 2025-03-30 both announce 1/10/1446 AH in holiday 'eid'
                  fix: keep one date per Hijri year
                """,
            fr: """
                XX.yaml:7:29: erreur : 2025-03-31 et 2025-03-30 annoncent tous deux le 1/10/1446 de l'hégire dans le jour férié « eid »
                  correction : gardez une seule date par année de l'hégire
                """),
        CalendarMistake(
            "announced without a hijri rule",
            [
                "XX.yaml": """
                jurisdiction: XX
                holidays:
                  - id: eid
                    name: {fr: Aïd, en: Eid}
                    category: public
                    date: 03-30
                    announced: [2025-03-30]

                """
            ],
            en: """
                XX.yaml:7:16: error: 'announced' is only for a 'hijri:' rule in holiday 'eid'
                  fix: remove 'announced': the other rules give the exact date
                """,
            fr: """
                XX.yaml:7:16: erreur : « announced » ne sert qu'avec une règle « hijri: » dans le jour férié « eid »
                  correction : retirez « announced » : les autres règles donnent la date exacte
                """),
    ]

    @Test(arguments: mistakes)
    func mistake(_ mistake: CalendarMistake) throws {
        mistake.expectRendered(try #require(throws: SourceError.self) { try HolidayCatalog(sources: mistake.sources) })
    }

    @Test func aMonthOutOfRangeIsRefusedAtItsPlace() throws {
        let error = try #require(throws: SourceError.self) { try catalog("    hijri: {month: 13, day: 1}\n") }
        #expect(error.issues.count == 1)
        #expect(error.rendered(in: .en).hasPrefix("XX.yaml:6:20: error: 'month' must be a whole number from 1 to 12"))
    }
}
