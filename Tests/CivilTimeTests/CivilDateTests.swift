import Testing
@testable import CivilTime

@Suite("Civil dates")
struct CivilDateTests {
    @Test("Impossible dates are refused")
    func impossibleDates() {
        #expect(CivilDate(iso: "2025-02-30") == nil)
        #expect(CivilDate(iso: "2025-02-29") == nil)
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "1900-02-29") == nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "2025-13-01") == nil)
        #expect(CivilDate(iso: "2025-4-1") == nil)
        #expect(CivilDate(iso: "20250401") == nil)
    }

    @Test("Days since the epoch round-trip over four centuries")
    func roundTrip() {
        for days in stride(from: -150_000, through: 150_000, by: 37) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CivilDate(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(CivilDate(iso: "2024-10-28")!.daysSinceEpoch == 20_024)
    }

    @Test("Weekdays of known dates")
    func weekdays() {
        #expect(CivilDate(iso: "1999-10-28")!.weekday == .thursday)
        #expect(CivilDate(iso: "2025-04-20")!.weekday == .sunday)
        #expect(CivilDate(iso: "2024-06-24")!.weekday == .monday)
        #expect(CivilDate(iso: "1969-12-31")!.weekday == .wednesday)
    }

    @Test("29 February moves to 28 February in common years")
    func leapAnniversary() {
        #expect(CivilDate(iso: "2024-02-29")!.inYear(2025) == CivilDate(iso: "2025-02-28")!)
        #expect(CivilDate(iso: "1999-10-28")!.inYear(2024) == CivilDate(iso: "2024-10-28")!)
    }

    @Test("Date-times parse and format")
    func dateTimes() {
        let value = CivilDateTime(iso: "2025-03-10T09:05")!
        #expect(value.description == "2025-03-10T09:05:00")
        #expect(value.basicFormat == "20250310T090500")
        #expect(CivilDateTime(iso: "2025-03-10T24:00") == nil)
        #expect(CivilDateTime(iso: "2025-03-10 09:05:30")?.time.second == 30)
        #expect(value.adding(seconds: 15 * 3600).description == "2025-03-11T00:05:00")
    }
}

@Suite("Zone rules")
struct ZoneRulesTests {
    let toronto = ZoneRules(identifier: "America/Toronto")!
    let brussels = ZoneRules(identifier: "Europe/Brussels")!

    @Test("Unknown zones and bare offsets are refused")
    func unknownZones() {
        #expect(ZoneRules(identifier: "Europe/Namur") == nil)
        #expect(ZoneRules(identifier: "GMT+1") == nil)
        #expect(ZoneRules(identifier: "EST") == nil)
        #expect(ZoneRules(identifier: "America/Montreal") != nil)
    }

    @Test("9:00 in Québec is 15:00 in Namur, and 14:00 in the weeks the gap is five hours")
    func fiveHourWeeks() {
        func namurTime(ofQuebec text: String) -> String {
            brussels.localTime(at: toronto.instant(of: CivilDateTime(iso: text)!)).description
        }
        #expect(namurTime(ofQuebec: "2025-03-05T09:00") == "2025-03-05T15:00:00")
        #expect(namurTime(ofQuebec: "2025-03-12T09:00") == "2025-03-12T14:00:00")
        #expect(namurTime(ofQuebec: "2025-04-02T09:00") == "2025-04-02T15:00:00")
        #expect(namurTime(ofQuebec: "2025-10-29T09:00") == "2025-10-29T14:00:00")
        #expect(namurTime(ofQuebec: "2025-11-05T09:00") == "2025-11-05T15:00:00")
    }

    @Test("A wall time in the spring-forward gap moves forward; an ambiguous one takes the first")
    func gapsAndOverlaps() {
        let gap = toronto.instant(of: CivilDateTime(iso: "2025-03-09T02:30")!)
        #expect(toronto.localTime(at: gap).description == "2025-03-09T03:30:00")
        let ambiguous = toronto.instant(of: CivilDateTime(iso: "2025-11-02T01:30")!)
        #expect(ambiguous.description == "2025-11-02T05:30:00Z")
    }
}
