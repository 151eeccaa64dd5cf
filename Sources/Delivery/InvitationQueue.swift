import Bilingual
import CivilTime
import Invitations
import Scheduling

/// What a publication does with invitations, from the command line or the workspace: queue those
/// the published schedule implies (`InvitationPlanner` against what was sent before), with the new
/// memory, in one transaction of the outbox.
public enum InvitationQueue {
    /// Returns how many messages were queued. `date`: the publication's time (the messages' Date
    /// and DTSTAMP); `now`: the outbox's clock; `answerLink`: each invitee's answer page.
    public static func enqueue(
        schedule: Schedule, language: Language?, date: Instant, store: any OutboxStore,
        answerLink: (@Sendable (_ uid: String, _ address: String) -> String?)? = nil, now: Int64
    ) async throws -> Int {
        var events: [InvitedEvent] = []
        var planIDs: Set<String> = []
        for plan in schedule.plans where plan.organizer != nil {
            planIDs.insert(plan.id)
            let builder = InvitationBuilder(plan: plan, language: language)
            for event in schedule.events where event.planID == plan.id {
                // A series written as one rule is not invited yet (InvitationError.series).
                if let invited = try? builder.invitedEvent(event) { events.append(invited) }
            }
        }
        let remembered = try await store.invitationMemory()
        let planned = InvitationPlanner.plan(remembered: remembered, events: events, planIDs: planIDs)
        let messages = try OutboxMessage.messages(for: planned.invitations, date: date, answerLink: answerLink)
        return try await store.enqueue(messages, memory: planned.memory, now: now)
    }
}
