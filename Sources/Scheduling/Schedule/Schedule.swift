import PlanModel

/// The dated events of one or more plans, in a stable order.
public struct Schedule: Hashable, Sendable {
    public var plans: [Plan]
    public var events: [ScheduledEvent]

    public init(plans: [Plan], events: [ScheduledEvent]) {
        self.plans = plans
        // Sorting the positions moves integers, not events (a large value each).
        let order = events.indices.sorted { a, b in
            (events[a].timing.firstDate, events[a].planID, events[a].id) < (events[b].timing.firstDate, events[b].planID, events[b].id)
        }
        self.events = order.map { events[$0] }
    }

    public func plan(_ id: String) -> Plan? { plans.first { $0.id == id } }

    public func events(of plan: Plan) -> [ScheduledEvent] { events.filter { $0.planID == plan.id } }
}
