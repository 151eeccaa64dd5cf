import CivilTime
import Foundation
import PlaceCalendars
import Testing

/// The academic calendars of `calendars/academic/`: they load, hang together and mark their estimates.
struct AcademicDataTests {
    static let years = ["2024/2025", "2025/2026", "2026/2027"]

    private static func catalog() throws -> AcademicCatalog {
        try AcademicCatalog(directory: Fixtures.calendars.appendingPathComponent("academic"))
    }

    private static func calendar(_ id: String) throws -> AcademicCalendar {
        try #require(try catalog().calendar(of: id))
    }

    private static func date(_ iso: String) -> CivilDate { Fixtures.date(iso) }

    @Test func bothInstitutionsLoadWithTheirThreeYears() throws {
        let catalog = try Self.catalog()
        #expect(catalog.institutions.map(\.id) == ["unamur", "uqtr"])
        for calendar in catalog.calendars {
            #expect(calendar.years.map(\.name) == Self.years, "\(calendar.institution.id)")
            #expect(ZoneRules(identifier: calendar.institution.timeZone) != nil)
            #expect(!calendar.institution.sources.isEmpty)
        }
        let unamur = try Self.calendar("UNamur")
        #expect(unamur.institution.country == "BE" && unamur.institution.timeZone == "Europe/Brussels")
        #expect(unamur.institution.name.en == "University of Namur")
        let uqtr = try Self.calendar("uqtr")
        #expect(uqtr.institution.country == "CA" && uqtr.institution.timeZone == "America/Toronto")
        #expect(catalog.calendar(of: "ulb") == nil)
    }

    @Test func holidayJurisdictionsExist() throws {
        let holidays = try Fixtures.holidays()
        for institution in try Self.catalog().institutions {
            let code = try #require(institution.jurisdiction)
            #expect(holidays.jurisdictions.contains(code), "\(institution.id): \(code)")
        }
    }

    @Test(arguments: ["unamur", "uqtr"])
    func termsAreInOrderWithoutOverlapAndHoldTheirPeriods(_ id: String) throws {
        for year in try Self.calendar(id).years {
            #expect(year.terms.map(\.id) == ["1/3", "2/3", "3/3"], "\(id) \(year.name)")
            #expect(year.firstDay.year == Int(year.name.prefix(4)))
            #expect(year.terms.first?.start == year.firstDay && year.terms.last?.end == year.lastDay)
            for (earlier, later) in zip(year.terms, year.terms.dropFirst()) {
                #expect(earlier.end < later.start, "\(id) \(year.name): \(earlier.id) overlaps \(later.id)")
                #expect(earlier.number + 1 == later.number)
            }
            for term in year.terms {
                #expect(term.start <= term.end && year.dates.contains(term.start) && year.dates.contains(term.end))
            }
            for period in year.periods {
                #expect(period.year == year.name)
                if let termID = period.termID {
                    let term = try #require(year.term(id: termID))
                    #expect(term.dates.contains(period.start) && term.dates.contains(period.end), "\(id) \(period.id)")
                } else {
                    #expect(year.dates.contains(period.start) && year.dates.contains(period.end), "\(id) \(period.id)")
                }
            }
            #expect(Set(year.periods.map(\.id)).count == year.periods.count)
        }
        let years = try Self.calendar(id).years
        for (earlier, later) in zip(years, years.dropFirst()) {
            #expect(earlier.lastDay < later.firstDay)
        }
    }

    @Test func unamur2025StartsOnTheFourteenthOfSeptember() throws {
        let year = try #require(try Self.calendar("unamur").year(named: "2025/2026"))
        #expect(year.firstDay == Self.date("2025-09-14") && year.lastDay == Self.date("2026-09-13"))
        #expect(!year.firstDayEstimated && !year.lastDayEstimated)
        let q1 = try #require(year.term(id: "1/3")), q3 = try #require(year.term(id: "3/3"))
        #expect(q1.start == Self.date("2025-09-14") && !q1.startEstimated && q1.endEstimated)
        #expect(q3.end == Self.date("2026-09-13") && q3.startEstimated && !q3.endEstimated)
        #expect(year.term(id: "2/3")?.startEstimated == true && year.term(id: "2/3")?.endEstimated == true)
    }

    @Test(arguments: AcademicDataTests.years)
    func unamurHasItsThreeSessions(_ name: String) throws {
        let year = try #require(try Self.calendar("unamur").year(named: name))
        let next = year.startYear + 1
        let q1 = try #require(year.term(id: "1/3"))
        let january = try #require(year.periods(of: .exams).first { $0.start.month == 1 })
        #expect(january.termID == "1/3")
        #expect(q1.dates.contains(january.start) && q1.dates.contains(january.end))
        #expect(january.start.year == next && january.end.month == 1)

        let june = try #require(year.periods(of: .exams).first { $0.start.month >= 5 })
        #expect(june.termID == "2/3" && june.end.month == 6)

        let resits = year.periods(of: .resit)
        #expect(resits.count == 1)
        let resit = try #require(resits.first)
        #expect(resit.termID == "3/3")
        let window = CivilDate(year: next, month: 8, day: 10)!...CivilDate(year: next, month: 9, day: 13)!
        #expect(window.contains(resit.start) && window.contains(resit.end), "\(resit.start)...\(resit.end)")
        #expect(resit.start >= CivilDate(year: next, month: 8, day: 14)!)

        let breaks = year.periods(of: .break)
        #expect(breaks.contains { $0.termID == "1/3" && $0.contains(CivilDate(year: year.startYear, month: 12, day: 25)!) })
        #expect(breaks.contains { $0.termID == "2/3" && $0.id == "spring-break" })
    }

