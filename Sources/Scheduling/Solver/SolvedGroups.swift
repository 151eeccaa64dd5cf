import CivilTime
import Foundation

/// The outcome of each independent group of events of a solve, by a key that changes whenever
/// anything the group's search sees may have changed: its events, the text of every plan they
/// belong to, and each event's candidate dates and the rules excluding them. A later solve of the
/// same workspace reuses a group whose key is unchanged instead of searching it again, so an edit
/// re-plans only the groups it touches; the search is deterministic, so the result is the same.
public struct SolvedGroups: Sendable {
    struct Entry: Sendable {
        /// Start date of each member, by `plan/event`.
        var dates: [String: CivilDate]
        var cost: Int
        var bound: Int
        var exhausted: Bool
    }

    var entries: [String: Entry] = [:]

    public init() {}

    public var count: Int { entries.count }

    /// Adds another solve's groups (keys are content digests: the same key is the same group).
    mutating func merge(_ other: SolvedGroups) {
        entries.merge(other.entries) { _, new in new }
    }

    /// The key of a group, or nil without plan fingerprints (then nothing is reused).
    static func key(of group: [Int], in problem: SchedulingProblem, fingerprints: [String: String], onlyFeasibility: Bool) -> String? {
        guard !fingerprints.isEmpty else { return nil }
        var message: [UInt8] = []
        func add(_ text: String) { message += Array(text.utf8) }
        add(onlyFeasibility ? "first|" : "best|")
        var plans = Set<String>()
        for index in group {
            let variable = problem.variables[index]
            plans.insert(variable.planID)
            add("\(variable.planID)/\(variable.eventID)|\(variable.length)|")
            for (person, days) in variable.travelDays.sorted(by: { $0.key < $1.key }) { add("\(person)=\(days),") }
            for date in variable.candidates {
                add("\(date.daysSinceEpoch):")
                for reason in variable.exclusions[date] ?? [] { add("\(problem.constraints[reason].name);") }
            }
        }
        for plan in plans.sorted() {
            guard let fingerprint = fingerprints[plan] else { return nil }
            add("\(plan)#\(fingerprint)|")
        }
        return SHA1.digest(message).map { String(format: "%02x", $0) }.joined()
    }
}
