import PlanModel

/// Adds up the planned participants of each direction against its quotas, year by year, and
/// counts the people the balance compares.
enum BalanceCalculator {
    /// One balance per year that has windows or planned participants, in year order.
    static func balances(of programme: MobilityProgramme, plan: Plan, years: Set<String>) -> [MobilityBalance] {
        let allYears = years.union(programme.directions.flatMap { $0.planned.map(\.year) })
        return allYears.sorted().map { year in
            MobilityBalance(
                planID: plan.id, programmeID: programme.id, year: year,
                rows: programme.directions.map { direction in
                    let planned = direction.planned(in: year)
                    let lines = direction.types.map { type in
                        MobilityBalance.Line(type: type, planned: planned?.counts[type] ?? 0, quota: direction.quotas[type] ?? 0)
                    }
                    return MobilityBalance.Row(
                        fromID: direction.fromID, toID: direction.toID, lines: lines, hasPlan: planned != nil,
                        people: lines.filter { programme.countsTowardBalance($0.type) }.map(\.planned).reduce(0, +))
                },
                tolerance: programme.balanceTolerance, asked: programme.balance != nil,
                counted: programme.balance?.types ?? [])
        }
    }
}
