import CivilTime
import Testing

/// Each kind of hard constraint, once satisfied and once impossible; an impossible plan reports
/// exactly the constraints that conflict.
@Suite("Solver constraints")
struct SolverConstraintTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var events: String
        var people = ""
        /// Satisfied: the start chosen for `event`. Violated: nil.
        var expected: String?
        var event = "a"
        /// Violated: the constraint names reported (sorted).
        var conflicts: [String] = []
        var description: String { name }
    }

    static func event(
        _ id: String = "a", kind: String = "meeting", host: String = "namur", timing: String = "date: 2025-05-05",
        schedule: String, extra: String = ""
    ) -> String {
        """
          - id: \(id)
            kind: \(kind)
            title: Rencontre \(id)
            host: \(host)
            \(timing)
        \(extra.isEmpty ? "" : extra + "\n")    schedule:
        \(schedule)

        """
    }

    static let cases: [Case] = [
        Case(name: "window satisfied", events: event(schedule: "      window: {from: 2025-05-06, to: 2025-05-09}"), expected: "2025-05-06"),
        Case(
            name: "weekdays satisfied", events: event(schedule: "      window: {from: 2025-05-05, to: 2025-05-16}\n      weekdays: [fri]"),
            expected: "2025-05-09"),
        Case(
            name: "weekdays violated", events: event(schedule: "      window: {from: 2025-05-05, to: 2025-05-08}\n      weekdays: [fri]"),
            conflicts: ["a:weekdays", "a:window"]),
        Case(
            name: "host holiday avoided (Whit Monday in Namur)",
            events: event(
                timing: "date: 2025-06-09",
                schedule: "      window: {from: 2025-06-09, to: 2025-06-10}"), expected: "2025-06-10"),
        Case(
            name: "host holiday violated",
            events: event(timing: "date: 2025-06-09", schedule: "      window: {from: 2025-06-09, to: 2025-06-09}"),
            conflicts: ["a:holidays(namur)", "a:window"]),
        Case(
            name: "construction holiday violated",
            events: event(
                host: "quebec", timing: "date: 2025-07-22",
                schedule: "      window: {from: 2025-07-21, to: 2025-08-01}"),
            conflicts: ["a:blackout(construction-holiday-2025)", "a:window"]),
        Case(
            name: "construction holiday avoided",
            events: event(
                host: "quebec", timing: "date: 2025-07-22",
                schedule: "      window: {from: 2025-07-21, to: 2025-08-08}"), expected: "2025-08-04"),
        Case(
            name: "plan blackout violated",
            events: event(schedule: "      window: {from: 2025-05-05, to: 2025-05-06}") + """
                blackouts:
                  - id: conseil
                    title: Conseil communal
                    dates: {from: 2025-05-05, to: 2025-05-06}
                    partners: [namur]

                """, conflicts: ["a:blackout(conseil)", "a:window"]),
        Case(
            name: "lead time satisfied",
            events: event(
                timing: "date: 2025-01-07",
                schedule: "      window: {from: 2025-01-07, to: 2025-03-31}\n      leadTime: 30"), expected: "2025-02-05"),
        Case(
            name: "lead time violated",
            events: event(
                timing: "date: 2025-01-07",
                schedule: "      window: {from: 2025-01-07, to: 2025-01-31}\n      leadTime: 60"), conflicts: ["a:lead-time", "a:window"]),
        Case(
            name: "no overlap with a fixed mission, counting travel days",
            events: """
                  - id: mission
                    kind: mission
                    title: Mission
                    dates: {from: 2025-04-22, to: 2025-04-24}
                    origin: quebec
                    destination: namur
                    travellers: [maire]

                """
                    + event(
                        host: "quebec", timing: "date: 2025-04-24", schedule: "      window: {from: 2025-04-21, to: 2025-04-28}",
                        extra: "    travellers: [maire]"), expected: "2025-04-28"),
        Case(
            name: "no overlap violated",
            events: """
                  - id: mission
                    kind: mission
                    title: Mission
                    dates: {from: 2025-04-22, to: 2025-04-24}
                    origin: quebec
                    destination: namur
                    travellers: [maire]

                """
                    + event(
                        host: "quebec", timing: "date: 2025-04-24", schedule: "      window: {from: 2025-04-21, to: 2025-04-25}",
                        extra: "    travellers: [maire]"), conflicts: ["a:window", "maire:no-overlap(essai/mission,essai/a)"]),
        Case(
            name: "precedence with a lag",
            events: event("b", timing: "date: 2025-05-05", schedule: "      window: {from: 2025-05-05, to: 2025-05-09}")
                + event(
                    timing: "date: 2025-05-05",
                    schedule: "      window: {from: 2025-05-05, to: 2025-05-23}\n      after: {event: b, lag: 7}"),
            expected: "2025-05-13"),
        Case(
            name: "precedence violated",
            events: event("b", timing: "date: 2025-05-12", schedule: "      window: {from: 2025-05-12, to: 2025-05-16}")
                + event(
                    timing: "date: 2025-05-05",
                    schedule: "      window: {from: 2025-05-05, to: 2025-05-16}\n      after: {event: b, lag: 7}"),
            conflicts: ["a:after(b)", "a:window", "b:window"]),
        Case(
            name: "alongside another event",
            events: event(
                "cpcfq", timing: "dates: {from: 2025-05-27, to: 2025-05-28}",
                schedule: "      window: {from: 2025-05-26, to: 2025-05-30}")
                + event(
                    timing: "date: 2025-05-05",
                    schedule: "      window: {from: 2025-05-05, to: 2025-06-30}\n      alongside: {event: cpcfq, within: 1}"),
            expected: "2025-05-26"),
        Case(
            name: "alongside the Fêtes de Wallonie",
            events: event(
                kind: "mission", timing: "dates: {from: 2025-09-01, to: 2025-09-02}",
                schedule: "      window: {from: 2025-09-01, to: 2025-09-30}\n      alongside: {holiday: fetes-de-wallonie}"),
            expected: "2025-09-17"),
        Case(
            name: "virtual meeting within everyone's working hours (the 5-hour weeks)",
            events: """
                  - id: a
                    title: Appel
                    host: quebec
                    participants: [namur]
                    mode: virtual
                    start: 2025-03-03T11:00
                    duration: 1h
                    schedule:
                      window: {from: 2025-03-03, to: 2025-03-14}

                """, expected: "2025-03-10"),
        Case(
            name: "working hours violated (a 6-hour week)",
            events: """
                  - id: a
                    title: Appel
                    host: quebec
                    participants: [namur]
                    mode: virtual
                    start: 2025-03-03T11:00
                    duration: 1h
                    schedule:
                      window: {from: 2025-03-03, to: 2025-03-07}

                """, conflicts: ["a:window", "a:working-hours"]),
        Case(
            name: "alongside the Fêtes de Wallonie violated",
            events: event(
                kind: "mission", timing: "dates: {from: 2025-10-01, to: 2025-10-02}",
                schedule: "      window: {from: 2025-10-01, to: 2025-10-31}\n      alongside: {holiday: fetes-de-wallonie}"),
            conflicts: ["a:alongside(fetes-de-wallonie)", "a:window"]),
        Case(
            name: "alongside another event violated",
            events: event(
                "cpcfq", timing: "dates: {from: 2025-05-27, to: 2025-05-28}",
                schedule: "      window: {from: 2025-05-26, to: 2025-05-30}")
                + event(
                    timing: "date: 2025-06-16",
                    schedule: "      window: {from: 2025-06-16, to: 2025-06-30}\n      alongside: {event: cpcfq, within: 1}"),
            conflicts: ["a:alongside(cpcfq)", "a:window", "cpcfq:window"]),
        Case(
            name: "spacing violated",
            events: """
                  - id: a
                    title: Comité
                    hosts: [quebec, namur]
                    start: 2025-05-06T10:00
                    repeat: {every: year, count: 2}
                    schedule:
                      window: {from: 2025-05-01, to: 2025-06-30}
                      spacing: {min: 500, max: 600}

                """, conflicts: ["a/1:window", "a/2:spacing", "a/2:window"]),
        Case(
            name: "spacing between the meetings of a series",
            events: """
                  - id: a
                    title: Comité
                    hosts: [quebec, namur]
                    start: 2025-05-06T10:00
                    repeat: {every: year, count: 2}
                    schedule:
                      window: {from: 2025-05-01, to: 2025-06-30}
                      spacing: {min: 390, max: 420}

                """, expected: "2025-05-01", event: "a/1"),
    ]

    @Test("Each constraint, satisfied or violated", arguments: cases)
    func constraint(_ sample: Case) throws {
        let result = try SolverSamples.solve(sample.events, people: sample.people)
        if let expected = sample.expected {
            #expect(result.status == .optimal, "\(result.status): \(result.conflicts.map(\.name))")
            #expect(SolverSamples.start(of: sample.event, in: result) == expected)
        } else {
            #expect(result.status == .infeasible)
            #expect(result.conflicts.map(\.name).sorted() == sample.conflicts)
            #expect(!result.suggestions.isEmpty, "a concrete repair is offered")
        }
    }

    @Test("Spacing holds along the series")
    func spacingHolds() throws {
        let result = try SolverSamples.solve(
            """
              - id: a
                title: Comité
                hosts: [quebec, namur]
                start: 2025-05-06T10:00
                repeat: {every: year, count: 2}
                schedule:
                  window: {from: 2025-05-01, to: 2025-06-30}
                  spacing: {min: 390, max: 420}

            """)
        let first = try #require(result.schedule.events.first { $0.id == "a/1" }).timing.firstDate
        let second = try #require(result.schedule.events.first { $0.id == "a/2" }).timing.firstDate
        #expect((390...420).contains(first.days(until: second)))
    }

    @Test("A busy imported calendar blocks its person's days")
    func busyCalendar() throws {
        let busy = PlanSamples.repositoryRoot.appendingPathComponent("Tests/Fixtures/ics/outlook-mayor.ics").path
        let people = "  - id: agenda\n    name: Mairesse\n    partner: quebec\n    busy: \(busy)"
        let result = try SolverSamples.solve(
            Self.event(
                host: "quebec", timing: "date: 2025-03-10",
                schedule: "      window: {from: 2025-03-10, to: 2025-03-14}",
                extra: "    travellers: [agenda]"), people: people)
        #expect(SolverSamples.start(of: "a", in: result) == "2025-03-13", "the trip of 10–12 March is busy")
    }

    @Test("A busy imported calendar that covers the whole window makes the plan infeasible")
    func busyCalendarViolated() throws {
        let busy = PlanSamples.repositoryRoot.appendingPathComponent("Tests/Fixtures/ics/outlook-mayor.ics").path
        let people = "  - id: agenda\n    name: Mairesse\n    partner: quebec\n    busy: \(busy)"
        let result = try SolverSamples.solve(
            Self.event(
                host: "quebec", timing: "date: 2025-03-10",
                schedule: "      window: {from: 2025-03-10, to: 2025-03-12}",
                extra: "    travellers: [agenda]"), people: people)
        #expect(result.status == .infeasible)
        #expect(result.conflicts.map(\.name).sorted() == ["a:busy(agenda)", "a:window"])
    }

    @Test("Fixed events stay where the plan puts them")
    func pinned() throws {
        let result = try SolverSamples.solve(
            """
              - id: fixe
                title: Fixe
                host: namur
                date: 2025-06-09

            """ + Self.event(schedule: "      window: {from: 2025-05-05, to: 2025-05-09}"))
        #expect(SolverSamples.start(of: "fixe", in: result) == "2025-06-09")
    }
}
