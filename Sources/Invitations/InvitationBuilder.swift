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

    /// The iTIP calendar of a change: one VEVENT with the feeds' UID, DTSTAMP = `stamp` (when
    /// the message is made, RFC 5546 §3.2), ORGANIZER and the ATTENDEEs the change concerns.
    public func calendar(
        for change: InvitationChange, of event: ScheduledEvent, stamp: Instant
    ) throws(InvitationError)
        -> Calendar
    {
        let organizer = try organizer()
        switch change {
        case .request, .update: guard Self.isConfirmed(event) else { throw .notConfirmed(event: event.id) }
        case .cancel, .removeInvitee: break
        }
        if event.series?.singleRule == true { throw .series(event: event.id) }
        guard change.sequence >= 0 else { throw .negativeSequence(change.sequence) }

        let wording = InvitationWording(plan: plan, language: language)
        var vevent = Event(
            uid: event.uid, sequence: change.sequence, stamp: stamp,
            start: Self.startTime(of: event.timing), end: Self.endTime(of: event.timing),
            summary: event.title.text(in: language))
        vevent.description = event.description?.text(in: language)
        vevent.location = wording.place(of: event)
        vevent.organizer = organizer
        switch change {
        case .request, .update:
            vevent.status = .confirmed
            vevent.attendees = invitees(of: event)
        case .cancel:
            vevent.status = .cancelled
            vevent.attendees = invitees(of: event).map(Self.noReplyAsked)
        case .removeInvitee(let invitee, _):
            // RFC 5546 §3.2.5: no STATUS when only some attendees are uninvited.
            vevent.attendees = [Self.noReplyAsked(invitee)]
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
        let calendar = try calendar(for: change, of: event, stamp: date)
        let text: String
        do {
            text = try ICalendarWriter.serialize(calendar)
        } catch {
            throw .calendar(error.description)
        }
        let organizer = try organizer()
        let domain = messageDomain ?? String(organizer.email.split(separator: "@").last ?? "jumelage.invalid")
        let wording = InvitationWording(plan: plan, language: language)
        return calendar.events[0].attendees.map { invitee in
            let link: String? =
                switch change {
                case .request, .update: answerLink?(event.uid, invitee.email)
                case .cancel, .removeInvitee: nil
                }
            let body = wording.body(for: change, of: event, invitee: invitee, organizer: organizer, answerLink: link)
            return InvitationMessage(
                from: organizer, to: invitee, subject: wording.subject(for: change, of: event), date: date,
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
