import CivilTime
import Testing

@testable import Scheduling
import Testing

/// Long events check their day rules through running counts: the answers must be those of
/// testing every day of the event.
@Suite("Day rules over an event's span")
struct SpanRuleTests {
    @Test(arguments: [8, 30, 400])
    func runningCountsAgreeWithTestingEveryDay(length: Int) throws {
        let first = CivilDate(year: 2024, month: 1, day: 1)!
        let starts = (0..<600).map { first.adding(days: $0) }
        let blackout = CivilDate(year: 2025, month: 7, day: 20)!...CivilDate(year: 2025, month: 8, day: 2)!
        let rules: [(constraint: Int, forbids: @Sendable (CivilDate) -> Bool)] = [
            (0, { $0.month == 12 && $0.day == 25 }),
            (1, { blackout.contains($0) }),
            (2, { $0.weekday == .sunday }),
            (3, { _ in false }),
        ]
        let spanRules = try #require(ProblemBuilder.rulesOverSpan(rules, length: length, starts: starts))
        // Starts inside the precomputed span and a few outside it (before and after).
        for start in starts + [first.adding(days: -40), first.adding(days: 2_000)] {
            for (rule, spanRule) in zip(rules, spanRules) {
                let expected = (0..<length).contains { rule.forbids(start.adding(days: $0)) }
                #expect(spanRule.forbids(start) == expected, "rule \(rule.constraint), start \(start), length \(length)")
            }
        }
    }

    @Test func eventsOfAWeekOrLessTestEachDay() {
        let rules: [(constraint: Int, forbids: @Sendable (CivilDate) -> Bool)] = [(0, { $0.weekday == .sunday })]
        let starts = [CivilDate(year: 2024, month: 1, day: 1)!]
        #expect(ProblemBuilder.rulesOverSpan(rules, length: 7, starts: starts) == nil)
        #expect(ProblemBuilder.rulesOverSpan(rules, length: 8, starts: starts) != nil)
    }
}
