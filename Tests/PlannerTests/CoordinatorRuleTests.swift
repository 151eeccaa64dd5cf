import CivilTime
import Foundation
import Testing

@testable import Scheduling

/// The rules as coordinators mean them (issue 13): travel days obey the rules of the traveller's
/// home, stays may contain holidays, `days:` binds every day of a multi-day event, and a
/// festivity's own days never exclude the event meant to attend it.
@Suite("Rules as coordinators mean them")
struct CoordinatorRuleTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var events: String
        var people = ""
        /// Satisfied: the start chosen for `a`. Violated: nil.
        var expected: String?
        /// Violated: the constraint names of the minimal conflict (sorted).
        var conflicts: [String] = []
        var description: String { name }
    }

    static let electedFromLille = """
          - id: elu-lille
            name: Élu de Lille
            partner: lille
            elected: true
        """

    /// A mission of `a`, from `origin` to `host`, written on `dates`, open in `window`.
    static func mission(host: String, origin: String, dates: String, window: String, extra: String = "", rules: String = "") -> String {
        """
          - id: a
            kind: mission
            title: Mission
            dates: \(dates)
            origin: \(origin)
            destination: \(host)
        \(extra.isEmpty ? "" : extra + "\n")    schedule:
              window: \(window)
        \(rules.isEmpty ? "" : rules + "\n")
        """
    }

    static let cases: [Case] = [
        // 2. Travel days obey the rules of the traveller's home.
        Case(
            name: "an elected official from Lille does not fly on the second round of the municipal elections (22 March 2026)",
            events: mission(
                host: "quebec", origin: "lille", dates: "{from: 2026-03-23, to: 2026-03-27}",
                window: "{from: 2026-03-16, to: 2026-04-30}", extra: "    travellers: [elu-lille]"),
            people: electedFromLille, expected: "2026-03-24"),
        Case(
            name: "the travel day alone conflicts with the elections",
            events: mission(
                host: "quebec", origin: "lille", dates: "{from: 2026-03-23, to: 2026-03-27}",
                window: "{from: 2026-03-23, to: 2026-03-27}", extra: "    travellers: [elu-lille]"),
            people: electedFromLille, conflicts: ["a:blackout(municipal-elections-2026)", "a:window"]),
        Case(
            name: "a plan blackout of the traveller binds the travel day before the mission",
            events: mission(
                host: "namur", origin: "quebec", dates: "{from: 2025-05-06, to: 2025-05-07}",
                window: "{from: 2025-05-06, to: 2025-05-16}", extra: "    travellers: [maire]") + """
                    blackouts:
                      - id: conseil
                        title: Conseil municipal
                        date: 2025-05-05
                        people: [maire]

                    """, expected: "2025-05-07"),
        Case(
            name: "an imported busy calendar binds the travel days (busy 10-12 March, travel on the 13th)",
            events: """
                  - id: a
                    kind: meeting
                    title: Rencontre
                    host: namur
                    date: 2025-03-10
                    travellers: [agenda]
                    schedule:
                      window: {from: 2025-03-10, to: 2025-03-21}

                """,
            people: "  - id: agenda\n    name: Mairesse\n    partner: quebec\n    busy: "
                + PlanSamples.repositoryRoot.appendingPathComponent("Tests/Fixtures/ics/outlook-mayor.ics").path,
            expected: "2025-03-14"),

        // 3. Stays may contain holidays: they bind the arrival and departure days.
        Case(
            name: "a two-month staff exchange in Québec contains Thanksgiving",
            events: mission(
                host: "quebec", origin: "namur", dates: "{from: 2025-09-02, to: 2025-11-01}",
                window: "{from: 2025-08-25, to: 2025-11-30}", rules: "      holidays: host"),
            expected: "2025-09-02"),
        Case(
            name: "a stay does not arrive on Labour Day",
            events: mission(
                host: "quebec", origin: "namur", dates: "{from: 2025-09-01, to: 2025-10-31}",
                window: "{from: 2025-09-01, to: 2025-10-31}", rules: "      holidays: host"),
            conflicts: ["a:holidays(quebec)", "a:window"]),
        Case(
            name: "the holidays of France at home do not push a ten-day stay in Québec (8 May inside)",
            events: mission(
                host: "quebec", origin: "lille", dates: "{from: 2025-05-05, to: 2025-05-14}",
                window: "{from: 2025-05-01, to: 2025-06-30}", rules: "      holidays: everyone"),
            expected: "2025-05-05"),
        Case(
            name: "stay: true makes a three-day visit a stay (Whit Monday inside)",
            events: mission(
                host: "namur", origin: "quebec", dates: "{from: 2025-06-08, to: 2025-06-10}",
                window: "{from: 2025-06-08, to: 2025-06-10}", extra: "    stay: true"),
            expected: "2025-06-08"),
        Case(
            name: "stay: false keeps every day of a long mission free of holidays (Fête nationale inside)",
            events: mission(
                host: "quebec", origin: "namur", dates: "{from: 2025-06-20, to: 2025-06-29}",
                window: "{from: 2025-06-20, to: 2025-06-29}", extra: "    stay: false"),
            conflicts: ["a:holidays(quebec)", "a:window"]),

        // 4. `weekdays` binds the first day, `days` every day.
        Case(
            name: "three-day Assises on weekdays only: Wednesday to Friday, not Thursday to Saturday",
            events: """
                  - id: a
                    kind: event
                    title: Assises
                    host: lille
                    dates: {from: 2025-10-09, to: 2025-10-11}
                    schedule:
                      window: {from: 2025-10-06, to: 2025-10-17}
                      days: [mon, tue, wed, thu, fri]

                """, expected: "2025-10-08"),
        Case(
            name: "starts on a Monday, every day a weekday (days in French)",
            events: """
                  - id: a
                    kind: event
                    title: Assises
                    host: lille
                    dates: {from: 2025-10-09, to: 2025-10-11}
                    schedule:
                      window: {from: 2025-10-06, to: 2025-10-17}
                      weekdays: [mon]
                      days: [lun, mar, mer, jeu, ven]

                """, expected: "2025-10-06"),
        Case(
            name: "three weekdays cannot start on a Thursday",
            events: """
                  - id: a
                    kind: event
                    title: Assises
                    host: lille
                    dates: {from: 2025-10-09, to: 2025-10-11}
                    schedule:
                      window: {from: 2025-10-06, to: 2025-10-17}
                      weekdays: [thu]
                      days: [mon, tue, wed, thu, fri]

                """, conflicts: ["a:days", "a:weekdays"]),

        // 5. The festivity's own days, the Walloon day included, never exclude the event.
        Case(
            name: "a five-day mission for the Fêtes de Wallonie keeps their Thursday-to-Monday (16-20 September 2027)",
            events: mission(
                host: "namur", origin: "quebec", dates: "{from: 2027-09-16, to: 2027-09-20}",
                window: "{from: 2027-09-01, to: 2027-09-30}", rules: "      alongside: {holiday: fetes-de-wallonie}"),
            expected: "2027-09-16"),
    ]

    @Test("Each rule, satisfied or violated", arguments: cases)
    func rule(_ sample: Case) throws {
        let result = try SolverSamples.solve(sample.events, people: sample.people)
        if let expected = sample.expected {
            #expect(result.status == .optimal, "\(result.status): \(result.conflicts.map(\.name))")
            #expect(SolverSamples.start(of: "a", in: result) == expected)
            #expect(result.hardViolations == 0)
        } else {
            #expect(result.status == .infeasible)
            #expect(result.conflicts.map(\.name).sorted() == sample.conflicts)
        }
    }

    @Test(
        "Which events are stays: longer than a week, unless `stay:` says otherwise",
        arguments: [
            ("{from: 2025-06-01, to: 2025-06-07}", "", false), ("{from: 2025-06-01, to: 2025-06-08}", "", true),
            ("{from: 2025-06-01, to: 2025-06-08}", "    stay: false\n", false),
            ("{from: 2025-06-01, to: 2025-06-03}", "    stay: true\n", true),
        ])
    func stays(dates: String, key: String, stay: Bool) throws {
        let plan = try SolverSamples.plan("  - id: a\n    title: Mission\n    host: namur\n    dates: \(dates)\n\(key)")
        #expect(try #require(plan.activities.first).isStay == stay)
    }

    @Test("`days:` names at least one day")
    func emptyDays() throws {
        let text =
            SolverSamples.header() + """
                  - id: a
                    title: Assises
                    host: lille
                    dates: {from: 2025-10-09, to: 2025-10-11}
                    schedule:
                      window: {from: 2025-10-06, to: 2025-10-17}
                      days: []

                """
        let issues = PlanSamples.issues(text)
        let position = PlanSamples.position(of: "days: []", in: text)
        #expect(
            issues.map { "\($0.location.line):\($0.location.column) \($0.message.en)" } == [
                "\(position.line):\(position.column + 6) 'days' names no day"
            ], "at the value")
    }
}
