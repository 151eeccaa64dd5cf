import CivilTime
import PlaceCalendars
import Testing

/// The shipped calendars/blackouts data.
struct BlackoutDataTests {
    let catalog: BlackoutCatalog

    init() throws {
        catalog = try Fixtures.blackouts()
    }

    @Test(arguments: [
        (2024, "2024-07-21", "2024-08-03"), (2025, "2025-07-20", "2025-08-02"),
        (2026, "2026-07-19", "2026-08-01"), (2016, "2016-07-24", "2016-08-06"),
        (2022, "2022-07-24", "2022-08-06"),
    ])
    func constructionHoliday(year: Int, start: String, end: String) throws {
        let holiday = try #require(try catalog.blackouts(in: "CA-QC", year: year).first { $0.id == "construction-holiday" })
        #expect(holiday.start == Fixtures.date(start))
        #expect(holiday.end == Fixtures.date(end))
        #expect(holiday.start.weekday == .sunday && holiday.end.weekday == .saturday)
        #expect(holiday.kind == .collectiveVacation)
    }

    @Test func namurReturnVisitFallsInTheConstructionHoliday() throws {
        let visit = Fixtures.date("2025-07-27")...Fixtures.date("2025-07-30")
        #expect(try catalog.blackouts(in: "CA-QC", overlapping: visit).map(\.id) == ["construction-holiday"])
    }

    @Test func quebecMunicipalElectionsEveryFourYears() throws {
        let elections = try catalog.blackouts(in: "CA-QC", overlapping: Fixtures.date("2021-01-01")...Fixtures.date("2033-12-31"))
            .filter { $0.kind == .election }
        #expect(elections.map { $0.pollingDays.map(\.description) } == [["2025-11-02"], ["2029-11-04"], ["2033-11-06"]])
        #expect(elections[0].start == Fixtures.date("2025-09-19"))
        #expect(elections[0].end == Fixtures.date("2025-11-02"))
    }

    @Test func electionReserveCanBeOverridden() throws {
        let election = try #require(
            try catalog.blackouts(in: "CA-QC", year: 2025, electionReserveDays: 7)
                .first { $0.kind == .election })
        #expect(election.start == Fixtures.date("2025-10-26"))
    }

    @Test func belgianCommunalElections() throws {
        let elections = try catalog.blackouts(in: "BE-WAL-NAMUR", overlapping: Fixtures.date("2024-01-01")...Fixtures.date("2030-12-31"))
            .filter { $0.kind == .election }
        #expect(elections.map { $0.pollingDays.map(\.description) } == [["2024-10-13"], ["2030-10-13"]])
        #expect(elections.allSatisfy { $0.jurisdiction == "BE" })
    }

    @Test func frenchMunicipalElectionsCoverBothRounds() throws {
        let election = try #require(try catalog.blackouts(in: "FR-57", year: 2026).first { $0.kind == .election })
        #expect(election.pollingDays == [Fixtures.date("2026-03-15"), Fixtures.date("2026-03-22")])
        #expect(election.start == Fixtures.date("2026-02-15"))
        #expect(election.end == Fixtures.date("2026-03-22"))
        #expect(election.contains(Fixtures.date("2026-03-18")))
    }

    @Test func fwbSchoolHolidays() throws {
        let school = try catalog.blackouts(in: "BE-WAL-NAMUR", overlapping: Fixtures.date("2024-08-26")...Fixtures.date("2026-08-31"))
            .filter { $0.kind == .schoolHoliday }
        #expect(school.count == 10)
        #expect(school.allSatisfy { $0.jurisdiction == "BE-FWB" && $0.dayCount >= 14 })
        let autumn2024 = try #require(school.first)
        #expect(autumn2024.start == Fixtures.date("2024-10-21") && autumn2024.end == Fixtures.date("2024-11-03"))
        #expect(school.filter(\.estimated).map(\.id) == ["school-summer-2026"])
        #expect(!school.contains { $0.contains(Fixtures.date("2025-09-01")) })
    }

    @Test func blackoutsCrossingNewYearAreFoundFromBothYears() throws {
        for year in [2025, 2026] {
            #expect(try catalog.blackouts(in: "BE-FWB", year: year).contains { $0.id == "school-winter-2025" })
        }
    }
}
