import CivilTime
import Foundation

/// Branch and bound over the open dates, with forward checking, one independent group of
/// events at a time. The search is bounded by a node budget, so results do not depend on the
/// machine's speed; a wall-clock limit only guards against runaway searches and is reported.
struct ConstraintSolver {
    struct Limits: Sendable {
        /// Search nodes per independent group of events.
        var nodesPerComponent = 200_000
        /// Wall-clock cap for the whole solve, in seconds.
        var seconds: Double = 10
    }

    struct Outcome: Sendable {
        /// One start date per variable; nil when some group has no solution (or none was found in budget).
        var assignment: [CivilDate]?
        var objective: Int
        /// No schedule costs less than this: the objective where the search finished, else each
        /// event's cheapest allowed date alone.
        var bound: Int
        /// Every group's search finished: the objective is the best possible.
        var optimal: Bool
        /// The groups with no solution at all (search finished without one).
        var infeasibleComponents: [[Int]]
        /// The groups whose search stopped on the budget before finding any solution.
        var unresolvedComponents: [[Int]]
        var nodes: Int
        var timedOut: Bool
        /// Each group's outcome, for the next solve of the same workspace to reuse.
        var solved = SolvedGroups()
        /// Groups taken from `reuse` rather than searched.
        var reusedGroups = 0
    }

    let problem: SchedulingProblem
    let limits: Limits

    /// `deadline`: shared by several solves (explanations); then it also stops the search for a
    /// first schedule, which counts as unresolved.
    /// `reuse`: groups solved by an earlier solve, taken as they are when their key is unchanged
    /// (`fingerprints`: each plan's text digest; without them nothing is reused).
    func solve(
        enabled: Set<Int>? = nil, onlyFeasibility: Bool = false, variables subset: [Int]? = nil,
        deadline shared: Date? = nil, reuse: SolvedGroups? = nil, fingerprints: [String: String] = [:]
    ) -> Outcome {
        let deadline = shared ?? Date().addingTimeInterval(limits.seconds)
        let groups = components(enabled: enabled, among: subset ?? Array(problem.variables.indices))
        var assignment = Array(repeating: CivilDate(daysSinceEpoch: 0), count: problem.variables.count)
        var outcome = Outcome(
            assignment: nil, objective: 0, bound: 0, optimal: true, infeasibleComponents: [], unresolvedComponents: [],
            nodes: 0, timedOut: false)
        var complete = true
        for group in groups {
            let key =
                enabled == nil && subset == nil
                ? SolvedGroups.key(of: group, in: problem, fingerprints: fingerprints, onlyFeasibility: onlyFeasibility) : nil
            if let key, let entry = reuse?.entries[key],
                let dates = Optional(group.map { entry.dates["\(problem.variables[$0].planID)/\(problem.variables[$0].eventID)"] }),
                dates.allSatisfy({ $0 != nil })
            {
                for (position, variable) in group.enumerated() { assignment[variable] = dates[position]! }
                outcome.objective += entry.cost
                outcome.bound += entry.bound
                outcome.optimal = outcome.optimal && entry.exhausted && !onlyFeasibility
                outcome.solved.entries[key] = entry
                outcome.reusedGroups += 1
                continue
            }
            var search = ComponentSearch(
                problem: problem, variables: group, enabled: enabled,
                nodeLimit: limits.nodesPerComponent, deadline: deadline, onlyFeasibility: onlyFeasibility)
            search.strictDeadline = shared != nil
            search.run()
            outcome.nodes += search.nodes
            outcome.timedOut = outcome.timedOut || search.timedOut
            guard let best = search.best else {
                complete = false
                if search.exhausted { outcome.infeasibleComponents.append(group) } else { outcome.unresolvedComponents.append(group) }
                continue
            }
            for (position, variable) in group.enumerated() { assignment[variable] = best[position] }
            var cost = search.bestCost
            if !search.exhausted, !onlyFeasibility {
                let neighbourhoods = improveByNeighbourhoods(
                    group: group, assignment: &assignment, cost: &cost,
                    enabled: enabled, deadline: deadline)
                outcome.nodes += neighbourhoods.nodes
                outcome.timedOut = outcome.timedOut || neighbourhoods.timedOut
            }
            outcome.objective += cost
            outcome.bound += search.exhausted ? search.bestCost : search.rootBound
            outcome.optimal = outcome.optimal && search.exhausted && !onlyFeasibility
            if let key {
                outcome.solved.entries[key] = SolvedGroups.Entry(
                    dates: Dictionary(
                        uniqueKeysWithValues: group.map {
                            ("\(problem.variables[$0].planID)/\(problem.variables[$0].eventID)", assignment[$0])
                        }),
                    cost: cost, bound: search.exhausted ? search.bestCost : search.rootBound, exhausted: search.exhausted)
            }
        }
        if complete { outcome.assignment = assignment } else { outcome.optimal = false }
        return outcome
    }

