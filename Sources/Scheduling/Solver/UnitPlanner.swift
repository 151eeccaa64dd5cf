import Foundation
import Synchronization
import PlanModel
import YAMLReading

/// Plans a workspace unit by unit (`PlanningUnits`) and keeps each unit's result by what it was
/// planned from: the text of each of its plans and the files they read (busy calendars, days off).
/// In a workspace of more than `problemsKeptUpTo` plans, each result keeps its schedule but not its
/// problem, built again when a question needs it (`RebuiltProblem`).
/// Planning the workspace again after an edit plans only the unit whose plans or files changed and
/// takes the others as they were; the solver is deterministic, so the result is the one a planning
/// from scratch gives.
package struct UnitPlanner: Sendable {
    private var results: [String: PlanningResult] = [:]
    /// Units planned, and units taken as they were, by the last planning.
    package private(set) var plannedUnits = 0
    package private(set) var keptUnits = 0

    /// Up to this many plans, each unit's problem is kept with its result; beyond, it is built
    /// again when a question needs it (`RebuiltProblem`), to keep a large workspace's memory down.
    package var problemsKeptUpTo: Int

    package init(problemsKeptUpTo: Int = 300) {
        self.problemsKeptUpTo = problemsKeptUpTo
    }

    /// `fingerprints`: a digest of each plan's text, by plan id; a unit with a plan missing from
    /// them is planned every time. A unit that cannot be planned (an unknown jurisdiction…) throws
    /// its `SourceError`; the messages of every such unit are thrown together.
    ///
    /// Results are kept for the units of this planning and of `standing`, the result the workspace
    /// stands on (a refused save's trial must not push its units out).
    package mutating func plan(
        _ plans: [Plan], fingerprints: [String: String], options: PlanningOptions, standing: PlanningResult? = nil
    ) throws -> PlanningResult {
        let units = PlanningUnits.partition(plans).map { $0.map { plans[$0] } }
        let keys = units.map { Self.key(of: $0, fingerprints: fingerprints) }
        // Units not planned before are planned side by side (all of them at start-up).
        let known = keys.map { $0.flatMap { results[$0] } }
        let missing = known.indices.filter { known[$0] == nil }
        let planned = Mutex([Int: Result<PlanningResult, any Error>]())
        let keepProblems = problemsKeptUpTo
        DispatchQueue.concurrentPerform(iterations: missing.count) { position in
            let index = missing[position]
            let outcome = Result {
                var result = try WorkspacePlanner.plan(units[index], options: options)
                if plans.count > keepProblems, units.count > 1, result.problem != nil {
                    result.rebuilt = RebuiltProblem(plans: units[index], options: options)
                    result.problem = nil
                }
                return result
            }
            planned.withLock { $0[index] = outcome }
        }
        let outcomes = planned.withLock { $0 }
        var parts: [(plans: [Plan], result: PlanningResult)] = []
        var failures: [any Error] = []
        plannedUnits = missing.count
        keptUnits = units.count - missing.count
        for (index, (unit, key)) in zip(units, keys).enumerated() {
            // Every unit is either known or planned just now.
            switch known[index].map(Result.success) ?? outcomes[index]! {
            case .success(let result):
                if let key { results[key] = result }
                parts.append((unit, result))
            case .failure(let error):
                failures.append(error)
            }
        }
        let current = Set(keys.compactMap { $0 })
        let standing = Set(standing?.unitKeys ?? [])
        results = results.filter { current.contains($0.key) || standing.contains($0.key) }
        if let first = failures.first {
            let issues = failures.compactMap { ($0 as? SourceError)?.issues }
            throw issues.count == failures.count ? SourceError(issues.flatMap { $0 }) : first
        }
        var combined = PlanningResult.combining(parts, plans: plans)
        combined.unitKeys = keys.compactMap { $0 }
        return combined
    }

    /// What a unit's result depends on, or nil when a plan has no fingerprint.
    static func key(of unit: [Plan], fingerprints: [String: String]) -> String? {
        var message = ""
        for plan in unit {
            guard let fingerprint = fingerprints[plan.id] else { return nil }
            message += "\(plan.id)#\(fingerprint)|"
            let folder = URL(fileURLWithPath: plan.file).deletingLastPathComponent()
            let files =
                plan.people.compactMap(\.busyCalendar).map { $0.hasPrefix("/") ? $0 : folder.appendingPathComponent($0).path }
                + plan.partners.flatMap { $0.holidayFiles.values }
            for file in files.sorted() { message += "\(file)@\(stamp(of: file))|" }
        }
        return SHA1.digest(Array(message.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A file's modification time and size, so that a file changed on disk is read again.
    static func stamp(of file: String) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { return "absent" }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(modified):\((attributes[.size] as? NSNumber)?.intValue ?? -1)"
    }
}