    @Test(arguments: AcademicDataTests.years)
    func uqtrHasReadingWeeksInFallAndWinter(_ name: String) throws {
        let year = try #require(try Self.calendar("uqtr").year(named: name))
        let fall = try #require(year.term(id: "1/3")), winter = try #require(year.term(id: "2/3"))
        #expect(fall.name.fr.contains("automne") && winter.name.fr.contains("hiver"))
        for (term, month) in [(fall, 10), (winter, 3)] {
            let reading = year.periods(ofTerm: term.id).filter { $0.kind == .break && $0.name.fr.contains("lecture") }
            #expect(reading.count == 1, "\(name) \(term.id)")
            let week = try #require(reading.first)
            #expect(term.dates.contains(week.start) && term.dates.contains(week.end))
            #expect(week.dayCount == 7 && week.start.weekday == .monday)
            #expect(week.start.month == month || week.end.month == month, "\(week.start)")
            let exams = year.periods(ofTerm: term.id).filter { $0.kind == .exams }
            #expect(exams.count == 1 && exams.first?.end == term.end)
        }
        // 15 weeks, the reading week included.
        #expect((100...108).contains(fall.dayCount) && (100...108).contains(winter.dayCount))
        #expect(fall.start.month == 9 && fall.end.month == 12 && fall.end.day <= 20)
        #expect(winter.start.month == 1 && winter.end.month == 4)
        #expect(year.term(id: "3/3").map { $0.start.month == 5 && $0.end.month == 8 } == true)
    }

    /// Only the two dates the FWB decree sets (the year runs 14 September to 13 September) are
    /// not estimated; every other date of both files is flagged.
    @Test func everyEstimatedDateIsFlagged() throws {
        func official(_ day: CivilDate, _ institution: String) -> Bool {
            institution == "unamur" && ((day.month == 9 && day.day == 14) || (day.month == 9 && day.day == 13))
        }
        var unflagged: [String] = []
        for calendar in try Self.catalog().calendars {
            let id = calendar.institution.id
            for year in calendar.years {
                let items =
                    year.terms.map { ("term \($0.id)", $0.start, $0.startEstimated, $0.end, $0.endEstimated) }
                    + year.periods.map { ("period \($0.id)", $0.start, $0.startEstimated, $0.end, $0.endEstimated) }
                    + [("the year", year.firstDay, year.firstDayEstimated, year.lastDay, year.lastDayEstimated)]
                for (what, start, startEstimated, end, endEstimated) in items {
                    if !startEstimated && !official(start, id) { unflagged.append("\(id) \(year.name) \(what) start \(start)") }
                    if !endEstimated && !official(end, id) { unflagged.append("\(id) \(year.name) \(what) end \(end)") }
                }
            }
        }
        #expect(unflagged.isEmpty, "\(unflagged)")
        let uqtr = try Self.calendar("uqtr")
        #expect(uqtr.years.allSatisfy { $0.terms.allSatisfy(\.estimated) && $0.periods.allSatisfy(\.estimated) })
    }

    /// The layout shown in calendars/academic/README.md is a valid file.
    @Test func readmeExampleLoads() throws {
        let readme = try String(contentsOf: Fixtures.calendars.appendingPathComponent("academic/README.md"), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let catalog = try AcademicCatalog(directory: try Fixtures.folder(["unamur.yaml": block]))
        let year = try #require(catalog.calendar(of: "unamur")?.year(named: "2025/2026"))
        #expect(year.terms.map(\.id) == ["1/3"] && year.terms[0].endEstimated && !year.terms[0].startEstimated)
        #expect(year.periods.map(\.id) == ["holiday-break", "exams-january"])
    }

    @Test func plannerHelpers() throws {
        let unamur = try Self.calendar("unamur"), uqtr = try Self.calendar("uqtr")
        #expect(unamur.term(containing: Self.date("2025-11-03"))?.id == "1/3")
        #expect(unamur.term(containing: Self.date("2025-11-03"))?.year == "2025/2026")
        #expect(unamur.term(containing: Self.date("2026-09-13"))?.id == "3/3")
        #expect(unamur.term(containing: Self.date("2026-09-14"))?.year == "2026/2027")
        #expect(unamur.term(containing: Self.date("2020-01-01")) == nil)
        #expect(uqtr.term(containing: Self.date("2026-01-01")) == nil)
        #expect(uqtr.year(containing: Self.date("2026-01-01"))?.name == "2025/2026")

        let newYear = uqtr.periods(overlapping: Self.date("2026-01-01")...Self.date("2026-01-01"))
        #expect(newYear.map(\.id) == ["holiday-break"] && newYear.first?.termID == nil)

        let january = unamur.periods(overlapping: Self.date("2026-01-10")...Self.date("2026-01-12"))
        #expect(january.map(\.kind) == [.exams])
        let acrossYears = unamur.periods(overlapping: Self.date("2026-09-01")...Self.date("2026-09-20"))
        #expect(acrossYears.map(\.year) == ["2025/2026", "2026/2027"])
        #expect(acrossYears == acrossYears.sorted { $0.start < $1.start })

        #expect(unamur.year(named: "2025/2026")?.firstDay == Self.date("2025-09-14"))
        #expect(unamur.year(named: "2025-2026")?.name == "2025/2026")
        #expect(unamur.year(named: "2025-26")?.name == "2025/2026")
        #expect(unamur.year(named: "2030/2031") == nil)
        #expect(AcademicCalendar.canonicalYearName("2099/00") == "2099/2100")
        #expect(AcademicCalendar.canonicalYearName("2025") == nil)
    }
}