    /// Large-neighbourhood search: free a few linked events around each event in turn, re-solve
    /// them exactly with the rest fixed, keep strict improvements; stop at a local optimum (a
    /// full round without improvement), when the node budget is spent, or at the deadline.
    func improveByNeighbourhoods(
        group: [Int], assignment: inout [CivilDate], cost: inout Int,
        enabled: Set<Int>?, deadline: Date
    ) -> (nodes: Int, timedOut: Bool) {
        let members = Set(group)
        let size = min(12, group.count)
        var budget = limits.nodesPerComponent
        var nodes = 0
        var round = 0
        var sinceImprovement = 0
        while budget > 0, sinceImprovement < group.count {
            if Date() > deadline { return (nodes, true) }
            let seed = group[round % group.count]
            round += 1
            var neighbourhood = [seed]
            var queue = [seed]
            var seen: Set = [seed]
            while !queue.isEmpty, neighbourhood.count < size {
                let variable = queue.removeFirst()
                for index in problem.binariesOf[variable] where neighbourhood.count < size {
                    let binary = problem.binaries[index]
                    guard enabled?.contains(binary.constraint) ?? true else { continue }
                    let other = binary.first == variable ? binary.second : binary.first
                    if members.contains(other), seen.insert(other).inserted {
                        neighbourhood.append(other)
                        queue.append(other)
                    }
                }
            }
            neighbourhood.sort()
            let freed = Set(neighbourhood)
            var fixed: [Int: Int] = [:]
            for variable in group where !freed.contains(variable) { fixed[variable] = assignment[variable].daysSinceEpoch }
            let current =
                neighbourhood.reduce(0) { $0 + problem.variables[$1].cost(assignment[$1]) }
                + problem.softCost(of: assignment, touching: freed, enabled: enabled)
            var search = ComponentSearch(
                problem: problem, variables: neighbourhood, enabled: enabled, nodeLimit: min(budget, 2_000),
                deadline: deadline, onlyFeasibility: false, fixed: fixed)
            search.improve(below: current)
            nodes += search.nodes
            budget -= search.nodes
            if let better = search.best {
                for (position, variable) in neighbourhood.enumerated() { assignment[variable] = better[position] }
                cost -= current - search.bestCost
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
            }
        }
        return (nodes, false)
    }

    /// Groups of variables linked by enabled rules, each sorted, in order of their first variable.
    func components(enabled: Set<Int>?, among variables: [Int]) -> [[Int]] {
        var parent = Dictionary(uniqueKeysWithValues: variables.map { ($0, $0) })
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x]! != x {
                parent[x] = parent[parent[x]!]!
                x = parent[x]!
            }
            return x
        }
        for binary in problem.binaries where enabled?.contains(binary.constraint) ?? true {
            guard parent[binary.first] != nil, parent[binary.second] != nil else { continue }
            let a = root(binary.first), b = root(binary.second)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var groups: [Int: [Int]] = [:]
        for variable in variables { groups[root(variable), default: []].append(variable) }
        return groups.keys.sorted().map { groups[$0]!.sorted() }
    }
}

/// The search over one group of linked variables.
struct ComponentSearch {
    let problem: SchedulingProblem
    let variables: [Int]
    let enabled: Set<Int>?
    let nodeLimit: Int
    let deadline: Date
    let onlyFeasibility: Bool

    private(set) var best: [CivilDate]?
    private(set) var bestCost = Int.max
    private(set) var nodes = 0
    private(set) var exhausted = true
    /// The sum of every variable's cheapest allowed cost: no schedule of the group costs less.
    private(set) var rootBound = 0
    private(set) var timedOut = false
    /// The deadline stops the search for a first schedule too.
    var strictDeadline = false

    // Per local variable: its values (sorted by cost, then date), their costs, which are alive.
    private var values: [[CivilDate]] = []
    private var days: [[Int]] = []
    private var costs: [[Int]] = []
    private var alive: [[Bool]] = []
    private var aliveCount: [Int] = []
    private var assigned: [Int?] = []
    private var local: [Int: Int] = [:]
    private var links: [[(binary: Int, other: Int, asFirst: Bool)]] = []
    /// Soft links between the group's variables: no pruning, a cost once both are assigned.
    private var softLinks: [[(binary: Int, other: Int, asFirst: Bool)]] = []
    private var trail: [(variable: Int, value: Int)] = []
    /// First alive value of each variable (values are sorted by cost): its cheapest possible cost.
    private var firstAlive: [Int] = []
    private var firstAliveTrail: [(variable: Int, previous: Int)] = []
    /// Sum of the cheapest alive cost of every unassigned variable: the bound.
    private var unassignedMinimum = 0

