import Foundation

/// The solver's problem in a neutral JSON form, for solving it with another tool (the CP-SAT model
/// in bench/): the allowed start days of each open event (holidays, blackouts and every other
/// single-event rule already applied), their costs, and the rules between events. Days are
/// counted from 1970-01-01.
public struct ProblemExport: Codable, Sendable {
    public struct Variable: Codable, Sendable {
        public var id: String
        public var length: Int
        public var domain: [Int]
        public var costs: [Int]
    }

    public struct Rule: Codable, Sendable {
        /// `noOverlap`, `precedence`, `spacing` or `alongside`.
        public var type: String
        public var a: Int
        public var b: Int
        public var aLength: Int
        public var bLength: Int
        /// noOverlap: travel days on each side of a and of b.
        public var aTravel: Int
        public var bTravel: Int
        /// precedence: b starts at least a's end + 1 + lag. alongside: at most `lag` days apart.
        public var lag: Int
        /// spacing: b − a in [min, max].
        public var min: Int
        public var max: Int
        /// A soft link: breaking it costs this instead of being forbidden; absent for a hard rule.
        public var softCost: Int?
    }

    public var format = 1
    public var variables: [Variable]
    public var rules: [Rule]

    init(_ problem: SchedulingProblem) {
        variables = problem.variables.indices.map { index in
            let variable = problem.variables[index]
            let domain = problem.domain(of: index, enabled: nil)
            return Variable(
                id: "\(variable.planID)/\(variable.eventID)", length: variable.length,
                domain: domain.map(\.daysSinceEpoch), costs: domain.map(variable.cost))
        }
        rules = problem.binaries.map { binary in
            var rule = Rule(
                type: "", a: binary.first, b: binary.second, aLength: binary.firstLength, bLength: binary.secondLength,
                aTravel: binary.firstTravel, bTravel: binary.secondTravel, lag: 0, min: 0, max: 0,
                softCost: binary.softCost)
            switch binary.relation {
            case .noOverlap: rule.type = "noOverlap"
            case .precedence(let lag):
                rule.type = "precedence"
                rule.lag = lag
            case .spacing(let range):
                rule.type = "spacing"
                rule.min = range.lowerBound
                rule.max = range.upperBound
            case .alongside(let days):
                rule.type = "alongside"
                rule.lag = days
            }
            return rule
        }
    }

    public init?(_ result: PlanningResult) {
        guard let problem = result.solvedProblem else { return nil }
        self.init(problem)
    }

    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try! encoder.encode(self)
    }
}
