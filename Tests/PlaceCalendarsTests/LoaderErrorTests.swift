import Foundation
import PlaceCalendars
import Testing

/// Broken data files give errors that say file:line:column and how to fix them.
struct LoaderErrorTests {
    private func holidayError(_ files: [String: String]) throws -> CalendarDataError {
        let folder = try Fixtures.folder(files)
        return try #require(#expect(throws: CalendarDataError.self) { try HolidayCatalog(directory: folder) })
    }

    private static let header = "jurisdiction: XX\nholidays:\n"

    @Test func unknownKeySuggestsTheRightOne() throws {
        let error = try holidayError(["XX.yaml": Self.header + """
          - id: a
            name: {fr: A, en: A}
            category: public
            dat: 01-01

        """])
        #expect(error.file.hasSuffix("XX.yaml"))
        #expect(error.line == 6 && error.column == 5)
        #expect(error.problem.contains("unknown key `dat`"))
        #expect(error.fix.contains("did you mean `date`?"))
        #expect(error.description.contains("XX.yaml:6:5: unknown key `dat`"))
    }

    @Test func impossibleDate() throws {
        let error = try holidayError(["XX.yaml": Self.header + """
          - id: a
            name: {fr: A, en: A}
            category: public
            date: 02-30

        """])
        #expect(error.line == 6 && error.column == 11)
        #expect(error.fix.contains("MM-DD"))
    }

    @Test func february29IsRefused() throws {
        let error = try holidayError(["XX.yaml": Self.header + "  - id: a\n    name: {fr: A, en: A}\n    category: public\n    date: 02-29\n"])
        #expect(error.problem.contains("every year"))
    }

    @Test func yamlSyntaxError() throws {
        let error = try holidayError(["XX.yaml": Self.header + "  - id: a\n    name: {fr: A, en: A\n    category: public\n"])
        #expect(error.problem.hasPrefix("YAML syntax error"))
        #expect(error.line != nil && error.column != nil)
        #expect(error.fix.contains("indentation"))
    }

    @Test func missingRule() throws {
        let error = try holidayError(["XX.yaml": Self.header + "  - id: a\n    name: {fr: A, en: A}\n    category: public\n"])
        #expect(error.line == 3 && error.column == 5)
        #expect(error.problem.contains("says nothing about when it falls"))
        #expect(error.fix.contains("easter: OFFSET"))
    }

    @Test func twoRules() throws {
        let error = try holidayError(["XX.yaml": Self.header + "  - id: a\n    name: {fr: A, en: A}\n    category: public\n    date: 01-01\n    easter: 1\n"])
        #expect(error.problem.contains("more than one date rule"))
    }

    @Test func unknownCategory() throws {
        let error = try holidayError(["XX.yaml": Self.header + "  - id: a\n    name: {fr: A, en: A}\n    category: bank\n    date: 01-01\n"])
        #expect(error.line == 5 && error.column == 15)
        #expect(error.fix.contains("public, community, local"))
    }

    @Test func badWeekdayAndNth() throws {
        let weekday = try holidayError(["XX.yaml": Self.header + "  - id: a\n    name: {fr: A, en: A}\n    category: public\n    nthWeekday: {nth: 1, weekday: lundi, month: 9}\n"])
        #expect(weekday.line == 6 && weekday.column == 35)
        #expect(weekday.fix.contains("monday"))
        let nth = try holidayError(["XX.yaml": Self.header + "  - id: a\n    name: {fr: A, en: A}\n    category: public\n    nthWeekday: {nth: 0, weekday: monday, month: 9}\n"])
        #expect(nth.fix.contains("-1 for the last"))
    }

    @Test func duplicateId() throws {
        let entry = "  - id: a\n    name: {fr: A, en: A}\n    category: public\n    date: 01-01\n"
        let error = try holidayError(["XX.yaml": Self.header + entry + entry])
        #expect(error.line == 7)
        #expect(error.problem.contains("used twice"))
    }

    @Test func fileNameMustMatchJurisdiction() throws {
        let error = try holidayError(["YY.yaml": Self.header + "  - id: a\n    name: {fr: A, en: A}\n    category: public\n    date: 01-01\n"])
        #expect(error.line == 1 && error.column == 15)
        #expect(error.fix.contains("rename the file to XX.yaml"))
    }

    @Test func unknownInclude() throws {
        let error = try holidayError(["XX.yaml": "jurisdiction: XX\ninclude: [BE, ZZ]\nholidays: []\n"])
        #expect(error.problem.contains("`BE` is not a known jurisdiction"))
        #expect(error.line == 2 && error.column == 11)
    }

    @Test func includeCycle() throws {
        let error = try holidayError([
            "AA.yaml": "jurisdiction: AA\ninclude: [BB]\nholidays: []\n",
            "BB.yaml": "jurisdiction: BB\ninclude: [AA]\nholidays: []\n",
        ])
        #expect(error.problem.contains("include cycle AA → BB → AA"))
        #expect(error.line == 2)
    }

    @Test func excludeOfUnknownId() throws {
        let error = try holidayError([
            "AA.yaml": "jurisdiction: AA\nholidays:\n  - id: a\n    name: {fr: A, en: A}\n    category: public\n    date: 01-01\n",
            "BB.yaml": "jurisdiction: BB\ninclude: [AA]\nexclude: [b]\nholidays: []\n",
        ])
        #expect(error.file.hasSuffix("BB.yaml") && error.line == 3 && error.column == 11)
        #expect(error.fix.contains("included ids: a"))
    }

    @Test func emptyFolder() throws {
        let error = try holidayError([:])
        #expect(error.line == nil)
        #expect(error.problem.contains("no .yaml file"))
    }

    @Test func blackoutErrors() throws {
        let header = "jurisdiction: XX\nblackouts:\n"
        let backwards = try Fixtures.folder(["XX.yaml": header + """
          - id: a
            name: {fr: A, en: A}
            kind: school-holiday
            from: 2025-03-09
            to: 2025-02-24

        """])
        let error = try #require(#expect(throws: CalendarDataError.self) { try BlackoutCatalog(directory: backwards) })
        #expect(error.line == 7 && error.column == 9)
        #expect(error.fix.contains("swap"))

        let reserve = try Fixtures.folder(["XX.yaml": header + """
          - id: a
            name: {fr: A, en: A}
            kind: collective-vacation
            from: 2025-03-09
            to: 2025-03-10
            reserveDays: 3

        """])
        let misplaced = try #require(#expect(throws: CalendarDataError.self) { try BlackoutCatalog(directory: reserve) })
        #expect(misplaced.line == 8 && misplaced.problem.contains("only for elections"))

        let noPolling = try Fixtures.folder(["XX.yaml": header + "  - id: a\n    name: {fr: A, en: A}\n    kind: election\n"])
        let polling = try #require(#expect(throws: CalendarDataError.self) { try BlackoutCatalog(directory: noPolling) })
        #expect(polling.fix.contains("pollingDays"))
    }
}
