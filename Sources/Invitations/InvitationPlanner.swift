/// Decides which invitations a publication implies, from what was last sent per event (the
/// memory) and the events of the plans now. Pure: no clock, no I/O; the same inputs give the
/// same changes in the same order.
///
/// - A confirmed event never invited: a REQUEST (SEQUENCE 0) to every invitee.
/// - Its start, end, zone, place, title or status changed (`InvitedEvent.fingerprint`): a
///   REQUEST with SEQUENCE+1 to every invitee.
/// - An invitee gone from the list: a CANCEL to that person alone, SEQUENCE+1; the others hear
///   nothing unless the event changed too (RFC 5546 §2.1.4: removing an attendee needs no
///   update to the others).
/// - A new invitee on an unchanged event: a REQUEST to that person alone with the current
///   SEQUENCE (RFC 5546 §2.1.4: adding attendees does not raise SEQUENCE); the others hear nothing.
/// - An invited event cancelled, made provisional again, or gone from its plan: a CANCEL,
///   SEQUENCE+1, to everyone who holds it. Brought back confirmed later: a REQUEST, SEQUENCE+1.
/// - An event never invited and not confirmed: nothing.
///
/// SEQUENCE counts the messages' own history, from 0: it is not the feeds' SEQUENCE (an event
/// moved twice before it is confirmed is invited at 0).
public enum InvitationPlanner {
    public struct Result: Hashable, Sendable {
        public var invitations: [PlannedInvitation]
        /// The new memory of every event something is sent about; the others keep theirs.
        public var memory: [InvitationMemory]
    }

    /// `events`: every event of the plans with an organizer, as `InvitationBuilder.invitedEvent`
    /// makes them. `planIDs`: the plans they come from; a remembered event of one of them that
    /// is no longer in `events` is cancelled, those of other plans are left alone (a publication
    /// of some plans says nothing of the others).
    public static func plan(remembered: [String: InvitationMemory], events: [InvitedEvent], planIDs: Set<String>) -> Result {
        var invitations: [PlannedInvitation] = []
        var memory: [InvitationMemory] = []
        var seen: Set<String> = []
        for event in events where seen.insert(event.uid).inserted {
            let step = changes(remembered: remembered[event.uid], event: event)
            invitations += step.invitations
            if let next = step.memory { memory.append(next) }
        }
        for uid in remembered.keys.sorted() where !seen.contains(uid) {
            guard let told = remembered[uid], planIDs.contains(told.event.planID), !told.cancelled else { continue }
            invitations.append(PlannedInvitation(change: .cancel(previousSequence: told.sequence), event: told.event))
            memory.append(InvitationMemory(sequence: told.sequence + 1, event: told.event, cancelled: true))
        }
        return Result(invitations: invitations, memory: memory)
    }

    static func changes(
        remembered told: InvitationMemory?, event: InvitedEvent
    ) -> (
        invitations: [PlannedInvitation], memory: InvitationMemory?
    ) {
        guard event.confirmed else {
            guard let told, !told.cancelled else { return ([], nil) }
            return (
                [PlannedInvitation(change: .cancel(previousSequence: told.sequence), event: told.event)],
                InvitationMemory(sequence: told.sequence + 1, event: told.event, cancelled: true)
            )
        }
        guard let told else {
            guard !event.invitees.isEmpty else { return ([], nil) }
            return (
                [PlannedInvitation(change: .request(sequence: 0), event: event)],
                InvitationMemory(sequence: 0, event: event, cancelled: false)
            )
        }
        if told.cancelled {
            guard !event.invitees.isEmpty else { return ([], nil) }
            return (
                [PlannedInvitation(change: .update(previousSequence: told.sequence), event: event)],
                InvitationMemory(sequence: told.sequence + 1, event: event, cancelled: false)
            )
        }
        let holders = Set(told.event.invitees.map { $0.email.lowercased() })
        let invited = Set(event.invitees.map { $0.email.lowercased() })
        let removed = told.event.invitees.filter { !invited.contains($0.email.lowercased()) }
        let added = event.invitees.filter { !holders.contains($0.email.lowercased()) }
        let changed = told.fingerprint != event.fingerprint
        var invitations: [PlannedInvitation] = removed.map {
            PlannedInvitation(change: .removeInvitee($0.participant, previousSequence: told.sequence), event: event)
        }
        var sequence = removed.isEmpty ? told.sequence : told.sequence + 1
        if changed, !event.invitees.isEmpty {
            invitations.append(PlannedInvitation(change: .update(previousSequence: told.sequence), event: event))
            sequence = told.sequence + 1
        } else if !added.isEmpty {
            invitations.append(
                PlannedInvitation(change: .request(sequence: sequence), event: event, recipients: Set(added.map { $0.email.lowercased() })))
        }
        guard !invitations.isEmpty else { return ([], nil) }
        return (invitations, InvitationMemory(sequence: sequence, event: event, cancelled: false))
    }
}
