import CivilTime
import Foundation
import Testing

@testable import Scheduling

/// Cases found in review: each once went wrong.
@Suite("Solver regressions")
struct SolverRegressionTests {
    @Test("Relaxing a window never closes the window's own days: the holiday is part of the conflict, with a repair")
    func windowOutsideHorizon() throws {
        let result = try SolverSamples.solve([
            SolverSamples.plan(
                """
                  - id: fixe
                    title: Fixe
                    host: namur
                    date: 2025-12-31
                  - id: a
                    title: Comité
                    host: namur
                    date: 2026-05-25
                    schedule:
                      window: {from: 2026-05-25, to: 2026-05-25}
                      after: {event: fixe, lag: 0}

                """, horizon: "{from: 2025-01-01, to: 2025-12-31}")
        ])
        #expect(result.status == .infeasible)
        let names = result.conflicts.map(\.name)
        #expect(names.contains("a:holidays(namur)"))
        #expect(names.count == 2, "window + holiday, or precedence + holiday: both are minimal")
        #expect(!result.suggestions.isEmpty)
        #expect(
            result.suggestions.allSatisfy { suggestion in names.contains(suggestion.constraint ?? "") },
            "a repair is offered only for a constraint whose relaxation alone makes the plan feasible")
    }

    @Test("Holidays hold past the horizon for a counted series (Whit Monday 2027 in Namur)")
    func holidaysPastHorizon() throws {
        let result = try SolverSamples.solve([
            SolverSamples.plan(
                """
                  - id: a
                    title: Comité
                    host: namur
                    date: 2025-05-17
                    repeat: {every: year, count: 3}
                    schedule:
                      window: {from: 2025-05-17, to: 2025-05-18}
                      weekdays: [mon, tue, wed, thu, fri, sat, sun]

                """, horizon: "{from: 2025-01-01, to: 2025-12-31}")
        ])
        #expect(result.status == .optimal)
        #expect(SolverSamples.start(of: "a/3", in: result) == "2027-05-18", "2027-05-17 is Whit Monday")
        #expect(result.hardViolations == 0)
    }

    @Test("Spacing across a left-out occurrence counts both steps")
    func spacingAcrossException() throws {
        let result = try SolverSamples.solve(
            """
              - id: a
                title: Comité
                host: namur
                start: 2025-05-06T10:00
                repeat: {every: year, count: 3, except: [2026-05-06]}
                schedule:
                  window: {from: 2025-05-01, to: 2025-06-30}
                  spacing: {min: 300, max: 430}

            """)
        #expect(result.status == .optimal)
    }

    @Test("Occurrence k follows occurrence k; a left-out occurrence pairs with nothing")
    func pairingWithMissingOccurrence() throws {
        let result = try SolverSamples.solve(
            """
              - id: b
                title: Technique
                host: namur
                start: 2025-03-04T10:00
                repeat: {every: year, count: 3, except: [2026-03-04]}
                schedule:
                  window: {from: 2025-03-01, to: 2025-03-31}
              - id: a
                title: Suivi
                host: namur
                start: 2025-05-06T10:00
                repeat: {every: year, count: 3}
                schedule:
                  window: {from: 2025-05-01, to: 2025-06-30}
                  after: {event: b, lag: 30}

            """)
        #expect(result.status == .optimal)
        #expect(SolverSamples.start(of: "a/2", in: result) == "2026-05-06")
    }

    @Test("A monthly series from the 31st moves its window with the months it really skips")
    func monthEndSeries() throws {
        let result = try SolverSamples.solve(
            """
              - id: m
                title: Réunion
                host: namur
                start: 2025-01-31T10:00
                repeat: {every: month, count: 3}
                schedule:
                  window: {from: 2025-01-27, to: 2025-01-31}

            """)
        #expect(result.status == .optimal)
        #expect(["m/1", "m/2", "m/3"].map { SolverSamples.start(of: $0, in: result) } == ["2025-01-31", "2025-03-31", "2025-05-30"])
        #expect(result.objective == 1, "only 31 May (a Saturday) moves, by one day")
    }

    @Test("No travel day between neighbours on the same side of the ocean; an explicit 0 is kept")
    func travelDays() throws {
        let lille = """
              - id: fixe
                title: Lille
                host: lille
                date: 2025-05-07
                travellers: [bourgmestre]
              - id: a
                title: Namur
                host: namur
                date: 2025-05-08
                travellers: [bourgmestre]
                schedule:
                  window: {from: 2025-05-06, to: 2025-05-06}

            """
        #expect(try SolverSamples.solve(lille).status == .optimal)
        let explicit = try SolverSamples.solve(
            """
              - id: fixe
                kind: mission
                title: Québec
                dates: {from: 2025-05-05, to: 2025-05-06}
                destination: quebec
                travelDays: 0
                travellers: [bourgmestre]
              - id: a
                title: Namur
                host: namur
                date: 2025-05-07
                travellers: [bourgmestre]
                schedule:
                  window: {from: 2025-05-07, to: 2025-05-07}

            """)
        #expect(explicit.status == .optimal)
    }

    @Test("Every independent impossibility is explained, not only the first")
    func everyInfeasibleGroup() throws {
        let result = try SolverSamples.solve(
            """
              - id: a
                title: A
                host: namur
                date: 2025-06-09
                schedule:
                  window: {from: 2025-06-09, to: 2025-06-09}
              - id: b
                title: B
                host: quebec
                date: 2025-06-24
                schedule:
                  window: {from: 2025-06-24, to: 2025-06-24}

            """)
        #expect(result.status == .infeasible)
        #expect(Set(result.conflicts.map(\.eventID)) == ["a", "b"])
    }

    @Test("Explaining a hard conflict respects the time limit")
    func explanationTimeLimit() throws {
        let events = (1...8).map { index in
            SolverConstraintTests.event(
                "e\(index)", host: "quebec", timing: "date: 2025-05-05",
                schedule: "      window: {from: 2025-05-05, to: 2025-05-13}", extra: "    travellers: [maire]")
        }.joined()
        let started = Date()
        let result = try WorkspacePlanner.plan(
            [SolverSamples.plan(events)],
            options: PlanningOptions(calendarsDirectory: SolverSamples.calendars, seconds: 0.3))
        #expect(result.status == .infeasible || result.status == .unknown)
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
