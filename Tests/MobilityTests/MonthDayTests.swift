import CivilTime
import Testing

@testable import PlanFormat

@Suite("Month-days")
struct MonthDayTests {
    @Test("--MM-DD is read as Erasmus Without Paper factsheets write it")
    func parse() {
        #expect(MonthDay(iso: "--04-30") == MonthDay(month: 4, day: 30))
        #expect(MonthDay(iso: "04-30") == MonthDay(month: 4, day: 30))
        #expect(MonthDay(iso: "--02-29") != nil)
        #expect(MonthDay(iso: "--02-30") == nil)
        #expect(MonthDay(iso: "--13-01") == nil)
        #expect(MonthDay(iso: "--4-30") == nil)
        #expect(MonthDay(iso: "2025-04-30") == nil)
        #expect(MonthDay(month: 4, day: 30)!.description == "--04-30")
    }

    @Test("The last date before a day falls in the right calendar year")
    func lastBefore() {
        let april = MonthDay(month: 4, day: 30)!
        #expect(april.last(before: CivilDate(iso: "2025-09-14")!) == CivilDate(iso: "2025-04-30"))
        #expect(april.last(before: CivilDate(iso: "2025-04-30")!) == CivilDate(iso: "2024-04-30"))
        let october = MonthDay(month: 10, day: 15)!
        #expect(october.last(before: CivilDate(iso: "2026-02-01")!) == CivilDate(iso: "2025-10-15"))
        #expect(MonthDay(month: 2, day: 29)!.last(before: CivilDate(iso: "2025-06-01")!) == CivilDate(iso: "2025-02-28"))
    }
}
