import PlanModel
import Synchronization

/// The problem of one unit of a large workspace, built again when a question needs it (an
/// explanation, a what-if, a poll's days) instead of kept: the problems of every unit are most of
/// a workspace's memory, and only the units someone looks at need theirs. The last few built are
/// kept, so a page's questions about one event build it once.
final class RebuiltProblem: Sendable {
    private static let kept = 8
    private static let recent = Mutex<[(id: Int, problem: SchedulingProblem)]>([])
    private static let counter = Atomic<Int>(0)

    private let id: Int
    private let plans: [Plan]
    private let options: PlanningOptions

    init(plans: [Plan], options: PlanningOptions) {
        self.id = Self.counter.add(1, ordering: .relaxed).newValue
        self.plans = plans
        var options = options
        options.reuse = nil
        self.options = options
    }

    var problem: SchedulingProblem? {
        let hit = Self.recent.withLock { recent -> SchedulingProblem? in
            guard let index = recent.firstIndex(where: { $0.id == id }) else { return nil }
            let entry = recent.remove(at: index)
            recent.insert(entry, at: 0)
            return entry.problem
        }
        if let hit { return hit }
        guard let built = WorkspacePlanner.problem(of: plans, options: options) else { return nil }
        Self.recent.withLock { recent in
            recent.removeAll { $0.id == id }
            recent.insert((id, built), at: 0)
            if recent.count > Self.kept { recent.removeLast(recent.count - Self.kept) }
        }
        return built
    }
}
