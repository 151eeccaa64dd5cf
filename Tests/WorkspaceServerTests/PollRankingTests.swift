import CivilTime
import Foundation
import Testing
import WorkspacePolls
import WorkspaceStore

/// The ranking of a poll's days and the days shown in each respondent's zone.
struct PollRankingTests {
    static let days = ["2026-12-07", "2026-12-08", "2026-12-09"]

    static func poll(costs: [Int]) -> Poll {
        Poll(
            id: 1,
            details: NewPoll(
                planID: "p", eventID: "e", titleFR: "T", titleEN: "T", slot: "{}",
                days: zip(days, costs).map { PollDay(date: $0, cost: $1) }, createdBy: nil, createdByName: "A",
                createdAt: Date(timeIntervalSince1970: 0), expiresAt: Date(timeIntervalSince1970: 100)),
            state: .open, closedAt: nil, confirmedDate: nil)
    }

    static let respondents = [("Traveller", PollRespondentKind.traveller), ("Guest", .guest), ("Office", .coordinator)]
        .enumerated().map { index, person in
            PollRespondent(
                id: Int64(index + 1), pollID: 1,
                details: NewPollRespondent(
                    name: person.0, personID: nil, email: nil, zone: "UTC", language: "fr", kind: person.1, tokenHash: "\(index)"))
        }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var costs: [Int]
        /// Per respondent (Traveller, Guest, Office), one letter per day: y, i (if need be), n, - (none).
        var answers: [String]
        var ruledOutByPlan: Set<String> = []
        var order: [String]
        var impossible: [String: [String]] = [:]
        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "no answer: the solver's cost, then the earlier day", costs: [1, 0, 1], answers: ["---", "---", "---"],
            order: [
                "2026-12-08", "2026-12-07", "2026-12-09",
            ]),
        Case(
            name: "a traveller's no rules the day out for them", costs: [0, 1, 2], answers: ["nyy", "y--", "---"],
            order: ["2026-12-08", "2026-12-09", "2026-12-07"], impossible: ["2026-12-07": ["Traveller"]]),
        Case(
            name: "a guest's no costs more than if need be", costs: [0, 0, 0], answers: ["yyy", "nii", "--i"],
            order: [
                "2026-12-08", "2026-12-09", "2026-12-07",
            ]),
        Case(
            name: "if need be costs more than the solver", costs: [0, 5, 9], answers: ["iyy", "---", "---"],
            order: [
                "2026-12-08", "2026-12-09", "2026-12-07",
            ]),
        Case(
            name: "a day the plan now forbids goes last", costs: [0, 1, 2], answers: ["yyy", "---", "---"], ruledOutByPlan: ["2026-12-07"],
            order: ["2026-12-08", "2026-12-09", "2026-12-07"]),
    ]

    @Test(arguments: cases)
    func ranks(_ example: Case) {
        var answers: [PollAnswer] = []
        for (respondent, letters) in zip(Self.respondents, example.answers) {
            for (day, letter) in zip(Self.days, letters) {
                let choice: PollChoice? = ["y": .yes, "i": .ifNeedBe, "n": .no][letter]
                if let choice { answers.append(PollAnswer(respondentID: respondent.id, date: day, choice: choice, at: .distantPast)) }
            }
        }
        let ranking = PollRanking(
            poll: Self.poll(costs: example.costs), respondents: Self.respondents, answers: answers,
            ruledOutByPlan: example.ruledOutByPlan)
        #expect(ranking.days.map(\.date) == example.order)
        for day in ranking.days {
            #expect(day.impossibleFor == example.impossible[day.date] ?? [], "\(day.date)")
            #expect(day.yes + day.ifNeedBe + day.no + day.unanswered == Self.respondents.count)
        }
        #expect(ranking.best?.date == example.order.first)
    }

    @Test(arguments: [
        // A timed slot moves with the zone, across midnight too; whole days stay the same days.
        (
            PollSlot.timed(start: "14:00", end: "16:00", endDayOffset: 0, zone: "America/Toronto"), "Europe/Brussels",
            "mardi 8 décembre 2026, 20:00–22:00 (Europe/Brussels)"
        ),
        (
            .timed(start: "20:00", end: "22:00", endDayOffset: 0, zone: "America/Toronto"), "Europe/Paris",
            "mercredi 9 décembre 2026, 02:00–04:00 (Europe/Paris)"
        ),
        (
            .timed(start: "09:00", end: "10:00", endDayOffset: 0, zone: "Europe/Brussels"), "America/Toronto",
            "mardi 8 décembre 2026, 03:00–04:00 (America/Toronto)"
        ),
        (.allDay(days: 3), "Pacific/Auckland", "8 décembre 2026 → 10 décembre 2026"),
        (.allDay(days: 1), "Europe/Brussels", "mardi 8 décembre 2026"),
    ])
    func showsTheDayInTheRespondentsZone(slot: PollSlot, zone: String, expected: String) throws {
        #expect(slot.text(startingOn: try #require(CivilDate(iso: "2026-12-08")), in: zone, .fr) == expected)
        #expect(PollSlot(json: slot.json) == slot)
    }
}
