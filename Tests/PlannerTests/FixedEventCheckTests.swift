import Bilingual
import Foundation
import TestSupport
import YAMLReading
import Testing

@testable import PlanFormat
@testable import Scheduling

/// Events whose dates the plan writes are checked against every hard rule that binds open
/// events, and each rule they break is a warning at the line of their dates; they never move.
@Suite("Rules checked on events with written dates")
struct FixedEventCheckTests {
    static var fixture: String { Repository.fixtures.appendingPathComponent("good/fixed-events.yaml").path }

    static func plan(_ paths: [String]) throws -> PlanningResult {
        try WorkspacePlanner.plan(try PlanLoader.load(paths: paths), options: PlanningOptions(calendarsDirectory: SolverSamples.calendars))
    }

    /// Event, rule and line of each warning, in the order of the events' dates.
    static let expected: [(event: String, rule: String, line: Int)] = [
        ("mission-paques", "mission-paques:holidays(namur)", 54),
        ("appel-tot", "appel-tot:working-hours", 67),
        ("comite-samedi", "comite-samedi:weekdays", 42),
        ("forum-namur", "agente-quebec:no-overlap(dates-ecrites/seminaire-quebec,dates-ecrites/forum-namur)", 87),
        ("visite-construction", "visite-construction:blackout(construction-holiday-2025)", 48),
        ("reunion-noel", "reunion-noel:holidays(namur)", 36),
        ("mission-lyon", "mission-lyon:blackout(municipal-elections-2026)", 60),
    ]

    @Test("Each rule a written date breaks is a warning naming the rule and the line of the dates")
    func warnings() throws {
        let result = try Self.plan([Self.fixture])
        #expect(result.status == .fixed)
        let found = result.fixedEventWarnings.map { "\($0.eventID) \($0.constraint.name) \($0.location.line)" }
        #expect(found == Self.expected.map { "\($0.event) \($0.rule) \($0.line)" })
        #expect(result.fixedEventWarnings.allSatisfy { $0.location.file == Self.fixture && $0.location.column == 12 })
    }

    @Test("Written dates stay as written")
    func nothingMoves() throws {
        let plans = try PlanLoader.load(paths: [Self.fixture])
        let result = try WorkspacePlanner.plan(plans, options: PlanningOptions(calendarsDirectory: SolverSamples.calendars))
        #expect(result.schedule.events.map(\.timing) == Scheduler.schedule(plans).events.map(\.timing))
    }

    @Test("The text, the JSON and the --strict error give the same warning in both languages")
    func rendered() throws {
        let result = try Self.plan([Self.fixture])
        let christmas = try #require(result.fixedEventWarnings.first { $0.eventID == "reunion-noel" })
        #expect(
            christmas.text.en
                == "\(Self.fixture):36:12: 'Réunion à Namur' [reunion-noel], on 25 December 2025 (a date written in the plan), "
                + "breaks reunion-noel:holidays(namur): not on the holidays of Ville de Namur (BE, BE-FWB, BE-WAL, BE-WAL-NAMUR): Christmas Day (25 December 2025)"
        )
        #expect(
            christmas.text.fr
                == "\(Self.fixture):36:12: « Réunion à Namur » [reunion-noel], le 25 décembre 2025 (date écrite dans le plan), "
                + "enfreint reunion-noel:holidays(namur) : pas pendant les jours fériés de Ville de Namur (BE, BE-FWB, BE-WAL, BE-WAL-NAMUR) : Noël (25 décembre 2025)"
        )
        let lyon = try #require(result.fixedEventWarnings.first { $0.eventID == "mission-lyon" })
        #expect(lyon.constraint.message.en.hasSuffix("(travel days included)"))

        let summary = ResultSummary.render(result, language: .en)
        #expect(summary.hasPrefix("Warnings:\n  - \(Self.fixture):54:12: 'Mission à Namur' [mission-paques]"))
        #expect(summary.components(separatedBy: "\n  - ").count == Self.expected.count + 1)
        let report = ScheduleReport(result: result, language: .fr)
        #expect(report.warnings == result.fixedEventWarnings.map { $0.text.fr })
        let strict = SourceError(result.fixedEventWarnings.map(\.issue)).rendered(in: .en)
        #expect(strict.hasPrefix("\(Self.fixture):36:12: error: 'Réunion à Namur' [reunion-noel]"))
        #expect(strict.contains("\n  fix: if the date is right (the event took place), nothing to do"))
    }

    @Test("--explain of an event with written dates lists the rules it breaks")
    func explained() throws {
        let result = try Self.plan([Self.fixture])
        let christmas = try #require(EventExplanation("reunion-noel", in: result)).rendered(in: .en)
        #expect(
            christmas == """
                Réunion à Namur [reunion-noel]: Thursday 25 December 2025
                Date fixed by the plan: the solver does not move it.
                Rules it breaks:
                  - reunion-noel:holidays(namur): not on the holidays of Ville de Namur (BE, BE-FWB, BE-WAL, BE-WAL-NAMUR): Christmas Day (25 December 2025)

                """)
        let ordinary = try #require(EventExplanation("reunion-ordinaire", in: result)).rendered(in: .fr)
        #expect(!ordinary.contains("enfreint") && !ordinary.contains("Règles"))
    }

    @Test("The real plans: the Namur visits in the construction holiday and the April 2025 mission over Easter Monday, until recorded held")
    func realPlans() throws {
        // The plans record these three held (outcome: held): the dates are settled, nothing is
        // left to warn about. Without the records, the checker finds each of them.
        var unrecorded = try PlanLoader.load(paths: PlanSamples.realPlanFiles)
        for plan in unrecorded.indices {
            for activity in unrecorded[plan].activities.indices { unrecorded[plan].activities[activity].outcomes = [:] }
        }
        let unrecordedRules = Set(
            try WorkspacePlanner.plan(unrecorded, options: PlanningOptions(calendarsDirectory: SolverSamples.calendars))
                .fixedEventWarnings.map(\.constraint.name))
        let result = try Self.plan(PlanSamples.realPlanFiles)
        let rules = Set(result.fixedEventWarnings.map(\.constraint.name))
        for rule in [
            "visite-namur-terrebonne-2025:blackout(construction-holiday-2025)",
            "visite-namur-quebec-2025:blackout(construction-holiday-2025)",
            "mission-terrebonne-namur-2025:holidays(namur)",
        ] {
            #expect(unrecordedRules.contains(rule), "\(rule)")
            #expect(!rules.contains(rule), "\(rule)")
        }
        #expect(rules == ["reunion-suivi/5:weekdays", "reunion-suivi/8:weekdays"])
        let mission = try #require(result.schedule.events.first { $0.id == "mission-terrebonne-namur-2025" })
        #expect(mission.timing.days.first.description == "2025-04-20" && mission.timing.days.last.description == "2025-04-25")
        let visit = try #require(result.schedule.events.first { $0.id == "visite-namur-quebec-2025" })
        #expect(visit.timing.days.first.description == "2025-07-27")
    }
}
