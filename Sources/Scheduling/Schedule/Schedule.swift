import PlanModel

/// The dated events of one or more plans, in a stable order.
public struct Schedule: Hashable, Sendable {
    public private(set) var plans: [Plan]
    public private(set) var events: [ScheduledEvent]
    /// Positions in `plans` and `events` by plan id: a workspace of thousands of plans asks for
    /// one plan's events at every page.
    private var planPositions: [String: Int]
    private var eventPositions: [String: [Int]]

    public init(plans: [Plan], events: [ScheduledEvent]) {
        self.plans = plans
        // Sorting the positions moves integers, not events (a large value each).
        let order = events.indices.sorted { a, b in
            (events[a].timing.firstDate, events[a].planID, events[a].id) < (events[b].timing.firstDate, events[b].planID, events[b].id)
        }
        self.events = order.map { events[$0] }
        planPositions = Dictionary(plans.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var eventPositions: [String: [Int]] = [:]
        for (position, event) in self.events.enumerated() { eventPositions[event.planID, default: []].append(position) }
        self.eventPositions = eventPositions
    }

    public func plan(_ id: String) -> Plan? { planPositions[id].map { plans[$0] } }

    public func events(of plan: Plan) -> [ScheduledEvent] { events(ofPlanID: plan.id) }

    public func events(ofPlanID id: String) -> [ScheduledEvent] { eventPositions[id]?.map { events[$0] } ?? [] }
}
