import Bilingual
import CivilTime
import PlaceCalendars
import Testing

/// The shipped calendars/holidays data against the dates in the shared domain notes.
struct HolidayDataTests {
    let catalog: HolidayCatalog

    init() throws {
        catalog = try Fixtures.holidays()
    }

    private func holiday(_ id: String, in jurisdiction: String, _ year: Int) throws -> Holiday {
        try #require(try catalog.holidays(in: jurisdiction, year: year).first { $0.id == id })
    }

    @Test func jurisdictions() {
        #expect(
            catalog.jurisdictions == [
                "BE", "BE-FWB", "BE-WAL", "BE-WAL-NAMUR", "CA", "CA-QC", "CH", "CH-VD", "FR", "FR-57", "FR-6AE", "FR-AM",
                "FR-ZONE-A", "FR-ZONE-B", "FR-ZONE-C", "TN",
            ])
        #expect(catalog.name(of: "CA-QC") == LocalizedText(fr: "Québec", en: "Quebec"))
    }

    @Test(arguments: [
        (2024, "2024-09-12", "2024-09-16"), (2025, "2025-09-18", "2025-09-22"),
        (2026, "2026-09-17", "2026-09-21"), (2027, "2027-09-16", "2027-09-20"),
    ])
    func fetesDeWallonie(year: Int, first: String, last: String) throws {
        let fetes = try holiday("fetes-de-wallonie", in: "BE-WAL-NAMUR", year)
        #expect(fetes.date == Fixtures.date(first))
        #expect(fetes.lastDate == Fixtures.date(last))
        #expect(fetes.date.weekday == .thursday)
        #expect(fetes.category == .local)
        #expect(fetes.jurisdiction == "BE-WAL-NAMUR")
    }

    @Test func namurHasBelgianWalloonAndFWBDaysOnce() throws {
        let days = try catalog.holidays(in: "BE-WAL-NAMUR", year: 2025)
        #expect(days.count == 13)
        #expect(Set(days.map { "\($0.jurisdiction)/\($0.id)" }).count == days.count)
        #expect(try holiday("wallonia-day", in: "BE-WAL-NAMUR", 2025).date == Fixtures.date("2025-09-21"))
        #expect(try holiday("fwb-day", in: "BE-WAL-NAMUR", 2025).category == .community)
    }

    @Test(arguments: [(2024, "2024-05-20"), (2025, "2025-05-19"), (2026, "2026-05-18"), (2027, "2027-05-24")])
    func journeeNationaleDesPatriotes(year: Int, expected: String) throws {
        let patriots = try holiday("patriots-day", in: "CA-QC", year)
        #expect(patriots.date == Fixtures.date(expected))
        #expect(patriots.name.fr == "Journée nationale des patriotes")
        #expect(try holiday("victoria-day", in: "CA", year).date == Fixtures.date(expected))
    }

    @Test func feteNationaleMovesToMondayWhenOnSunday() throws {
        #expect(try holiday("fete-nationale", in: "CA-QC", 2029).date == Fixtures.date("2029-06-25"))
        #expect(try holiday("fete-nationale", in: "CA-QC", 2018).date == Fixtures.date("2018-06-25"))
        #expect(try holiday("fete-nationale", in: "CA-QC", 2028).date == Fixtures.date("2028-06-24"))
        #expect(try holiday("fete-nationale", in: "CA-QC", 2025).date == Fixtures.date("2025-06-24"))
    }

    @Test func canadaDayMovesToMondayWhenOnSunday() throws {
        for jurisdiction in ["CA", "CA-QC"] {
            #expect(try holiday("canada-day", in: jurisdiction, 2029).date == Fixtures.date("2029-07-02"))
            #expect(try holiday("canada-day", in: jurisdiction, 2028).date == Fixtures.date("2028-07-01"))
        }
    }

    @Test func quebecEasterHolidaysAreEmployerChoice() throws {
        let friday = try holiday("good-friday", in: "CA-QC", 2025)
        let monday = try holiday("easter-monday", in: "CA-QC", 2025)
        #expect(friday.date == Fixtures.date("2025-04-18") && friday.employerChoice)
        #expect(monday.date == Fixtures.date("2025-04-21") && monday.employerChoice)
        let others = try catalog.holidays(in: "CA-QC", year: 2025).filter { !$0.employerChoice }
        #expect(others.count == 7)
    }

    @Test func truthAndReconciliationSince2021() throws {
        #expect(try catalog.holidays(in: "CA", year: 2020).contains { $0.id == "truth-and-reconciliation" } == false)
        #expect(try holiday("truth-and-reconciliation", in: "CA", 2021).date == Fixtures.date("2021-09-30"))
    }

    @Test func belgiumHasTenPublicHolidays() throws {
        let days = try catalog.holidays(in: "BE", year: 2026)
        #expect(days.count == 10)
        #expect(days.allSatisfy { $0.category == .public })
        #expect(try holiday("whit-monday", in: "BE", 2026).date == Fixtures.date("2026-05-25"))
    }

    @Test func alsaceMoselleAddsGoodFridayAndStStephen() throws {
        let france = try catalog.holidays(in: "FR", year: 2026)
        #expect(france.count == 11)
        for region in ["FR-57", "FR-6AE"] {
            let local = try catalog.holidays(in: region, year: 2026)
            #expect(local.count == 13)
            #expect(try holiday("good-friday", in: region, 2026).date == Fixtures.date("2026-04-03"))
            #expect(try holiday("st-stephen", in: region, 2026).jurisdiction == "FR-AM")
        }
    }

    @Test func overlappingRange() throws {
        let range = Fixtures.date("2025-12-20")...Fixtures.date("2026-01-05")
        let days = try catalog.holidays(in: "CA", overlapping: range)
        #expect(days.map(\.id) == ["christmas", "boxing-day", "new-year"])
    }

    @Test func lookupErrors() {
        #expect(throws: CalendarLookupError.unknownJurisdiction("XX", known: catalog.jurisdictions)) {
            try catalog.holidays(in: "XX", year: 2025)
        }
        #expect(throws: CalendarLookupError.self) {
            try catalog.holidays(in: "BE", year: 1200)
        }
    }
}
