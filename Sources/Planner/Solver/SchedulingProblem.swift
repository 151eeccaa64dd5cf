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
        /// Start dates the plan horizon allows when the window is relaxed.
        var horizon: [CivilDate]
        /// Constraint indices forbidding each candidate date (dates not listed are allowed).
        var exclusions: [CivilDate: [Int]]
        /// The same for any date: used for horizon dates when the window is relaxed.
        var forbidding: @Sendable (CivilDate) -> [Int]
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
        /// `second` starts at least `lag` days after `first` ends.
        case precedence(lag: Int)
        /// `second` starts between `range` days after `first`.
        case spacing(ClosedRange<Int>)
        /// The two start within `days` of each other.
        case alongside(days: Int)
    }

    struct Binary: Sendable {
        var first: Int
        var second: Int
        var relation: Relation
        var constraint: Int
    }

    var variables: [Variable]
    var binaries: [Binary]
    var constraints: [ConstraintInstance]
    /// Per variable, the binaries it takes part in.
    var binariesOf: [[Int]]

    init(variables: [Variable], binaries: [Binary], constraints: [ConstraintInstance]) {
        self.variables = variables
        self.binaries = binaries
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

    /// Whether two start dates satisfy a rule between two variables.
    func satisfied(_ binary: Binary, _ firstStart: CivilDate, _ secondStart: CivilDate) -> Bool {
        let a = variables[binary.first], b = variables[binary.second]
        switch binary.relation {
        case .noOverlap(let person):
            let travelA = a.travelDays[person] ?? 0, travelB = b.travelDays[person] ?? 0
            let aFirst = firstStart.daysSinceEpoch - travelA, aLast = firstStart.daysSinceEpoch + a.length - 1 + travelA
            let bFirst = secondStart.daysSinceEpoch - travelB, bLast = secondStart.daysSinceEpoch + b.length - 1 + travelB
            return aLast < bFirst || bLast < aFirst
        case .precedence(let lag):
            return secondStart.daysSinceEpoch >= firstStart.daysSinceEpoch + a.length + lag
        case .spacing(let range):
            return range.contains(secondStart.daysSinceEpoch - firstStart.daysSinceEpoch)
        case .alongside(let days):
            let aFirst = firstStart.daysSinceEpoch, aLast = aFirst + a.length - 1
            let bFirst = secondStart.daysSinceEpoch, bLast = bFirst + b.length - 1
            let gap = max(0, max(bFirst - aLast, aFirst - bLast))
            return gap <= days
        }
    }
}
