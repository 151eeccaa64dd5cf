import Bilingual
import CivilTime

/// Why an event got its date: the rules that ruled out better dates, the soft costs it pays, and
/// the next best dates with their costs (the other events staying where they are).
public struct EventExplanation: Sendable {
    public struct Alternative: Hashable, Sendable {
        public var date: CivilDate
        public var cost: Int
    }

    public struct Binding: Hashable, Sendable {
        public var constraint: ConstraintInstance
        /// Dates cheaper than the chosen one that this rule excludes.
        public var datesRuledOut: Int
    }

    public var eventID: String
    public var title: LocalizedText
    public var date: CivilDate
    /// False for an event whose date the plan fixes.
    public var open: Bool
    public var cost: Int
    public var bindings: [Binding]
    public var costs: [PlanningResult.Violation]
    public var alternatives: [Alternative]
    /// For an event whose date the plan fixes: the hard rules it breaks (see `FixedEventWarning`).
    public var brokenRules: [ConstraintInstance] = []

    /// Explains `reference` (an event id, or an activity id for its first occurrence) of the plan
    /// `planID` (of any plan when nil: the first that has it), or nil when unknown.
    public init?(_ reference: String, planID: String? = nil, in whole: PlanningResult) {
        let matches = whole.schedule.events.filter {
            ($0.id == reference || $0.activityID == reference) && (planID == nil || $0.planID == planID)
        }
        guard let event = matches.first else { return nil }
        let result = whole.unit(of: event.planID)
        eventID = event.id
        title = event.title
        date = event.timing.firstDate
        brokenRules = result.fixedEventWarnings.filter { $0.eventID == event.id && $0.planID == event.planID }.map(\.constraint)
        guard let problem = result.solvedProblem, let assignment = result.assignment,
            let variable = problem.variables.firstIndex(where: { $0.eventID == event.id && $0.planID == event.planID })
        else {
            open = false
            cost = 0
            bindings = []
            costs = []
            alternatives = []
            return
        }
        open = true
        let v = problem.variables[variable]
        /// The rules between this event and the others where they are: the hard ones a date
        /// breaks, and what the soft ones it breaks cost.
        func links(at day: CivilDate) -> (broken: [Int], softCost: Int, softParts: [(Int, Int)]) {
            var broken: [Int] = [], softCost = 0, softParts: [(Int, Int)] = []
            for index in problem.binariesOf[variable] {
                let binary = problem.binaries[index]
                let other = binary.first == variable ? binary.second : binary.first
                let ok =
                    binary.first == variable
                    ? problem.satisfied(binary, day, assignment[other])
                    : problem.satisfied(binary, assignment[other], day)
                guard !ok else { continue }
                if let soft = binary.softCost {
                    softCost += soft
                    softParts.append((binary.constraint, soft))
                } else {
                    broken.append(binary.constraint)
                }
            }
            return (broken, softCost, softParts)
        }
        let here = links(at: date)
        cost = v.cost(date) + here.softCost
        costs = (v.costParts(date) + here.softParts).filter { $0.1 > 0 }.map { .init(constraint: problem.constraints[$0.0], cost: $0.1) }

        var ruledOut: [Int: Int] = [:]
        var allowed: [Alternative] = []
        for candidate in v.candidates where candidate != date {
            let there = links(at: candidate)
            let reasons = (v.exclusions[candidate] ?? []) + there.broken
            let candidateCost = v.cost(candidate) + there.softCost
            if reasons.isEmpty {
                allowed.append(.init(date: candidate, cost: candidateCost))
            } else if candidateCost < cost {
                for reason in Set(reasons) { ruledOut[reason, default: 0] += 1 }
            }
        }
        bindings = ruledOut.map { Binding(constraint: problem.constraints[$0.key], datesRuledOut: $0.value) }
            .sorted { ($0.datesRuledOut, $1.constraint.name) > ($1.datesRuledOut, $0.constraint.name) }
        alternatives = Array(allowed.sorted { ($0.cost, $0.date) < ($1.cost, $1.date) }.prefix(3))
    }

    public func rendered(in language: Language) -> String {
        let fr = language == .fr
        let long = { (date: CivilDate) in
            fr ? "\(FrenchDate.weekday(date)) \(FrenchDate.long(date))" : "\(EnglishDate.weekday(date)) \(EnglishDate.long(date))"
        }
        var lines = ["\(title.text(in: language)) [\(eventID)] : \(long(date))".frenchColon(language)]
        guard open else {
            lines.append(
                fr ? "Date fixée par le plan : le solveur ne la déplace pas." : "Date fixed by the plan: the solver does not move it.")
            if !brokenRules.isEmpty {
                lines.append(fr ? "Règles qu'elle enfreint :" : "Rules it breaks:")
                for rule in brokenRules {
                    lines.append("  - \(rule.name) : \(rule.message.text(in: language))".frenchColon(language))
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(fr ? "Coût : \(cost)" : "Cost: \(cost)")
        if !bindings.isEmpty {
            lines.append(fr ? "Contraintes qui écartent de meilleures dates :" : "Constraints that rule out better dates:")
            for binding in bindings {
                let count = fr ? "\(binding.datesRuledOut) date(s) écartée(s)" : "\(binding.datesRuledOut) date(s) ruled out"
                lines.append(
                    "  - \(binding.constraint.name) (\(binding.constraint.location)) : \(binding.constraint.message.text(in: language)) — \(count)"
                        .frenchColon(language))
            }
        }
        if !costs.isEmpty {
            lines.append(fr ? "Coûts payés :" : "Soft costs paid:")
            for part in costs {
                lines.append(
                    "  - \(part.constraint.name) : \(part.cost) — \(part.constraint.message.text(in: language))".frenchColon(language))
            }
        }
        lines.append(fr ? "Dates suivantes :" : "Next best dates:")
        if alternatives.isEmpty { lines.append(fr ? "  (aucune autre date possible)" : "  (no other possible date)") }
        for alternative in alternatives {
            lines.append("  - \(long(alternative.date)) : \(fr ? "coût" : "cost") \(alternative.cost)".frenchColon(language))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
