import CivilTime
import Testing

@testable import Scheduling

/// The solver's "optimal" is checked against an exhaustive search of the same problem.
@Suite("Solver optimality")
struct SolverOptimalityTests {
    /// SplitMix64: the same seed gives the same plan on every machine.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Up to 23 events: some fixed, 4 to 6 open with narrow windows, three shared travellers.
    /// `softLinks`: every link is soft, with a weight, and some open events also ask to be
    /// alongside the one before them.
    static func randomPlan(seed: UInt64, softLinks: Bool = false) -> String {
        var random = SeededGenerator(state: seed)
        let people = ["maire", "bourgmestre", "directrice"]
        let base = CivilDate(iso: "2025-05-05")!
        var events = ""
        let fixedCount = Int.random(in: 5...17, using: &random)
        for index in 0..<fixedCount {
            let day = base.adding(days: Int.random(in: 0...40, using: &random))
            events += """
                  - id: fixe\(index)
                    title: Fixe \(index)
                    host: \(Bool.random(using: &random) ? "namur" : "quebec")
                    date: \(day)
                    travellers: [\(people[Int.random(in: 0..<3, using: &random)])]

                """
        }
        for index in 0..<Int.random(in: 4...6, using: &random) {
            let start = base.adding(days: Int.random(in: 0...35, using: &random))
            let width = Int.random(in: 3...6, using: &random)
            let travellers = people.filter { _ in Int.random(in: 0..<3, using: &random) == 0 }
            var after =
                index > 0 && Int.random(in: 0..<4, using: &random) == 0
                ? "\n      after: {event: ouvert\(index - 1), lag: \(Int.random(in: 0...3, using: &random))}" : ""
            if softLinks, index > 0 {
                let weight = Int.random(in: 1...4, using: &random)
                after =
                    after.isEmpty
                    ? "\n      alongside: {event: ouvert\(index - 1), within: \(Int.random(in: 0...3, using: &random)), weight: \(weight)}"
                    : after.replacingOccurrences(of: "}", with: ", weight: \(weight)}")
            }
            events += """
                  - id: ouvert\(index)
                    title: Ouvert \(index)
                    host: \(Bool.random(using: &random) ? "namur" : "quebec")
                    date: \(start.adding(days: Int.random(in: 0..<width, using: &random)))
                    travellers: [\(travellers.joined(separator: ", "))]
                    schedule:
                      window: {from: \(start), to: \(start.adding(days: width))}
                      weekdays: [mon, tue, wed, thu, fri, sat]
                      prefer: {months: [\(Int.random(in: 5...6, using: &random))], weight: \(Int.random(in: 1...3, using: &random))}\(after)

                """
        }
        return events
    }

    /// The best cost over every combination of allowed dates; nil when none satisfies the rules.
    static func exhaustive(_ problem: SchedulingProblem) -> Int? {
        let domains = problem.variables.indices.map { problem.domain(of: $0, enabled: nil) }
        var best: Int?
        var chosen = [CivilDate](repeating: CivilDate(daysSinceEpoch: 0), count: domains.count)
        func visit(_ index: Int, _ cost: Int) {
            if index == domains.count {
                if best == nil || cost < best! { best = cost }
                return
            }
            for date in domains[index] {
                chosen[index] = date
                var consistent = true
                var linkCost = 0
                for binary in problem.binaries {
                    guard binary.first <= index, binary.second <= index, binary.first == index || binary.second == index,
                        !problem.satisfied(binary, chosen[binary.first], chosen[binary.second])
                    else { continue }
                    if let soft = binary.softCost { linkCost += soft } else { consistent = false }
                }
                if consistent { visit(index + 1, cost + problem.variables[index].cost(date) + linkCost) }
            }
        }
        visit(0, 0)
        return best
    }

    @Test("Optimal means optimal: 40 random plans of up to 23 events against exhaustive search")
    func matchesExhaustiveSearch() throws {
        var feasible = 0, infeasible = 0
        for seed in 1...40 {
            let result = try SolverSamples.solve(
                Self.randomPlan(seed: UInt64(seed)),
                people: "  - id: directrice\n    name: Directrice\n    partner: namur")
            let problem = try #require(result.problem)
            #expect(result.schedule.events.count <= 23)
            if let best = Self.exhaustive(problem) {
                feasible += 1
                #expect(result.status == .optimal, "seed \(seed)")
                #expect(result.objective == best, "seed \(seed)")
            } else {
                infeasible += 1
                #expect(result.status == .infeasible, "seed \(seed)")
            }
        }
        #expect(feasible >= 20, "the sample must exercise optimisation, not only infeasibility")
        #expect(infeasible >= 1, "the sample must exercise infeasibility too")
    }

    @Test("Soft links are optimised exactly: 40 random plans with weighted after/alongside links against exhaustive search")
    func softLinksMatchExhaustiveSearch() throws {
        var broken = 0, feasible = 0
        for seed in 101...140 {
            let result = try SolverSamples.solve(
                Self.randomPlan(seed: UInt64(seed), softLinks: true),
                people: "  - id: directrice\n    name: Directrice\n    partner: namur")
            let problem = try #require(result.problem)
            #expect(problem.binaries.contains { $0.isSoft }, "seed \(seed)")
            guard let best = Self.exhaustive(problem) else {
                #expect(result.status == .infeasible, "seed \(seed)")
                continue
            }
            feasible += 1
            #expect(result.status == .optimal, "seed \(seed)")
            #expect(result.objective == best, "seed \(seed)")
            let paid = result.violations.filter { $0.constraint.softCost != nil }
            #expect(paid.allSatisfy { $0.cost == $0.constraint.softCost }, "seed \(seed)")
            broken += paid.count
        }
        #expect(feasible >= 20, "the sample must exercise optimisation")
        #expect(broken >= 1, "the sample must break some soft link, not only keep them all")
    }
}
