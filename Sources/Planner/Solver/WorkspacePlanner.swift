import Bilingual
import CivilTime
import Foundation
import PlaceCalendars

/// Plans a workspace: expands the plans, chooses the open dates under every hard constraint,
/// and explains the result.
public enum WorkspacePlanner {
    public static func plan(_ plans: [Plan], options: PlanningOptions = PlanningOptions()) throws -> PlanningResult {
        let draft = Scheduler.schedule(plans)
        var warnings: [LocalizedText] = []
        let span = dates(of: draft)
        let calendars = try loadCalendars(plans: plans, span: span, options: options, warnings: &warnings)
        let busy = loadBusyCalendars(plans: plans, span: span, warnings: &warnings)
        var builder = ProblemBuilder(schedule: draft, calendars: calendars, busy: busy, previous: options.previous)
        let problem = builder.build()
        var result = PlanningResult(schedule: draft, status: .fixed, objective: 0, bound: 0, optimal: true, violations: [], conflicts: [],
                                    suggestions: [], warnings: warnings, hardViolations: 0,
                                    openEventIDs: Set(problem.variables.map { "\($0.planID)/\($0.eventID)" }),
                                    searchNodes: 0, timedOut: false, problem: problem, assignment: nil)
        guard !problem.variables.isEmpty else { return result }

        let solver = ConstraintSolver(problem: problem, limits: .init(nodesPerComponent: options.nodesPerComponent, seconds: options.seconds))
        let outcome = solver.solve(onlyFeasibility: options.firstSchedule)
        result.searchNodes = outcome.nodes
        result.timedOut = outcome.timedOut
        guard let assignment = outcome.assignment else {
            if !outcome.infeasibleComponents.isEmpty {
                result.status = .infeasible
                let deadline = Date().addingTimeInterval(options.seconds)
                for group in outcome.infeasibleComponents {
                    let explainer = ConflictExplainer(problem: problem, solver: solver, draft: draft, group: group)
                    let conflict = explainer.minimalConflict(in: group, deadline: deadline)
                    result.conflicts += conflict.constraints.map { problem.constraints[$0] }
                    result.suggestions += explainer.repairs(for: conflict.constraints, in: group, deadline: deadline)
                    if !conflict.minimal {
                        result.timedOut = true
                        result.warnings.append(LocalizedText(
                            fr: "le temps imparti a manqué pour réduire l'explication : ces contraintes se contredisent, mais toutes ne sont peut-être pas nécessaires",
                            en: "the time limit cut the explanation short: these constraints conflict, but not all of them may be needed"))
                    }
                }
            } else {
                result.status = .unknown
            }
            result.optimal = false
            return result
        }
        var events = draft.events
        for (index, variable) in problem.variables.enumerated() {
            events[variable.eventIndex].timing = events[variable.eventIndex].timing.moved(to: assignment[index])
        }
        result.schedule = Schedule(plans: plans, events: events)
        result.assignment = assignment
        result.status = outcome.optimal ? .optimal : .feasible
        result.optimal = outcome.optimal
        result.objective = outcome.objective
        result.bound = outcome.bound
        result.violations = problem.variables.indices.flatMap { index in
            problem.variables[index].costParts(assignment[index]).filter { $0.1 > 0 }
                .map { PlanningResult.Violation(constraint: problem.constraints[$0.0], cost: $0.1) }
        }
        result.suggestions = TripCombiner.suggestions(for: result.schedule)
        result.hardViolations = hardViolations(of: assignment, in: problem)
        return result
    }

    /// Re-checks a schedule against every hard rule without the solver's caches.
    static func hardViolations(of assignment: [CivilDate], in problem: SchedulingProblem) -> Int {
        var count = 0
        for (index, variable) in problem.variables.enumerated() {
            let date = assignment[index]
            if !variable.candidates.contains(date) { count += 1 }
            count += variable.forbidding(date).count
        }
        for binary in problem.binaries where !problem.satisfied(binary, assignment[binary.first], assignment[binary.second]) {
            count += 1
        }
        return count
    }

    /// Every day the workspace can touch: the horizons, the written dates and every open window
    /// (a counted series or a window may run past the horizon).
    static func dates(of schedule: Schedule) -> DateRange {
        var first = schedule.plans.map(\.horizon.first).min()!, last = schedule.plans.map(\.horizon.last).max()!
        for event in schedule.events {
            first = min(first, event.timing.firstDate)
            last = max(last, event.timing.lastDate)
            for window in ProblemBuilder.windows(of: event) {
                first = min(first, window.first)
                last = max(last, window.last)
            }
        }
        return DateRange(first: first, last: last)
    }

    static func loadCalendars(plans: [Plan], span: DateRange, options: PlanningOptions, warnings: inout [LocalizedText]) throws -> PlaceCalendarIndex {
        let planFolder = plans.first.map { URL(fileURLWithPath: $0.file).deletingLastPathComponent() }
        let folder = options.calendarsDirectory
            ?? [planFolder, URL(fileURLWithPath: "calendars")].compactMap { $0 }.first {
                FileManager.default.fileExists(atPath: $0.appendingPathComponent("holidays").path)
            }
            ?? URL(fileURLWithPath: "calendars")
        let holidayFolder = folder.appendingPathComponent("holidays")
        let blackoutFolder = folder.appendingPathComponent("blackouts")
        let exists = { (url: URL) in FileManager.default.fileExists(atPath: url.path) }
        let holidays = exists(holidayFolder) ? try HolidayCatalog(directory: holidayFolder) : nil
        let blackouts = exists(blackoutFolder) ? try BlackoutCatalog(directory: blackoutFolder) : nil
        let codes = Set(plans.flatMap { $0.partners.flatMap(\.holidayJurisdictions) })
        let years = span.first.year...(span.last.year + 1)
        let index = try PlaceCalendarIndex(holidayCatalog: holidays, blackoutCatalog: blackouts, jurisdictions: codes, years: years)
        for code in index.unknownJurisdictions {
            warnings.append(LocalizedText(fr: "juridiction « \(code) » inconnue dans \(holidayFolder.path) : ses jours fériés sont ignorés",
                                          en: "jurisdiction '\(code)' is not in \(holidayFolder.path): its holidays are ignored"))
        }
        return index
    }

    static func loadBusyCalendars(plans: [Plan], span: DateRange, warnings: inout [LocalizedText]) -> [String: [BusyTime]] {
        var busy: [String: [BusyTime]] = [:]
        for plan in plans {
            for person in plan.people {
                guard let path = person.busyCalendar else { continue }
                let file = path.hasPrefix("/") ? path : URL(fileURLWithPath: plan.file).deletingLastPathComponent().appendingPathComponent(path).path
                do {
                    let calendar = try BusyCalendar(file: file, from: span.first, through: span.last.adding(days: 1))
                    busy[person.id, default: []] += calendar.entries
                    for problem in calendar.problems {
                        warnings.append(LocalizedText("\(file):\(problem.line ?? 1): \(problem.message)"))
                    }
                } catch let error as BusyCalendarError {
                    warnings.append(LocalizedText(fr: error.rendered(in: .fr), en: error.rendered(in: .en)))
                } catch {
                    warnings.append(LocalizedText("\(file): \(error)"))
                }
            }
        }
        return busy
    }
}
