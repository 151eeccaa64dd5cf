import PlanModel

/// The plans of a workspace that can be planned apart: plans that share nothing the solver links
/// are independent, so a workspace plans as the sum of its units and an edit re-plans only the
/// unit of the plan it changes. Two plans are in one unit when they name the same person (one
/// traveller cannot be in two places, their busy calendars add up, their trips combine) or the
/// same `.ics` file of days off (read once, in the zone of the first partner naming it).
package enum PlanningUnits {
    /// Indices into `plans`, each unit in the plans' order, the units by their first plan.
    package static func partition(_ plans: [Plan]) -> [[Int]] {
        var parent = Array(plans.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var firstNaming: [String: Int] = [:]
        for (index, plan) in plans.enumerated() {
            let shared =
                plan.people.map { "person:" + $0.id } + plan.activities.flatMap(\.travellerIDs).map { "person:" + $0 }
                + plan.partners.flatMap { partner in partner.holidayFiles.values.map { "days-off:" + $0 } }
            for key in shared {
                if let other = firstNaming[key] {
                    let (a, b) = (root(other), root(index))
                    if a != b { parent[max(a, b)] = min(a, b) }
                } else {
                    firstNaming[key] = index
                }
            }
        }
        var units: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in plans.indices {
            let unit = root(index)
            if units[unit] == nil { order.append(unit) }
            units[unit, default: []].append(index)
        }
        return order.map { units[$0]! }
    }
}
