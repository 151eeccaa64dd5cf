import Bilingual
import CivilTime
import Foundation
import Testing

@testable import Scheduling

/// "The steering committee meets yearly, if possible alongside the CPCFQ" (seed 004): links may
/// be soft, pair occurrences by year, and repairs move the linked event, not the one it follows.
struct SoftLinkTests {
    typealias S = SolverSamples

    static func commission(open: Bool = false, count: Int = 2) -> String {
        """
          - id: cpcfq
            title: Commission permanente
            dates: {from: 2025-05-27, to: 2025-05-28}
            host: quebec
            repeat: {every: year, interval: 2, count: \(count)}
        \(open ? "    schedule:\n      window: {from: 2025-05-20, to: 2025-05-31}\n" : "")
        """
    }

    static func committee(window: String = "{from: 2025-05-01, to: 2025-06-30}", link: String) -> String {
        """
          - id: comite
            title: Comité de pilotage
            start: 2025-05-29T14:00
            duration: 3h
            host: quebec
            repeat: {every: year, count: 3}
            schedule:
              window: \(window)
              alongside: \(link)

        """
    }

    static func starts(_ result: PlanningResult, _ activity: String) -> [String] {
        result.schedule.events.filter { $0.activityID == activity }.map(\.timing.firstDate.description)
    }

    @Test(arguments: ["{event: cpcfq, within: 2}", "{event: cpcfq, within: 2, weight: 5}"])
    func aYearlyCommitteeMeetsBesideATwoYearlyCommissionWhenItMeets(link: String) throws {
        let result = try S.solve(Self.commission() + Self.committee(link: link))
        #expect(result.status == .optimal)
        let committee = Self.starts(result, "comite")
        #expect(committee.count == 3)
        // Beside the commission in 2025 and 2027; free in 2026, when there is none.
        for (index, year) in [(0, 2025), (2, 2027)] {
            let start = try #require(CivilDate(iso: committee[index]))
            #expect(start.year == year)
            #expect(abs(start.days(until: CivilDate(year: year, month: 5, day: 27)!)) <= 4, "\(committee)")
        }
        #expect(result.violations.allSatisfy { $0.constraint.kind != .alongside })
    }

    @Test func aSoftLinkThatCannotHoldCostsItsWeight() throws {
        let window = "{from: 2025-06-10, to: 2025-06-30}"
        let hard = try S.solve(Self.commission() + Self.committee(window: window, link: "{event: cpcfq, within: 2}"))
        #expect(hard.status == .infeasible)
        let soft = try S.solve(Self.commission() + Self.committee(window: window, link: "{event: cpcfq, within: 2, weight: 5}"))
        #expect(soft.status == .optimal)
        let broken = soft.violations.filter { $0.constraint.kind == .alongside }
        // The window moves along the series: 2025 and 2027 both miss the commission, 2026 has none.
        #expect(broken.map(\.constraint.name) == ["comite/1:alongside(cpcfq/1)", "comite/3:alongside(cpcfq/2)"])
        #expect(broken.map(\.cost) == [50, 50])
        #expect(broken.first?.constraint.message.en == "if possible within 2 days of 'Commission permanente'")
    }

    @Test func aSoftLinkWinsOverAWeakerPreferenceAndLosesToAStrongerOne() throws {
        func committee(weight: Int) -> String {
            Self.committee(link: "{event: cpcfq, within: 2, weight: \(weight)}")
                .replacingOccurrences(of: "      alongside:", with: "      prefer: {near: 2025-06-20, weight: 2}\n      alongside:")
        }
        // 24 days from the commission cost 2 × 22 = 44 in distance to 20 June; the link costs 10 × weight.
        let strong = try S.solve(Self.commission() + committee(weight: 9))
        #expect(Self.starts(strong, "comite").first.flatMap { CivilDate(iso: $0) }.map { $0 <= CivilDate(iso: "2025-05-30")! } == true)
        let weak = try S.solve(Self.commission() + committee(weight: 1))
        #expect(Self.starts(weak, "comite").first.flatMap { CivilDate(iso: $0) }.map { $0 >= CivilDate(iso: "2025-06-16")! } == true)
    }

