import PlanModel

/// An activity shared by the events that copy it; equal when the activities are.
final class ActivityBox: Hashable, Sendable {
    let value: Activity

    init(_ value: Activity) { self.value = value }

    static func == (a: ActivityBox, b: ActivityBox) -> Bool { a === b || a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
