import Bilingual
import CivilTime
import ICalendar
import PlanModel
import Scheduling

/// Builds iTIP messages (RFC 5546) for the events of a plan, and their emails (RFC 6047): no
/// clock, no randomness; the same inputs give the same bytes.
public struct InvitationBuilder: Sendable {
    public var plan: Plan
    /// The language of the emails and of the calendar's text: the plan's unless given.
    public var language: Language
    /// The right-hand side of Message-IDs: the organizer's mail domain unless given.
    public var messageDomain: String?
    /// Each invitee's page to accept or decline, by event UID and address (the workspace's signed
    /// link); requests and updates carry it. nil: no link, answers come from the calendars alone.
    public var answerLink: (@Sendable (_ uid: String, _ address: String) -> String?)?

    public init(plan: Plan, language: Language? = nil, messageDomain: String? = nil) {
        self.plan = plan
        self.language = language ?? plan.language
        self.messageDomain = messageDomain
    }

    /// The ORGANIZER: the plan's `organizer:`.
    public func organizer() throws(InvitationError) -> Participant {
        guard let organizer = plan.organizer else { throw .noOrganizer(plan: plan.id) }
        return Participant(email: organizer.email, name: organizer.name)
    }

    /// The travellers, then the attendees, who have a plausible email: each person once, each
    /// address once (the first person keeps it), as NEEDS-ACTION, RSVP=TRUE, REQ-PARTICIPANT.
    public func invitees(of event: ScheduledEvent) -> [Participant] {
        var seenPeople: Set<String> = []
        var seenAddresses: Set<String> = []
        var invitees: [Participant] = []
        for id in event.travellerIDs + event.activity.attendeeIDs where seenPeople.insert(id).inserted {
            guard let person = plan.person(id), let email = person.email, EmailAddress.isPlausible(email),
                seenAddresses.insert(email.lowercased()).inserted
            else { continue }
            invitees.append(.invitee(email: email, name: person.name))
        }
        return invitees
    }

    /// What the invitations to `event` say, taken from the plan now: the organizer, the
    /// invitees, the dates, the place. Throws when the plan names no organizer, or when the event
    /// is one occurrence of a series written as one repetition rule.
    public func invitedEvent(_ event: ScheduledEvent) throws(InvitationError) -> InvitedEvent {
        let organizer = try organizer()
        if event.series?.singleRule == true { throw .series(event: event.id) }
        let start: String, end: String, zone: String?
        switch event.timing {
        case .timed(let first, let last, let name): (start, end, zone) = (first.description, last.description, name)
        case .allDay(let range): (start, end, zone) = (range.first.description, range.last.description, nil)
        }
        return InvitedEvent(
            uid: event.uid, planID: event.planID, eventID: event.id, language: language,
            organizer: .init(email: organizer.email, name: organizer.name), title: event.title, description: event.description,
            place: InvitationWording.place(of: event, in: plan), start: start, end: end, zone: zone,
            confirmed: Self.isConfirmed(event), invitees: invitees(of: event).map { .init(email: $0.email, name: $0.name) })
    }

    /// The iTIP calendar of a change: one VEVENT with the feeds' UID, DTSTAMP = `stamp` (when
    /// the message is made, RFC 5546 §3.2), ORGANIZER and the ATTENDEEs the change concerns.
    public func calendar(
        for change: InvitationChange, of event: ScheduledEvent, stamp: Instant
    ) throws(InvitationError)
        -> Calendar
    {
        try Self.calendar(for: change, of: try invitedEvent(event), stamp: stamp)
    }