    /// `fixed`: start days of variables outside the group that stay where they are (for
    /// neighbourhood search); the group's values that break a rule with them are removed.
    init(
        problem: SchedulingProblem, variables: [Int], enabled: Set<Int>?, nodeLimit: Int, deadline: Date, onlyFeasibility: Bool,
        fixed: [Int: Int] = [:]
    ) {
        self.problem = problem
        self.variables = variables
        self.enabled = enabled
        self.nodeLimit = nodeLimit
        self.deadline = deadline
        self.onlyFeasibility = onlyFeasibility
        for (position, variable) in variables.enumerated() { local[variable] = position }
        for variable in variables {
            let v = problem.variables[variable]
            // Soft links to variables held fixed cost like a preference of this one.
            let toFixed = problem.binariesOf[variable].map { problem.binaries[$0] }.filter { binary in
                binary.isSoft && (enabled?.contains(binary.constraint) ?? true)
                    && fixed[binary.first == variable ? binary.second : binary.first] != nil
            }
            let domain = problem.domain(of: variable, enabled: enabled)
                .map { date in
                    (
                        date: date,
                        cost: v.cost(date)
                            + toFixed.reduce(0) { total, binary in
                                let asFirst = binary.first == variable
                                let day = fixed[asFirst ? binary.second : binary.first]!
                                let ok =
                                    asFirst
                                    ? SchedulingProblem.satisfied(binary, date.daysSinceEpoch, day)
                                    : SchedulingProblem.satisfied(binary, day, date.daysSinceEpoch)
                                return total + (ok ? 0 : binary.softCost ?? 0)
                            }
                    )
                }
                .sorted { ($0.cost, $0.date) < ($1.cost, $1.date) }
            values.append(domain.map(\.date))
            days.append(domain.map(\.date.daysSinceEpoch))
            costs.append(domain.map(\.cost))
            alive.append(Array(repeating: true, count: domain.count))
            aliveCount.append(domain.count)
        }
        assigned = Array(repeating: nil, count: variables.count)
        firstAlive = Array(repeating: 0, count: variables.count)
        links = Array(repeating: [], count: variables.count)
        softLinks = Array(repeating: [], count: variables.count)
        for variable in variables {
            for index in problem.binariesOf[variable] {
                let binary = problem.binaries[index]
                guard enabled?.contains(binary.constraint) ?? true else { continue }
                let asFirst = binary.first == variable
                let otherVariable = asFirst ? binary.second : binary.first
                let me = local[variable]!
                if binary.isSoft {
                    if let other = local[otherVariable] { softLinks[me].append((index, other, asFirst)) }
                    continue
                }
                if let other = local[otherVariable] {
                    links[me].append((index, other, asFirst))
                } else if let day = fixed[otherVariable] {
                    for value in days[me].indices where alive[me][value] {
                        let ok =
                            asFirst
                            ? SchedulingProblem.satisfied(binary, days[me][value], day)
                            : SchedulingProblem.satisfied(binary, day, days[me][value])
                        if !ok {
                            alive[me][value] = false
                            aliveCount[me] -= 1
                        }
                    }
                }
            }
        }
        for position in variables.indices {
            firstAlive[position] = alive[position].firstIndex(of: true) ?? 0
        }
        unassignedMinimum = variables.indices.reduce(0) { $0 + (costs[$1].isEmpty ? 0 : costs[$1][firstAlive[$1]]) }
        rootBound = unassignedMinimum
    }

    /// Set to unwind the current descent: budget, restart or deadline.
    private var stopping = false
    private var restartAt = Int.max
    /// Nodes allowed for the current phase.
    private var phaseLimit = Int.max
    /// How often each rule emptied a domain: variables under frequently failing rules go first.
    private var weights: [Int: Int] = [:]

    /// First a complete schedule, with restarts that learn which rules fail; then branch and bound
    /// from that schedule's cost, which proves it best when the search finishes.
    mutating func run() {
        if aliveCount.contains(0) { return }
        phaseLimit = nodeLimit
        var restartNodes = 64
        while best == nil {
            restartAt = nodes + restartNodes
            stopping = false
            descend(cost: 0)
            if best != nil { break }
            if !stopping { return }  // finished with no schedule: none exists
            if nodes >= nodeLimit || timedOut {
                exhausted = false
                return
            }
            restartNodes = min(restartNodes * 3 / 2, nodeLimit)
        }
        guard !onlyFeasibility else {
            exhausted = false
            return
        }
        // Half of what is left, so that a group too large to prove keeps budget for neighbourhood search.
        phaseLimit = nodes + (nodeLimit - nodes) / 2
        restartAt = Int.max
        stopping = false
        descend(cost: 0)
        exhausted = !stopping
    }

