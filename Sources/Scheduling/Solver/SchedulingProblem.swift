import CivilTime

/// The open dates of a workspace as a constraint problem: one variable per open occurrence,
/// the dates each may take, which constraint forbids which date, and the rules between them.
struct SchedulingProblem: Sendable {
    struct Variable: Sendable {
        /// Index into the schedule's events.
        var eventIndex: Int
        var eventID: String
        var planID: String
        /// Days the event lasts.
        var length: Int
        /// Travel days before and after, per person: occupancy for no-overlap.
        var travelDays: [String: Int]
        /// Candidate start dates inside the windows, ascending.
        var candidates: [CivilDate]
        /// Start dates the plan horizon allows when the window is relaxed (worked out when asked).
        var horizonDays: @Sendable () -> [CivilDate]
        var horizon: [CivilDate] { horizonDays() }
        /// Constraint indices forbidding each candidate date (dates not listed are allowed).
        var exclusions: [CivilDate: [Int]]
        /// The same for any date: used for horizon dates when the window is relaxed.
        var forbidding: @Sendable (CivilDate) -> [Int]
        /// Makes a `forbidding` to test every horizon date with: faster per date for long events,
        /// at a cost paid once (the conflict explainer's).
        var forbiddingOverHorizon: @Sendable () -> @Sendable (CivilDate) -> [Int]
        /// The window constraint; relaxing it opens the whole horizon.
        var windowConstraint: Int
        /// Soft cost of each start date.
        var cost: @Sendable (CivilDate) -> Int
        /// Cost parts, for explanations and violations: (constraint index, cost).
        var costParts: @Sendable (CivilDate) -> [(Int, Int)]
    }

    enum Relation: Sendable {
        /// Occupied days (with each person's travel) must not overlap.
        case noOverlap(person: String)
        /// `second` starts after `first`'s last day, with at least `lag` free days between.
        case precedence(lag: Int)
        /// `second` starts between `range` days after `first`.
        case spacing(ClosedRange<Int>)
        /// At most `days` days between the two events' spans.
        case alongside(days: Int)
    }

    struct Binary: Sendable {
        var first: Int
        var second: Int
        var relation: Relation
        var constraint: Int
        /// nil: the rule must hold (the search prunes with it); a cost: it should, and a schedule
        /// that breaks it pays this.
        var softCost: Int?
        /// Filled by the problem: lengths and, for no-overlap, the person's travel days on each side.
        var firstLength = 1, secondLength = 1, firstTravel = 0, secondTravel = 0

        init(first: Int, second: Int, relation: Relation, constraint: Int, softCost: Int? = nil) {
            self.first = first
            self.second = second
            self.relation = relation
            self.constraint = constraint
            self.softCost = softCost
        }

        var isSoft: Bool { softCost != nil }
    }

    var variables: [Variable]
    var binaries: [Binary]
    var constraints: [ConstraintInstance]
    /// Per variable, the binaries it takes part in.
    var binariesOf: [[Int]]

    init(variables: [Variable], binaries: [Binary], constraints: [ConstraintInstance]) {
        self.variables = variables
        self.binaries = binaries.map { binary in
            var binary = binary
            let a = variables[binary.first], b = variables[binary.second]
            binary.firstLength = a.length
            binary.secondLength = b.length
            if case .noOverlap(let person) = binary.relation {
                binary.firstTravel = a.travelDays[person] ?? 0
                binary.secondTravel = b.travelDays[person] ?? 0
            }
            return binary
        }
        self.constraints = constraints
        var binariesOf = Array(repeating: [Int](), count: variables.count)
        for (index, binary) in binaries.enumerated() {
            binariesOf[binary.first].append(index)
            binariesOf[binary.second].append(index)
        }
        self.binariesOf = binariesOf
    }

    /// The start dates a variable may take with only the `enabled` constraints in force.
    func domain(of variable: Int, enabled: Set<Int>?) -> [CivilDate] {
        let v = variables[variable]
        let windowOn = enabled?.contains(v.windowConstraint) ?? true
        let days = windowOn ? v.candidates : v.horizon
        return days.filter { date in
            let forbidding = windowOn ? (v.exclusions[date] ?? []) : v.forbidding(date)
            if forbidding.isEmpty { return true }
            guard let enabled else { return false }
            return !forbidding.contains(where: enabled.contains)
        }
    }

    /// What the soft links touching `variables` pay in a schedule: each soft binary with at least
    /// one end among them that the assignment breaks.
    func softCost(of assignment: [CivilDate], touching variables: Set<Int>, enabled: Set<Int>? = nil) -> Int {
        var total = 0
        for binary in binaries where binary.isSoft && (enabled?.contains(binary.constraint) ?? true) {
            guard variables.contains(binary.first) || variables.contains(binary.second) else { continue }
            if !satisfied(binary, assignment[binary.first], assignment[binary.second]) { total += binary.softCost ?? 0 }
        }
        return total
    }

    /// The soft links an assignment breaks, with what each costs.
    func brokenSoftLinks(in assignment: [CivilDate]) -> [(constraint: Int, cost: Int)] {
        binaries.compactMap { binary in
            guard let cost = binary.softCost, !satisfied(binary, assignment[binary.first], assignment[binary.second]) else { return nil }
            return (binary.constraint, cost)
        }
    }

    /// Whether two start dates satisfy a rule between two variables.
    func satisfied(_ binary: Binary, _ firstStart: CivilDate, _ secondStart: CivilDate) -> Bool {
        Self.satisfied(binary, firstStart.daysSinceEpoch, secondStart.daysSinceEpoch)
    }

    /// The same on day numbers: the search's inner loop.
    @inline(__always)
    static func satisfied(_ binary: Binary, _ a: Int, _ b: Int) -> Bool {
        switch binary.relation {
        case .noOverlap:
            return a + binary.firstLength - 1 + binary.firstTravel < b - binary.secondTravel
                || b + binary.secondLength - 1 + binary.secondTravel < a - binary.firstTravel
        case .precedence(let lag):
            return b >= a + binary.firstLength + lag
        case .spacing(let range):
            return range.contains(b - a)
        case .alongside(let days):
            let gap = max(0, max(b - (a + binary.firstLength - 1), a - (b + binary.secondLength - 1)))
            return gap <= days
        }
    }
}
