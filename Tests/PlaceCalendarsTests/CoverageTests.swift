import PlaceCalendars
import Testing

struct CoverageTests {
    @Test func everyJurisdictionEvaluatesFrom1990To2100() throws {
        let holidays = try Fixtures.holidays()
        let blackouts = try Fixtures.blackouts()
        for jurisdiction in holidays.jurisdictions {
            for year in 1990...2100 {
                let days = try holidays.holidays(in: jurisdiction, year: year)
                #expect(!days.isEmpty, "\(jurisdiction) \(year)")
                #expect(days.allSatisfy { $0.date.year == year }, "\(jurisdiction) \(year)")
                #expect(zip(days, days.dropFirst()).allSatisfy { $0.date <= $1.date }, "\(jurisdiction) \(year)")
            }
        }
        #expect(blackouts.jurisdictions == holidays.jurisdictions)
        for jurisdiction in blackouts.jurisdictions {
            for year in 1990...2100 {
                _ = try blackouts.blackouts(in: jurisdiction, year: year)
            }
        }
    }
}
