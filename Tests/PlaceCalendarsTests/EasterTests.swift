import CivilTime
import PlaceCalendars
import Testing

struct EasterTests {
    @Test(arguments: [
        (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
        (2000, "2000-04-23"), (2008, "2008-03-23"), (2011, "2011-04-24"), (2038, "2038-04-25"),
        (2285, "2285-03-22"), (1943, "1943-04-25"),
    ])
    func easterSunday(year: Int, expected: String) {
        #expect(Easter.sunday(in: year) == Fixtures.date(expected))
    }

    @Test func alwaysASundayBetween22MarchAnd25April() {
        for year in 1583...3000 {
            let easter = Easter.sunday(in: year)
            #expect(easter.weekday == .sunday)
            #expect(Fixtures.date("\(year)-03-22") <= easter && easter <= Fixtures.date("\(year)-04-25"))
        }
    }
}