    /// Branch and bound only, looking for a schedule cheaper than `bound`.
    mutating func improve(below bound: Int) {
        if aliveCount.contains(0) { return }
        bestCost = bound
        phaseLimit = nodeLimit
        restartAt = Int.max
        stopping = false
        descend(cost: 0)
        exhausted = !stopping
    }

    private var deadlinePassed: Bool {
        nodes & 1023 == 0 && Date() > deadline
    }

    private mutating func descend(cost: Int) {
        nodes += 1
        if nodes > phaseLimit || nodes > restartAt {
            stopping = true
            return
        }
        // The clock ends only the search for better schedules, never the search for a first one.
        if bestCost != Int.max || strictDeadline, deadlinePassed {
            stopping = true
            timedOut = true
            return
        }
        guard let next = chooseVariable() else {
            if cost < bestCost {
                bestCost = cost
                best = assigned.enumerated().map { values[$0.offset][$0.element!] }
                if onlyFeasibility || restartAt != Int.max { stopping = true }
            }
            return
        }
        unassignedMinimum -= costs[next][firstAlive[next]]
        defer { unassignedMinimum += costs[next][firstAlive[next]] }
        for value in values[next].indices where alive[next][value] {
            // Values come cheapest first: past this one, no value can do better.
            if cost + costs[next][value] + unassignedMinimum >= bestCost { break }
            let total = cost + costs[next][value] + softCost(of: next, at: days[next][value])
            if total + unassignedMinimum >= bestCost { continue }
            let mark = trail.count, firstMark = firstAliveTrail.count
            assigned[next] = value
            if propagate(from: next), total + unassignedMinimum < bestCost {
                descend(cost: total)
            }
            assigned[next] = nil
            undo(to: mark, firstAlive: firstMark)
            if stopping { return }
        }
    }

    /// What the soft links between `position` at `day` and the assigned variables cost.
    private func softCost(of position: Int, at day: Int) -> Int {
        var total = 0
        for link in softLinks[position] {
            guard let value = assigned[link.other] else { continue }
            let binary = problem.binaries[link.binary]
            let other = days[link.other][value]
            let ok = link.asFirst ? SchedulingProblem.satisfied(binary, day, other) : SchedulingProblem.satisfied(binary, other, day)
            if !ok { total += binary.softCost ?? 0 }
        }
        return total
    }

    /// Smallest domain per weight of the failing rules that link it to unassigned variables (dom/wdeg).
    private func chooseVariable() -> Int? {
        var choice: Int?
        var bestScore = Double.infinity
        for position in assigned.indices where assigned[position] == nil {
            var weight = 1
            for link in links[position] where assigned[link.other] == nil { weight += weights[link.binary] ?? 0 }
            let score = Double(aliveCount[position]) / Double(weight)
            if score < bestScore {
                bestScore = score
                choice = position
            }
        }
        return choice
    }

    /// Removes the values of linked unassigned variables that the new assignment forbids.
    private mutating func propagate(from position: Int) -> Bool {
        let day = days[position][assigned[position]!]
        for link in links[position] where assigned[link.other] == nil {
            let binary = problem.binaries[link.binary]
            let otherDays = days[link.other]
            for value in otherDays.indices where alive[link.other][value] {
                let other = otherDays[value]
                let ok = link.asFirst ? SchedulingProblem.satisfied(binary, day, other) : SchedulingProblem.satisfied(binary, other, day)
                if !ok {
                    alive[link.other][value] = false
                    aliveCount[link.other] -= 1
                    trail.append((link.other, value))
                }
            }
            if aliveCount[link.other] == 0 {
                weights[link.binary, default: 0] += 1
                return false
            }
            let other = link.other
            if !alive[other][firstAlive[other]] {
                let previous = firstAlive[other]
                var next = previous
                while !alive[other][next] { next += 1 }
                firstAliveTrail.append((other, previous))
                firstAlive[other] = next
                unassignedMinimum += costs[other][next] - costs[other][previous]
            }
        }
        return true
    }

    private mutating func undo(to mark: Int, firstAlive firstMark: Int) {
        while firstAliveTrail.count > firstMark {
            let entry = firstAliveTrail.removeLast()
            unassignedMinimum += costs[entry.variable][entry.previous] - costs[entry.variable][firstAlive[entry.variable]]
            firstAlive[entry.variable] = entry.previous
        }
        while trail.count > mark {
            let entry = trail.removeLast()
            alive[entry.variable][entry.value] = true
            aliveCount[entry.variable] += 1
        }
    }
}
