import CivilTime
@testable import ICalendar
import Testing

/// The shortcuts the writer takes for plain rules (no BY parts) must agree with libical's walk.
@Suite("RecurrenceRule")
struct RecurrenceRuleTests {
    static let starts = ["2024-01-31T09:00", "2024-02-29T18:30", "2024-03-28T10:00", "2024-10-27T02:30", "2025-12-31T23:00"]
        .compactMap { CivilDateTime(iso: $0) }

    @Test func lastCountedInstanceMatchesLibicalsWalk() throws {
        var computed = 0
        try Libical.exclusive { () throws(ICalendarError) in
            for frequency in ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] {
                for interval in 1...3 {
                    for count in [1, 2, 13, 49] {
                        let rule = try RecurrenceRule("FREQ=\(frequency);INTERVAL=\(interval);COUNT=\(count)")
                        #expect(rule.isPlain)
                        for start in Self.starts {
                            guard let last = rule.lastCountedInstance(from: start) else { continue }
                            computed += 1
                            let walked = RuleIterator.instances(
                                of: rule, start: .zoned(start, zone: "Europe/Brussels"),
                                through: nil, limit: count)
                            #expect(walked.count == count && walked.last == last, "\(rule.text) from \(start)")
                        }
                    }
                }
            }
        }
        // Days after the 28th fall back to the walk monthly (2 of 5 starts computed), 29 February yearly (4 of 5).
        #expect(computed == 2 * 3 * 4 * 5 + 3 * 4 * 2 + 3 * 4 * 4)
    }

    /// libical stops every series after 2582: past it, the last instance is left to the walk.
    @Test func noComputedLastInstancePastLibicalsLastYear() throws {
        let start = try #require(CivilDateTime(iso: "2025-06-01T10:00"))
        try Libical.exclusive { () throws(ICalendarError) in
            #expect(try RecurrenceRule("FREQ=YEARLY;INTERVAL=2;COUNT=3988").lastCountedInstance(from: start) == nil)
            #expect(try RecurrenceRule("FREQ=DAILY;INTERVAL=30000;COUNT=100").lastCountedInstance(from: start) == nil)
            #expect(try RecurrenceRule("FREQ=YEARLY;COUNT=558").lastCountedInstance(from: start)?.date.year == 2582)
            #expect(try RecurrenceRule("FREQ=YEARLY;COUNT=559").lastCountedInstance(from: start) == nil)
        }
    }

    @Test func rulesWithByPartsOrSubDailyAreNotPlain() throws {
        try Libical.exclusive { () throws(ICalendarError) in
            for text in [
                "FREQ=WEEKLY;BYDAY=MO;COUNT=3", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3", "FREQ=HOURLY;COUNT=3",
                "FREQ=YEARLY;BYMONTH=3;COUNT=2", "FREQ=DAILY;BYSETPOS=1;COUNT=2",
            ] {
                let rule = try RecurrenceRule(text)
                #expect(!rule.isPlain, "\(text)")
                #expect(rule.lastCountedInstance(from: Self.starts[0]) == nil)
            }
            #expect(try RecurrenceRule("FREQ=WEEKLY;UNTIL=20250101T000000Z;WKST=SU").isPlain)
        }
    }
}
