import CivilTime
import Testing

@testable import Scheduling

/// The days a date poll offers: allowed with the rest of the plan as solved, cheapest first, then
/// earliest; fewer when fewer are possible; none for an event whose date the plan writes.
struct DateProposalsTests {
    typealias S = SolverSamples

    static func meeting(id: String = "reunion", near: String, weekdays: String = "[tue, thu]", extra: String = "") -> String {
        """
          - id: \(id)
            title: Réunion
            date: 2025-06-10
            host: quebec
            travellers: [maire]
            schedule:
              window: {from: 2025-06-02, to: 2025-06-13}
              weekdays: \(weekdays)
              prefer: {near: \(near), weight: 1}
        \(extra)
        """
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var events: String
        var count: Int
        /// Expected (date, cost), in order.
        var expected: [(String, Int)]
        var short: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // Tuesdays and Thursdays of the window; a day's cost is its distance to 10 June.
        Case(
            name: "cheapest first", events: meeting(near: "2025-06-10"), count: 3,
            expected: [("2025-06-10", 0), ("2025-06-12", 2), ("2025-06-05", 5)], short: false),
        Case(
            name: "fewer possible days than asked", events: meeting(near: "2025-06-10"), count: 5,
            expected: [("2025-06-10", 0), ("2025-06-12", 2), ("2025-06-05", 5), ("2025-06-03", 7)], short: true),
        // 10 and 12 June both lie one day from 11 June: the earlier comes first.
        Case(
            name: "ties go to the earlier day", events: meeting(near: "2025-06-11"), count: 3,
            expected: [("2025-06-10", 1), ("2025-06-12", 1), ("2025-06-05", 6)], short: false),
        // The mayor is in Namur from 9 to 11 June: no day of his trip (with a day of travel each way) is offered.
        Case(
            name: "a day another event occupies is left out",
            events: meeting(near: "2025-06-10") + """
                  - id: voyage
                    title: Voyage
                    dates: {from: 2025-06-09, to: 2025-06-11}
                    host: namur
                    travellers: [maire]

                """, count: 3, expected: [("2025-06-05", 5), ("2025-06-03", 7)], short: true),
    ]

    @Test(arguments: cases)
    func proposes(_ example: Case) throws {
        let result = try S.solve(example.events)
        let proposals = try #require(DateProposals(planID: "essai", eventID: "reunion", count: example.count, in: result))
        #expect(proposals.proposals.map { "\($0.date)" } == example.expected.map(\.0))
        #expect(proposals.proposals.map(\.cost) == example.expected.map(\.1))
        #expect(proposals.isShort == example.short)
        #expect(proposals.requested == example.count)
        for proposal in proposals.proposals {
            let check = try #require(DateCheck(planID: "essai", eventID: "reunion", date: proposal.date, in: result))
            #expect(check.isAllowed && check.cost == proposal.cost)
        }
    }

    @Test(arguments: [(1, 3), (3, 3), (4, 4), (9, 5)])
    func theCountStaysWithinThreeToFive(asked: Int, requested: Int) throws {
        let result = try S.solve(Self.meeting(near: "2025-06-10", weekdays: "[mon, tue, wed, thu, fri]"))
        let proposals = try #require(DateProposals(planID: "essai", eventID: "reunion", count: asked, in: result))
        #expect(proposals.requested == requested)
        #expect(proposals.proposals.count == requested)
    }

    @Test(arguments: ["voyage", "inconnu"])
    func nothingForAnEventWhoseDateIsWrittenOrUnknown(eventID: String) throws {
        let result = try S.solve(
            Self.meeting(near: "2025-06-10") + """
                  - id: voyage
                    title: Voyage
                    dates: {from: 2025-06-20, to: 2025-06-21}
                    host: namur

                """)
        #expect(DateProposals(planID: "essai", eventID: eventID, count: 3, in: result) == nil)
        #expect(DateProposals(planID: "autre", eventID: "reunion", count: 3, in: result) == nil)
    }

    @Test func theSameInputsGiveTheSameProposals() throws {
        let events = Self.meeting(near: "2025-06-11", weekdays: "[mon, tue, wed, thu, fri]")
        let first = try #require(DateProposals(planID: "essai", eventID: "reunion", count: 5, in: try S.solve(events)))
        let second = try #require(DateProposals(planID: "essai", eventID: "reunion", count: 5, in: try S.solve(events)))
        #expect(first == second)
    }
}