    @Test func repairsMoveTheCommitteeNotTheCommissionUnlessAsked() throws {
        // One commission only: a single conflict, which one relaxation resolves.
        let plan = try S.plan(
            Self.commission(open: true, count: 1)
                + Self.committee(window: "{from: 2025-06-10, to: 2025-06-30}", link: "{event: cpcfq, within: 2}"))
        let result = try S.solve([plan])
        #expect(result.status == .infeasible)
        let conflict = Set(result.conflicts.map(\.name))
        #expect(conflict == ["cpcfq/1:window", "comite/1:window", "comite/1:alongside(cpcfq/1)"])
        let repaired = Set(result.suggestions.compactMap(\.constraint))
        #expect(repaired == ["comite/1:window", "comite/1:alongside(cpcfq/1)"])

        var options = PlanningOptions(calendarsDirectory: S.calendars)
        options.repairsMoveLinkedEvents = true
        let asked = try WorkspacePlanner.plan([plan], options: options)
        #expect(Set(asked.suggestions.compactMap(\.constraint)) == ["cpcfq/1:window", "comite/1:window", "comite/1:alongside(cpcfq/1)"])
    }

    @Test func weightOnAFestivityIsRefused() throws {
        let issues = PlanSamples.issues(
            S.header() + """
                  - id: mission
                    title: Mission
                    dates: {from: 2027-09-16, to: 2027-09-20}
                    host: namur
                    schedule:
                      window: {from: 2027-09-01, to: 2027-09-30}
                      alongside: {holiday: fetes-de-wallonie, weight: 3}

                """)
        #expect(issues.map(\.message.en) == ["'weight' only applies to a link to an event"])
    }

    /// `after: {event: lancement/1}` names one occurrence: every occurrence of the series
    /// follows it, whatever its year.
    @Test func anOccurrenceNamedBindsEveryOccurrence() throws {
        let result = try S.solve(
            """
              - id: lancement
                title: Lancement
                date: 2026-06-02
                host: quebec
                repeat: {every: year, count: 2}
              - id: atelier
                title: Atelier
                date: 2025-03-04
                host: quebec
                repeat: {every: year, count: 3}
                schedule:
                  windows: [{from: 2025-01-06, to: 2025-12-19}]
                  after: {event: lancement/1, lag: 0}

            """)
        #expect(result.status == .infeasible, "atelier/1 (2025) cannot follow lancement/1 (June 2026)")
        #expect(result.conflicts.map(\.name).contains("atelier/1:after(lancement/1)"))
    }

    /// A commission held twice a year: the yearly committee is linked to the nearer one only.
    @Test func aTwiceYearlyCommissionPairsOnceAYear() throws {
        let result = try S.solve(
            """
              - id: commission
                title: Commission
                date: 2025-03-12
                host: quebec
                repeat: {every: month, interval: 6, count: 4}
              - id: comite
                title: Comité
                date: 2025-09-10
                host: quebec
                repeat: {every: year, count: 2}
                schedule:
                  window: {from: 2025-09-01, to: 2025-09-30}
                  alongside: {event: commission, within: 2}

            """)
        #expect(result.status == .optimal)
        let links = result.problem?.constraints.filter { $0.kind == .alongside }.map(\.name).sorted() ?? []
        #expect(links == ["comite/1:alongside(commission/2)", "comite/2:alongside(commission/4)"])
    }

    /// `--explain` counts the soft links an event breaks in its cost, and offers dates that break
    /// them as alternatives.
    @Test func explanationsCountSoftLinks() throws {
        let result = try S.solve(
            """
              - id: cpcfq
                title: Commission
                date: 2025-05-27
                host: quebec
                schedule:
                  window: {from: 2025-05-20, to: 2025-05-31}
              - id: comite
                title: Comité
                date: 2025-06-20
                host: quebec
                schedule:
                  window: {from: 2025-06-10, to: 2025-06-30}
                  alongside: {event: cpcfq, within: 2, weight: 1}

            """)
        let committee = try #require(EventExplanation("comite", in: result))
        #expect(committee.cost == 10)
        #expect(committee.costs.map(\.constraint.name) == ["comite:alongside(cpcfq)"])
        let commission = try #require(EventExplanation("cpcfq", in: result))
        #expect(!commission.alternatives.isEmpty)
    }
}