    /// The same, from what the invitations say (see `invitedEvent(_:)`); its language is the
    /// snapshot's.
    public static func calendar(
        for change: InvitationChange, of event: InvitedEvent, stamp: Instant
    ) throws(InvitationError)
        -> Calendar
    {
        switch change {
        case .request, .update: guard event.confirmed else { throw .notConfirmed(event: event.eventID) }
        case .cancel, .removeInvitee: break
        }
        guard change.sequence >= 0 else { throw .negativeSequence(change.sequence) }
        guard let timing = event.timing else { throw .calendar("\(event.start) – \(event.end)") }
        let language = event.language
        var vevent = Event(
            uid: event.uid, sequence: change.sequence, stamp: stamp,
            start: startTime(of: timing), end: endTime(of: timing),
            summary: event.title.text(in: language))
        vevent.description = event.description?.text(in: language)
        vevent.location = event.place?.text(in: language)
        vevent.organizer = event.organizerParticipant
        let invitees = event.invitees.map(\.participant)
        switch change {
        case .request, .update:
            vevent.status = .confirmed
            vevent.attendees = invitees
        case .cancel:
            vevent.status = .cancelled
            vevent.attendees = invitees.map(noReplyAsked)
        case .removeInvitee(let invitee, _):
            // RFC 5546 §3.2.5: no STATUS when only some attendees are uninvited.
            vevent.attendees = [noReplyAsked(invitee)]
        }
        return Calendar(
            productID: "-//Jumelage//Jumelage 1.0//\(language.rawValue.uppercased())", name: "",
            method: change.method, events: [vevent])
    }

    /// One email per invitee the change concerns (for `removeInvitee`, that person only), in
    /// the order of the ATTENDEEs. `date` is the Date header and the DTSTAMP.
    public func messages(
        for change: InvitationChange, of event: ScheduledEvent, date: Instant
    ) throws(InvitationError)
        -> [InvitationMessage]
    {
        try Self.messages(for: change, of: try invitedEvent(event), date: date, messageDomain: messageDomain, answerLink: answerLink)
    }

    /// The same, from what the invitations say (see `invitedEvent(_:)`): what a cancellation of
    /// an event gone from its plan is written from. Message-IDs end with `@messageDomain`, the
    /// organizer's mail domain unless given; `answerLink` gives each invitee's answer page.
    public static func messages(
        for change: InvitationChange, of event: InvitedEvent, date: Instant, messageDomain: String? = nil,
        answerLink: (@Sendable (_ uid: String, _ address: String) -> String?)? = nil
    ) throws(InvitationError)
        -> [InvitationMessage]
    {
        let calendar = try calendar(for: change, of: event, stamp: date)
        guard let timing = event.timing else { throw .calendar("\(event.start) – \(event.end)") }
        let text: String
        do {
            text = try ICalendarWriter.serialize(calendar)
        } catch {
            throw .calendar(error.description)
        }
        let organizer = event.organizerParticipant
        let domain = messageDomain ?? String(organizer.email.split(separator: "@").last ?? "jumelage.invalid")
        let wording = InvitationWording(language: event.language)
        return calendar.events[0].attendees.map { invitee in
            let link: String? =
                switch change {
                case .request, .update: answerLink?(event.uid, invitee.email)
                case .cancel, .removeInvitee: nil
                }
            let body = wording.body(for: change, of: event, timing: timing, invitee: invitee, organizer: organizer, answerLink: link)
            return InvitationMessage(
                from: organizer, to: invitee, subject: wording.subject(for: change, of: event, timing: timing), date: date,
                messageID: MailWriter.messageID(
                    uid: event.uid, sequence: change.sequence, kind: change.kind, to: invitee.email, domain: domain),
                method: change.method, plainText: body.plain, html: body.html, calendar: text)
        }
    }

    /// A cancellation asks for no reply: RSVP=TRUE only on requests.
    static func noReplyAsked(_ participant: Participant) -> Participant {
        var participant = participant
        participant.rsvp = false
        return participant
    }

    /// CONFIRMED as the feeds say it: held, met or missed; else not cancelled and not provisional.
    static func isConfirmed(_ event: ScheduledEvent) -> Bool {
        switch event.outcome {
        case .cancelled?: return false
        case .held?, .met?, .missed?: return true
        case .postponed?, nil: return !event.provisional
        }
    }

    static func startTime(of timing: Timing) -> EventTime {
        switch timing {
        case .timed(let start, _, let zone): return .zoned(start, zone: zone)
        case .allDay(let range): return .date(range.first)
        }
    }

    /// Exclusive, as in the feeds: the day after the last day for all-day events.
    static func endTime(of timing: Timing) -> EventTime {
        switch timing {
        case .timed(_, let end, let zone): return .zoned(end, zone: zone)
        case .allDay(let range): return .date(range.last.adding(days: 1))
        }
    }
}
