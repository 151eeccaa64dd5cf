import CivilTime
import Testing

@Suite("Month-days")
struct MonthDayTests {
    @Test(
        "MM-DD and --MM-DD are read as Erasmus Without Paper factsheets write them",
        arguments: [
            ("--04-30", MonthDay(month: 4, day: 30)), ("04-30", MonthDay(month: 4, day: 30)),
            ("12-31", MonthDay(month: 12, day: 31)), ("--01-01", MonthDay(month: 1, day: 1)),
            ("--02-29", nil), ("02-29", nil), ("--02-30", nil), ("--13-01", nil), ("--00-10", nil), ("--04-00", nil),
            ("--4-30", nil), ("2025-04-30", nil), ("+4-30", nil), ("04-3x", nil), ("", nil),
        ])
    func parse(text: String, expected: MonthDay?) {
        #expect(MonthDay(iso: text) == expected)
    }

    @Test("29 February is named apart, to say why it is refused")
    func february29() {
        #expect(MonthDay.isFebruary29("02-29") && MonthDay.isFebruary29("--02-29"))
        #expect(!MonthDay.isFebruary29("02-28") && !MonthDay.isFebruary29("2024-02-29") && !MonthDay.isFebruary29("2-29"))
        #expect(MonthDay(month: 2, day: 29) == nil)
        #expect(MonthDay(month: 2, day: 28) != nil)
    }

    @Test("Written back as --MM-DD")
    func description() {
        #expect(MonthDay(month: 4, day: 30)!.description == "--04-30")
        #expect(MonthDay(month: 12, day: 1)!.description == "--12-01")
    }

    @Test("The last date before a day falls in the right calendar year")
    func lastBefore() {
        let april = MonthDay(month: 4, day: 30)!
        #expect(april.last(before: CivilDate(iso: "2025-09-14")!) == CivilDate(iso: "2025-04-30"))
        #expect(april.last(before: CivilDate(iso: "2025-04-30")!) == CivilDate(iso: "2024-04-30"))
        let october = MonthDay(month: 10, day: 15)!
        #expect(october.last(before: CivilDate(iso: "2026-02-01")!) == CivilDate(iso: "2025-10-15"))
        let march = MonthDay(month: 3, day: 1)!
        #expect(march.last(before: CivilDate(iso: "2024-03-01")!) == CivilDate(iso: "2023-03-01"))
    }
}
