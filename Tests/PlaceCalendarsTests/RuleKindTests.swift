import CivilTime
import Foundation
import PlaceCalendars
import Testing

/// Each rule kind, on small throw-away data.
struct RuleKindTests {
    private func catalog(_ holidays: String, extraFiles: [String: String] = [:]) throws -> HolidayCatalog {
        let text = "jurisdiction: XX\nholidays:\n" + holidays
        return try HolidayCatalog(directory: Fixtures.folder(["XX.yaml": text].merging(extraFiles) { $1 }))
    }

    private func dates(_ catalog: HolidayCatalog, _ year: Int, _ jurisdiction: String = "XX") throws -> [String] {
        try catalog.holidays(in: jurisdiction, year: year).map(\.date.description)
    }

    private static let name = "    name: {fr: Essai, en: Test}\n    category: public\n"

    @Test func fixedMonthDay() throws {
        let c = try catalog("  - id: a\n\(Self.name)    date: 07-21\n")
        #expect(try dates(c, 2025) == ["2025-07-21"])
        #expect(try dates(c, 1990) == ["1990-07-21"])
    }

    @Test func isoMonthDayIsAccepted() throws {
        let c = try catalog("  - id: a\n\(Self.name)    date: --12-25\n")
        #expect(try dates(c, 2025) == ["2025-12-25"])
    }

    @Test func easterOffsets() throws {
        let c = try catalog(
            """
              - id: good-friday
            \(Self.name)    easter: -2
              - id: whit-monday
            \(Self.name)    easter: 50
              - id: ascension
            \(Self.name)    easter: 39

            """)
        #expect(try dates(c, 2025) == ["2025-04-18", "2025-05-29", "2025-06-09"])
        #expect(try dates(c, 2024) == ["2024-03-29", "2024-05-09", "2024-05-20"])
    }

    @Test func nthWeekdayFromStartAndEnd() throws {
        let c = try catalog(
            """
              - id: labour
            \(Self.name)    nthWeekday: {nth: 1, weekday: monday, month: 9}
              - id: thanksgiving
            \(Self.name)    nthWeekday: {nth: 2, weekday: monday, month: 10}
              - id: last-sunday-march
            \(Self.name)    nthWeekday: {nth: -1, weekday: sunday, month: 3}
              - id: second-to-last-sunday-july
            \(Self.name)    nthWeekday: {nth: -2, weekday: sunday, month: 7}

            """)
        #expect(try dates(c, 2025) == ["2025-03-30", "2025-07-20", "2025-09-01", "2025-10-13"])
        #expect(try dates(c, 2026) == ["2026-03-29", "2026-07-19", "2026-09-07", "2026-10-12"])
    }

    @Test func weekdayBeforeADateIsStrictlyBefore() throws {
        let c = try catalog("  - id: a\n\(Self.name)    weekdayBefore: {weekday: monday, date: 05-25}\n")
        #expect(try dates(c, 2024) == ["2024-05-20"])
        #expect(try dates(c, 2026) == ["2026-05-18"])
        // 25 May 2020 was a Monday: the rule gives the Monday before, 18 May.
        #expect(try dates(c, 2020) == ["2020-05-18"])
    }

    @Test func weekendShift() throws {
        let c = try catalog("  - id: a\n\(Self.name)    date: 06-24\n    shift: {sunday: 1, saturday: -1}\n")
        #expect(try dates(c, 2029) == ["2029-06-25"])
        #expect(try dates(c, 2028) == ["2028-06-23"])
        #expect(try dates(c, 2025) == ["2025-06-24"])
    }

    @Test func multiDaySpanFromAnAnchor() throws {
        let c = try catalog(
            """
              - id: fetes
            \(Self.name)    nthWeekday: {nth: 3, weekday: sunday, month: 9}
                offset: -3
                days: 5

            """)
        let fetes = try #require(try c.holidays(in: "XX", year: 2025).first)
        #expect(fetes.date == Fixtures.date("2025-09-18"))
        #expect(fetes.lastDate == Fixtures.date("2025-09-22"))
        #expect(fetes.dayCount == 5)
        #expect(fetes.contains(Fixtures.date("2025-09-20")))
        #expect(!fetes.contains(Fixtures.date("2025-09-23")))
    }

    @Test func validFromAndUntil() throws {
        let c = try catalog("  - id: a\n\(Self.name)    date: 09-30\n    validFrom: 2021\n    validUntil: 2023\n")
        #expect(try dates(c, 2020).isEmpty)
        #expect(try dates(c, 2021) == ["2021-09-30"])
        #expect(try dates(c, 2023) == ["2023-09-30"])
        #expect(try dates(c, 2024).isEmpty)
    }

    @Test func everyYearsCountsFromValidFrom() throws {
        let c = try catalog("  - id: a\n\(Self.name)    date: 11-01\n    validFrom: 2025\n    everyYears: 4\n")
        #expect(try dates(c, 2025) == ["2025-11-01"])
        #expect(try dates(c, 2026).isEmpty)
        #expect(try dates(c, 2029) == ["2029-11-01"])
        #expect(try dates(c, 2021).isEmpty)
    }

    @Test func includeExcludeAndOverride() throws {
        let parent = """
            jurisdiction: PP
            holidays:
              - id: a
                name: {fr: A, en: A}
                category: public
                date: 01-01
              - id: b
                name: {fr: B, en: B}
                category: public
                date: 02-02
              - id: c
                name: {fr: C, en: C}
                category: public
                date: 03-03

            """
        let child = """
            jurisdiction: CC
            include: [PP]
            exclude: [c]
            holidays:
              - id: b
                name: {fr: B local, en: B local}
                category: local
                date: 02-03

            """
        let both = try HolidayCatalog(directory: Fixtures.folder(["PP.yaml": parent, "CC.yaml": child]))
        let holidays = try both.holidays(in: "CC", year: 2025)
        #expect(holidays.map(\.id) == ["a", "b"])
        #expect(holidays.map(\.jurisdiction) == ["PP", "CC"])
        #expect(holidays[1].date == Fixtures.date("2025-02-03"))
        #expect(both.jurisdictions == ["CC", "PP"])
    }

    @Test func holidaysAreSortedByDate() throws {
        let c = try catalog(
            """
              - id: late
            \(Self.name)    date: 12-25
              - id: early
            \(Self.name)    date: 01-01

            """)
        #expect(try c.holidays(in: "XX", year: 2025).map(\.id) == ["early", "late"])
    }
}
