import CivilTime
import Testing

@testable import PlanModel
@testable import PlanFormat
@testable import Scheduling

@Suite("Schedule")
struct SchedulerTests {
    @Test("The 25th anniversary of the 28 Oct 1999 twinning falls on 28 Oct 2024")
    func twentyFifthAnniversary() throws {
        let plan = try PlanLoader.load(file: PlanSamples.realPlanFiles[0])
        let anniversaries = Scheduler.schedule([plan]).events.filter {
            if case .anniversary = $0.origin { return true } else { return false }
        }
        #expect(anniversaries.map(\.timing.firstDate) == [CivilDate(iso: "2024-10-28")!])
        let event = try #require(anniversaries.first)
        #expect(event.title.fr == "25e anniversaire du jumelage Québec–Namur")
        #expect(event.title.en == "25th anniversary of the Québec–Namur twinning")
        #expect(event.audiences == [.public])
    }

    @Test("Milestones are configurable: every 10 years from the 10th")
    func configurableMilestones() throws {
        let text = PlanSamples.header
            .replacingOccurrences(of: "anniversaries: {every: 5}", with: "anniversaries: {every: 10, from: 10}")
            .replacingOccurrences(of: "horizon: {from: 2024-01-01, to: 2026-12-31}", with: "horizon: {from: 2000-01-01, to: 2030-12-31}")
        let events = Scheduler.schedule([try PlanSamples.load(text)]).events
        #expect(events.map(\.timing.firstDate.description) == ["2009-10-28", "2019-10-28", "2029-10-28"])
        #expect(events.map(\.id) == ["jumelage-10", "jumelage-20", "jumelage-30"])
    }

    @Test("Hosts alternate along a series, each occurrence in its host's zone, starting with the first host")
    func alternatingHosts() throws {
        let plan = try PlanLoader.load(file: PlanSamples.realPlanFiles[0])
        let committee = Scheduler.schedule([plan]).events.filter { $0.activityID == "comite-suivi" }
        #expect(committee.map(\.hostID) == ["quebec", "namur", "quebec"])
        #expect(
            committee.map { $0.timing } == [
                .timed(
                    start: CivilDateTime(iso: "2024-06-11T10:00")!, end: CivilDateTime(iso: "2024-06-11T13:00")!, zone: "America/Toronto"),
                .timed(
                    start: CivilDateTime(iso: "2025-06-11T10:00")!, end: CivilDateTime(iso: "2025-06-11T13:00")!, zone: "Europe/Brussels"),
                .timed(
                    start: CivilDateTime(iso: "2026-06-11T10:00")!, end: CivilDateTime(iso: "2026-06-11T13:00")!, zone: "America/Toronto"),
            ])
        #expect(committee.allSatisfy { $0.series?.singleRule == false })
        #expect(Set(committee.map(\.uid)).count == 3)
    }

    @Test("Monthly repetition skips months without the day, as RFC 5545 does")
    func monthlySkipsShortMonths() {
        let rule = Repetition(unit: .month, interval: 1, count: 4, until: nil, exceptions: [])
        #expect(
            rule.occurrenceDates(from: CivilDate(iso: "2025-01-31")!).map(\.description)
                == ["2025-01-31", "2025-03-31", "2025-05-31", "2025-07-31"])
        let leap = Repetition(unit: .year, interval: 1, count: 2, until: nil, exceptions: [])
        #expect(leap.occurrenceDates(from: CivilDate(iso: "2024-02-29")!).map(\.description) == ["2024-02-29", "2028-02-29"])
    }

    @Test("A left-out occurrence keeps the numbering of the others stable")
    func exceptionsKeepIndices() throws {
        let plan = try PlanLoader.load(file: PlanSamples.realPlanFiles[0])
        let calls = Scheduler.schedule([plan]).events.filter { $0.activityID == "point-coordination" }
        #expect(!calls.contains { $0.timing.firstDate == CivilDate(iso: "2025-08-06")! })
        #expect(calls.contains { $0.id == "point-coordination/8" && $0.timing.firstDate == CivilDate(iso: "2025-11-06")! })
        #expect(calls.allSatisfy { $0.series?.singleRule == true && $0.series?.count == 12 })
        #expect(Set(calls.map(\.uid)).count == 1)
    }

    @Test("A series without count or until ends with the plan's horizon")
    func horizonBoundsSeries() throws {
        let plan = try PlanSamples.load(
            PlanSamples.plan(
                events: """
                      - id: appel
                        title: Appel
                        host: quebec
                        start: 2026-10-01T09:00
                        repeat: {every: month}
                    """))
        #expect(Scheduler.schedule([plan]).events.filter { $0.activityID == "appel" }.count == 3)
    }
}
