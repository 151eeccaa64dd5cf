import CivilTime
import PlaceCalendars
import Testing

/// The shipped data of the places added for the AIMF and French partners: Switzerland and Vaud,
/// Tunisia with its Islamic holidays, French school holidays by zone.
struct PlaceDataTests {
    let holidays: HolidayCatalog
    let blackouts: BlackoutCatalog

    init() throws {
        holidays = try Fixtures.holidays()
        blackouts = try Fixtures.blackouts()
    }

    private func rows(_ jurisdiction: String, _ year: Int) throws -> [String] {
        try holidays.holidays(in: jurisdiction, year: year).map {
            ($0.dayCount > 1 ? "\($0.date)…\($0.lastDate)" : "\($0.date)") + " \($0.id)" + ($0.estimated ? " *" : "")
        }
    }

    @Test func vaud2025() throws {
        #expect(
            try rows("CH-VD", 2025) == [
                "2025-01-01 new-year", "2025-01-02 berchtold", "2025-04-18 good-friday", "2025-04-21 easter-monday",
                "2025-05-29 ascension", "2025-06-09 whit-monday", "2025-08-01 national-day", "2025-09-22 federal-fast-monday",
                "2025-12-25 christmas",
            ])
        #expect(try rows("CH", 2025).count == 4)
    }

    @Test(arguments: [(2024, "2024-09-16"), (2025, "2025-09-22"), (2026, "2026-09-21"), (2029, "2029-09-17")])
    func federalFastMondayFollowsTheThirdSundayOfSeptember(year: Int, expected: String) throws {
        let monday = try #require(try holidays.holidays(in: "CH-VD", year: year).first { $0.id == "federal-fast-monday" })
        #expect(monday.date == Fixtures.date(expected))
        #expect(monday.date.weekday == .monday)
    }

    @Test func lausanneAssemblyDaysAreWorkingDays() throws {
        let assembly = Fixtures.date("2024-05-22")...Fixtures.date("2024-05-24")
        #expect(try holidays.holidays(in: "CH-VD", overlapping: assembly).isEmpty)
    }

    @Test func tunisia2025() throws {
        #expect(
            try rows("TN", 2025) == [
                "2025-01-01 new-year", "2025-03-20 independence-day", "2025-03-30…2025-04-01 eid-al-fitr *",
                "2025-04-09 martyrs-day", "2025-05-01 labour-day", "2025-06-06…2025-06-07 eid-al-adha",
                "2025-06-27 islamic-new-year *", "2025-07-25 republic-day", "2025-08-13 womens-day", "2025-09-05 mawlid *",
                "2025-10-15 evacuation-day", "2025-12-17 revolution-day",
            ])
    }

    @Test func tunisiaMovedTheRevolutionDayIn2021() throws {
        #expect(try rows("TN", 2021).contains("2021-01-14 revolution-and-youth-day"))
        #expect(try rows("TN", 2021).contains("2021-12-17 revolution-day"))
        #expect(try !rows("TN", 2022).contains { $0.hasSuffix("revolution-and-youth-day") })
    }

    @Test func tunisiaAnnouncedEidAlAdhaKeepsItsHijriYear() throws {
        let eid = try #require(try holidays.holidays(in: "TN", year: 2024).first { $0.id == "eid-al-adha" })
        #expect(eid.date == Fixtures.date("2024-06-16"))
        #expect(!eid.estimated)
        #expect(eid.occurrenceKey == "AH1445")
        let next = try #require(try holidays.holidays(in: "TN", year: 2026).first { $0.id == "eid-al-adha" })
        #expect(next.estimated && next.occurrenceKey == "AH1447")
    }

    static let zoneWinter2026: [(zone: String, from: String, to: String)] = [
        ("A", "2026-02-08", "2026-02-22"), ("B", "2026-02-15", "2026-03-01"), ("C", "2026-02-22", "2026-03-08"),
    ]

    @Test(arguments: zoneWinter2026)
    func winterSchoolHolidays2026(zone: String, from: String, to: String) throws {
        let winter = try #require(try blackouts.blackouts(in: "FR-ZONE-\(zone)", year: 2026).first { $0.id == "school-winter-2026" })
        #expect(winter.start == Fixtures.date(from))
        #expect(winter.end == Fixtures.date(to))
        #expect(winter.kind == .schoolHoliday)
        #expect(winter.start.weekday == .sunday)
    }

    @Test(arguments: ["A", "B", "C"])
    func everyZoneCoversTheSchoolYears2024To2028(zone: String) throws {
        let code = "FR-ZONE-\(zone)"
        let all = try blackouts.blackouts(in: code, overlapping: Fixtures.date("2024-01-01")...Fixtures.date("2028-08-31"))
        let periods = all.filter { $0.kind == .schoolHoliday }
        // France's own blackouts come along through `include: [FR]`.
        #expect(all.filter { $0.kind != .schoolHoliday }.map(\.id) == ["municipal-elections-2026"])
        #expect(periods.count == 28)
        #expect(periods.allSatisfy { $0.jurisdiction == code })
        for year in 2024...2028 {
            #expect(periods.contains { $0.id == "school-summer-\(year)" }, "\(code) summer \(year)")
            #expect(periods.contains { $0.id == "school-winter-\(year)" }, "\(code) winter \(year)")
        }
        #expect(periods.filter(\.estimated).map(\.id) == ["school-summer-2028"])
        // The zone's holidays are France's.
        #expect(try holidays.holidays(in: code, year: 2025).map(\.id) == holidays.holidays(in: "FR", year: 2025).map(\.id))
    }

    @Test func summerIsTheSameInEveryZone() throws {
        let summers = try ["A", "B", "C"].map { zone in
            try blackouts.blackouts(in: "FR-ZONE-\(zone)", year: 2025).first { $0.id == "school-summer-2025" }.map {
                "\($0.start)…\($0.end)"
            }
        }
        #expect(summers == ["2025-07-06…2025-08-31", "2025-07-06…2025-08-31", "2025-07-06…2025-08-31"])
    }
}
