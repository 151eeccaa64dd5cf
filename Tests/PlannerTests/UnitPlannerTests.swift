import CivilTime
import Foundation
import Testing

@testable import PlanFormat
@testable import PlanModel
@testable import Scheduling

/// A workspace planned unit by unit gives what planning it whole gives, and an edit re-plans only
/// the unit of the plan it changes.
struct UnitPlannerTests {
    static let options = PlanningOptions(calendarsDirectory: SolverSamples.calendars)

    /// 30 twinnings, one plan each; a regional delegate links every third plan: three units.
    static func network(twinnings: Int = 30, changing: [Int: (String) -> String] = [:]) throws -> (plans: [Plan], texts: [String]) {
        let files = NetworkGenerator(twinnings: twinnings, years: 1, seed: 7).files()
        var plans: [Plan] = [], texts: [String] = []
        for (index, file) in files.enumerated() {
            let text = changing[index].map { $0(file.text) } ?? file.text
            texts.append(text)
            plans.append(try PlanSamples.load(text, file: file.name))
        }
        return (plans, texts)
    }

    static func fingerprints(_ network: (plans: [Plan], texts: [String])) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(network.plans, network.texts).map { ($0.id, String($1.hashValue)) })
    }

    /// Everything a page or a feed reads of a result, in a comparable form.
    static func summary(_ result: PlanningResult) -> [String] {
        result.schedule.events.map { "\($0.planID)/\($0.id) \($0.timing.firstDate)…\($0.timing.lastDate)" }
            + [
                "status \(result.status) objective \(result.objective) bound \(result.bound) optimal \(result.optimal)",
                "hard \(result.hardViolations) open \(result.openEventIDs.sorted())",
            ]
            + result.violations.map { "violation \($0.constraint.name) \($0.cost)" }.sorted()
            + result.conflicts.map { "conflict \($0.name)" }.sorted()
            + result.fixedEventWarnings.map { "fixed \($0.constraint.name)" }
            + result.suggestions.map { "suggestion \($0.eventID) \($0.message.en)" }.sorted()
    }

    @Test func partitionJoinsPlansThatShareAPersonOrADaysOffFile() throws {
        let network = try Self.network()
        let units = PlanningUnits.partition(network.plans)
        #expect(
            units == [Array(stride(from: 0, to: 30, by: 3)), Array(stride(from: 1, to: 30, by: 3)), Array(stride(from: 2, to: 30, by: 3))])

        // Two plans that share no one, then the same two once a traveller of the first is named in the second.
        let alone = try SolverSamples.plan("  - {id: rencontre, title: Rencontre, date: 2025-06-03, host: quebec}\n", id: "a")
        /// `plan` under another id, with people of its own.
        func copy(_ plan: Plan, as id: String) -> Plan {
            var copy = plan
            copy.id = id
            for index in copy.people.indices { copy.people[index].id = "\(id)-\(plan.people[index].id)" }
            return copy
        }
        var other = copy(alone, as: "b")
        #expect(PlanningUnits.partition([alone, other]) == [[0], [1]])
        other.people[0].id = alone.people[0].id
        #expect(PlanningUnits.partition([alone, other]) == [[0, 1]])
        other.people[0].id = "b-x"
        other.partners[0].holidayFiles = ["conges": "/shared/conges.ics"]
        let third = copy(other, as: "c")
        #expect(PlanningUnits.partition([alone, other, third]) == [[0], [1, 2]])
    }

    @Test func unitsGiveWhatPlanningTheWholeGives() throws {
        let network = try Self.network()
        let whole = try WorkspacePlanner.plan(network.plans, options: Self.options)
        var planner = UnitPlanner()
        let units = try planner.plan(network.plans, fingerprints: Self.fingerprints(network), options: Self.options)
        #expect(planner.plannedUnits == 3)
        #expect(units.unitCount == 3)
        #expect(whole.status == .optimal)
        #expect(Self.summary(units) == Self.summary(whole))
    }

    @Test func anEditReplansOnlyItsUnit() throws {
        let network = try Self.network()
        var planner = UnitPlanner()
        _ = try planner.plan(network.plans, fingerprints: Self.fingerprints(network), options: Self.options)
        let edited = try Self.network(changing: [4: { $0.replacingOccurrences(of: "Comité de jumelage", with: "Comité annuel") }])
        let units = try planner.plan(edited.plans, fingerprints: Self.fingerprints(edited), options: Self.options)
        #expect(planner.plannedUnits == 1)
        #expect(planner.keptUnits == 2)
        #expect(
            units.schedule.events.filter { $0.planID == "jumelage-0004" && $0.activityID == "comite" }.map(\.title.fr) == ["Comité annuel"])
        #expect(Self.summary(units) == Self.summary(try WorkspacePlanner.plan(edited.plans, options: Self.options)))
        // Nothing changed: nothing planned.
        _ = try planner.plan(edited.plans, fingerprints: Self.fingerprints(edited), options: Self.options)
        #expect(planner.plannedUnits == 0)
    }

    /// A trial that is not saved (a refused save, a live validation) keeps the units of the result
    /// the workspace stands on: the next edit elsewhere plans only its own unit.
    @Test func aTrialKeepsTheUnitsTheWorkspaceStandsOn() throws {
        let network = try Self.network()
        var planner = UnitPlanner()
        let standing = try planner.plan(network.plans, fingerprints: Self.fingerprints(network), options: Self.options)
        let retitle = { (text: String) in text.replacingOccurrences(of: "Comité de jumelage", with: "Comité annuel") }
        let trial = try Self.network(changing: [4: retitle])
        _ = try planner.plan(trial.plans, fingerprints: Self.fingerprints(trial), options: Self.options, standing: standing)
        let secondTrial = try Self.network(changing: [4: { retitle($0).replacingOccurrences(of: "annuel", with: "annuel 2") }])
        _ = try planner.plan(secondTrial.plans, fingerprints: Self.fingerprints(secondTrial), options: Self.options, standing: standing)
        let elsewhere = try Self.network(changing: [5: retitle])
        _ = try planner.plan(elsewhere.plans, fingerprints: Self.fingerprints(elsewhere), options: Self.options, standing: standing)
        #expect(planner.plannedUnits == 1)
        #expect(planner.keptUnits == 2)
    }

    /// Every plan of the network has a `comite` and missions with the same ids: each question must
    /// be answered from its own plan's unit, whose problem is built again on demand.
    @Test func questionsAreAnsweredFromTheirOwnPlansUnit() throws {
        let network = try Self.network()
        let whole = try WorkspacePlanner.plan(network.plans, options: Self.options)
        var planner = UnitPlanner(problemsKeptUpTo: 0)
        let units = try planner.plan(network.plans, fingerprints: Self.fingerprints(network), options: Self.options)
        #expect(units.units.allSatisfy { $0.problem == nil && $0.rebuilt != nil })
        var checked = 0
        for event in whole.schedule.events where whole.openEventIDs.contains("\(event.planID)/\(event.id)") {
            let ours = try #require(EventExplanation(event.id, planID: event.planID, in: units))
            let theirs = try #require(EventExplanation(event.id, planID: event.planID, in: whole))
            #expect(ours.rendered(in: .en) == theirs.rendered(in: .en))
            #expect(ours.date == event.timing.firstDate)
            for offset in [-1, 0, 1, 7] {
                let day = event.timing.firstDate.adding(days: offset)
                #expect(
                    DateCheck(planID: event.planID, eventID: event.id, date: day, in: units)
                        == DateCheck(planID: event.planID, eventID: event.id, date: day, in: whole))
            }
            checked += 1
        }
        #expect(checked == 90)
        let proposals = try #require(DateProposals(planID: "jumelage-0005", eventID: "comite/1", count: 3, in: units))
        #expect(proposals.proposals == DateProposals(planID: "jumelage-0005", eventID: "comite/1", count: 3, in: whole)?.proposals)
    }

    /// One unit with no possible date: the workspace is infeasible with that unit's conflict, and
    /// the other units keep their solved dates.
    @Test func anInfeasibleUnitDoesNotHideTheOthers() throws {
        let impossible = """

              - id: impossible
                title: Impossible
                date: 2025-06-03
                host: quebec
                schedule:
                  window: {from: 2025-06-02, to: 2025-06-03}
                  weekdays: [fri]

            """
        let network = try Self.network(changing: [0: { $0 + impossible }])
        let whole = try WorkspacePlanner.plan(network.plans, options: Self.options)
        let solved = try WorkspacePlanner.plan(
            Array(network.plans.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)), options: Self.options)
        var planner = UnitPlanner()
        let units = try planner.plan(network.plans, fingerprints: Self.fingerprints(network), options: Self.options)
        #expect(whole.status == .infeasible)
        #expect(units.status == .infeasible)
        #expect(units.conflicts.map(\.name) == whole.conflicts.map(\.name))
        #expect(!units.conflicts.isEmpty)
        let otherUnits = units.schedule.events.filter { Int($0.planID.suffix(4)).map { $0 % 3 != 0 } ?? true }
        #expect(
            otherUnits.map { "\($0.planID)/\($0.id) \($0.timing.firstDate)" }
                == solved.schedule.events.map { "\($0.planID)/\($0.id) \($0.timing.firstDate)" })
    }
}
