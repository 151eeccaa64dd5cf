import Bilingual
import CivilTime
import Foundation
import PlaceCalendars
import PlanModel
import YAMLReading

/// Plans a workspace: expands the plans, chooses the open dates under every hard constraint,
/// and explains the result.
public enum WorkspacePlanner {
    public static func plan(_ plans: [Plan], options: PlanningOptions = PlanningOptions()) throws -> PlanningResult {
        let draft = Scheduler.schedule(plans)
        var warnings = plans.flatMap(\.warnings).map(\.warningText)
        guard let span = dates(of: draft) else {
            return PlanningResult(
                schedule: draft, status: .fixed, objective: 0, bound: 0, optimal: true, violations: [], conflicts: [],
                suggestions: [], warnings: warnings, hardViolations: 0, openEventIDs: [], searchNodes: 0,
                timedOut: false, problem: SchedulingProblem(variables: [], binaries: [], constraints: []),
                assignment: nil)
        }
        let calendars = try loadCalendars(plans: plans, span: span, options: options, warnings: &warnings)
        let busy = loadBusyCalendars(plans: plans, span: span, warnings: &warnings)
        var builder = ProblemBuilder(schedule: draft, calendars: calendars, busy: busy, previous: options.previous)
        let problem = builder.build()
        var result = PlanningResult(
            schedule: draft, status: .fixed, objective: 0, bound: 0, optimal: true, violations: [], conflicts: [],
            suggestions: [], warnings: warnings, hardViolations: 0,
            openEventIDs: Set(problem.variables.map { "\($0.planID)/\($0.eventID)" }),
            searchNodes: 0, timedOut: false, problem: problem, assignment: nil)
        result.fixedEventWarnings = builder.fixedEventWarnings.enumerated().sorted { a, b in
            (a.element.dates.first, a.element.planID, a.element.eventID, a.offset) < (
                b.element.dates.first, b.element.planID, b.element.eventID, b.offset
            )
        }.map(\.element)
        guard !problem.variables.isEmpty else {
            result.suggestions = TripCombiner.suggestions(for: draft)
            return result
        }

        let solver = ConstraintSolver(
            problem: problem, limits: .init(nodesPerComponent: options.nodesPerComponent, seconds: options.seconds))
        let outcome = solver.solve(onlyFeasibility: options.firstSchedule, reuse: options.reuse, fingerprints: options.planFingerprints)
        result.searchNodes = outcome.nodes
        result.timedOut = outcome.timedOut
        result.solvedGroups = outcome.solved
        result.reusedGroups = outcome.reusedGroups
        guard let assignment = outcome.assignment else {
            if !outcome.infeasibleComponents.isEmpty {
                result.status = .infeasible
                let deadline = Date().addingTimeInterval(options.seconds)
                for group in outcome.infeasibleComponents {
                    let explainer = ConflictExplainer(problem: problem, solver: solver, draft: draft, group: group)
                    let conflict = explainer.minimalConflict(in: group, deadline: deadline)
                    result.conflicts += conflict.constraints.map { problem.constraints[$0] }
                    result.suggestions += explainer.repairs(
                        for: conflict.constraints, in: group, deadline: deadline,
                        moveLinkedEvents: options.repairsMoveLinkedEvents)
                    if !conflict.minimal {
                        result.timedOut = true
                        result.warnings.append(
                            LocalizedText(
                                fr:
                                    "le temps imparti a manqué pour réduire l'explication : ces contraintes se contredisent, mais toutes ne sont peut-être pas nécessaires",
                                en:
                                    "the time limit cut the explanation short: these constraints conflict, but not all of them may be needed"
                            ))
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
        result.violations =
            problem.variables.indices.flatMap { index in
                problem.variables[index].costParts(assignment[index]).filter { $0.1 > 0 }
                    .map { PlanningResult.Violation(constraint: problem.constraints[$0.0], cost: $0.1) }
            }
            + problem.brokenSoftLinks(in: assignment).map {
                PlanningResult.Violation(constraint: problem.constraints[$0.constraint], cost: $0.cost)
            }
        result.suggestions = TripCombiner.suggestions(for: result.schedule)
        result.hardViolations = hardViolations(of: assignment, in: problem)
        return result
    }

    /// The problem `plan` solves for these plans, built again (the same, for the same plans, files
    /// and options); nil when nothing is open or the calendars cannot be read.
    static func problem(of plans: [Plan], options: PlanningOptions) -> SchedulingProblem? {
        let draft = Scheduler.schedule(plans)
        var warnings: [LocalizedText] = []
        guard let span = dates(of: draft),
            let calendars = try? loadCalendars(plans: plans, span: span, options: options, warnings: &warnings)
        else { return nil }
        let busy = loadBusyCalendars(plans: plans, span: span, warnings: &warnings)
        var builder = ProblemBuilder(schedule: draft, calendars: calendars, busy: busy, previous: options.previous)
        return builder.build()
    }

    /// Re-checks a schedule against every hard rule without the solver's caches.
    static func hardViolations(of assignment: [CivilDate], in problem: SchedulingProblem) -> Int {
        var count = 0
        for (index, variable) in problem.variables.enumerated() {
            let date = assignment[index]
            if !variable.candidates.contains(date) { count += 1 }
            count += variable.forbidding(date).count
        }
        for binary in problem.binaries
        where !binary.isSoft && !problem.satisfied(binary, assignment[binary.first], assignment[binary.second]) {
            count += 1
        }
        return count
    }

    /// Every day the workspace can touch: the horizons, the written dates and every open window
    /// (a counted series or a window may run past the horizon); nil without a plan.
    static func dates(of schedule: Schedule) -> DateRange? {
        guard var first = schedule.plans.map(\.horizon.first).min(), var last = schedule.plans.map(\.horizon.last).max() else {
            return nil
        }
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

    static func loadCalendars(
        plans: [Plan], span: DateRange, options: PlanningOptions, warnings: inout [LocalizedText]
    ) throws -> PlaceCalendarIndex {
        let holidays = try CalendarLibrary.holidays(overrides: options.calendarsDirectory)
        let blackouts = try CalendarLibrary.blackouts(overrides: options.calendarsDirectory)
        try checkJurisdictions(of: plans, known: holidays.jurisdictions)
        let codes = Set(plans.flatMap { $0.partners.flatMap(\.jurisdictionCodes) })
        let years = span.first.year...(span.last.year + 1)
        var index = try PlaceCalendarIndex(holidayCatalog: holidays, blackoutCatalog: blackouts, jurisdictions: codes, years: years)
        try loadDaysOffFiles(plans: plans, years: years, into: &index, warnings: &warnings)
        return index
    }

    /// Reads the `.ics` files that partners name in `holidays:` as their days off, each once (in
    /// the zone of the first partner that names it): every event that is not cancelled, transparent
    /// ones included. A file that cannot be read at all is an error at the plan line that names
    /// it; lines that cannot be read are warnings, as for `busy:` calendars.
    static func loadDaysOffFiles(
        plans: [Plan], years: ClosedRange<Int>, into index: inout PlaceCalendarIndex,
        warnings: inout [LocalizedText]
    ) throws {
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!
        let last = CivilDate(year: years.upperBound, month: 12, day: 31)!
        var issues: [SourceIssue] = []
        var read: Set<String> = []
        for plan in plans {
            for partner in plan.partners {
                for entry in partner.holidayJurisdictions {
                    guard let file = partner.holidayFiles[entry], read.insert(file).inserted else { continue }
                    let location = partner.jurisdictionLocations[entry] ?? partner.location
                    do {
                        let calendar = try BusyCalendar(file: file, from: first, through: last, daysOff: true)
                        let zone = ZoneRules(identifier: partner.timeZone) ?? .utc
                        index.addDaysOff(
                            calendar.entries.map { entry in
                                let days = entry.dates(in: zone)
                                return PlaceCalendarIndex.DayEntry(
                                    id: entry.source, name: LocalizedText(entry.summary ?? entry.source),
                                    first: max(days.lowerBound, first), last: min(days.upperBound, last))
                            }, under: file)
                        for problem in calendar.problems {
                            warnings.append(LocalizedText("\(file):\(problem.line ?? 1): \(problem.message)"))
                        }
                    } catch let error as BusyCalendarError {
                        let lineFr = error.line.map { " (ligne \($0))" } ?? "", lineEn = error.line.map { " (line \($0))" } ?? ""
                        issues.append(
                            SourceIssue(
                                location,
                                LocalizedText(
                                    fr: "les jours de congé « \(entry) » ne se lisent pas\(lineFr) : \(error.message.fr)",
                                    en: "the days off '\(entry)' cannot be read\(lineEn): \(error.message.en)"),
                                hint: LocalizedText(
                                    fr: "exportez de nouveau le calendrier au format .ics, ou retirez-le de « holidays: »",
                                    en: "export the calendar again as .ics, or remove it from 'holidays:'")))
                    }
                }
            }
        }
        guard issues.isEmpty else { throw SourceError(issues) }
    }

    /// A jurisdiction the calendars do not know is a mistake in the plan, at the place it is written
    /// (`.ics` entries of `holidays:` are files, checked when the plan is read).
    static func checkJurisdictions(of plans: [Plan], known: [String]) throws {
        let knownCodes = Set(known)
        var issues: [SourceIssue] = []
        for plan in plans {
            for partner in plan.partners {
                for code in partner.jurisdictionCodes where !knownCodes.contains(code) {
                    let location = partner.jurisdictionLocations[code] ?? partner.location
                    guard !issues.contains(where: { $0.location == location }) else { continue }
                    issues.append(
                        SourceIssue(
                            location,
                            LocalizedText(
                                fr: "juridiction « \(code) » inconnue : aucun calendrier de jours fériés ne la définit",
                                en: "unknown jurisdiction '\(code)': no holiday calendar defines it"),
                            hint: Suggestion.didYouMean(code, among: known).appending(
                                LocalizedText(
                                    fr: " ; une juridiction à vous s'ajoute avec --calendars DOSSIER (DOSSIER/holidays/\(code).yaml)",
                                    en: "; add one of your own with --calendars DIR (DIR/holidays/\(code).yaml)"))))
                }
            }
        }
        guard issues.isEmpty else { throw SourceError(issues) }
    }

    static func loadBusyCalendars(plans: [Plan], span: DateRange, warnings: inout [LocalizedText]) -> [String: [BusyTime]] {
        var busy: [String: [BusyTime]] = [:]
        for plan in plans {
            for person in plan.people {
                guard let path = person.busyCalendar else { continue }
                let file =
                    path.hasPrefix("/")
                    ? path : URL(fileURLWithPath: plan.file).deletingLastPathComponent().appendingPathComponent(path).path
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
