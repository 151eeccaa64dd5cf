import Foundation
import Mobility
import PlanModel
import PlanFormat

/// The plans a command names, loaded, with their mobility programmes checked against the
/// academic calendars (shipped, or added with `--calendars DIR`). Every command that reads
/// plans goes through it, so that `plan` and `check` refuse what `windows`, `pages` and
/// `publish` refuse, with the same located, bilingual message, printed once.
struct Workspace {
    let plans: [Plan]
    /// The programmes' windows and balances; empty when no plan has a programme.
    let mobility: MobilitySchedule

    static func load(paths: [String], calendars: String?) throws -> Workspace {
        let plans = try PlanLoader.load(paths: paths)
        let mobility = try MobilityScheduler.schedule(plans, calendarsDirectory: calendars.map { URL(fileURLWithPath: $0) })
        return Workspace(plans: plans, mobility: mobility)
    }
}
