import PlanModel

/// The dated events of one or more plans, in a stable order.
public struct Schedule: Hashable, Sendable {
    public var plans: [Plan]
    public var events: [ScheduledEvent]

    public init(plans: [Plan], events: [ScheduledEvent]) {
        self.plans = plans
        self.events = events.sorted { ($0.timing.firstDate, $0.planID, $0.id) < ($1.timing.firstDate, $1.planID, $1.id) }
    }

    public func plan(_ id: String) -> Plan? { plans.first { $0.id == id } }

    public func events(of plan: Plan) -> [ScheduledEvent] { events.filter { $0.planID == plan.id } }
}
