import Bilingual
import CivilTime
import Foundation
import ICalendar
import Invitations
import Testing

/// What the planner sends, from what was last sent and the events now.
@Suite("Invitations: which changes a publication implies")
struct InvitationPlannerTests {
    static let maire = InvitedEvent.Invitee(email: "maire@quebec.example", name: "Bruno Marchand")
    static let adjointe = InvitedEvent.Invitee(email: "adjointe@namur.example", name: "Marie Dupont")
    static let conseiller = InvitedEvent.Invitee(email: "Conseiller@Namur.example", name: nil)

    static func event(
        start: String = "2025-06-11T10:00:00", confirmed: Bool = true, invitees: [InvitedEvent.Invitee] = [maire, adjointe],
        plan: String = "essai", uid: String = "uid-comite"
    ) -> InvitedEvent {
        InvitedEvent(
            uid: uid, planID: plan, eventID: "comite", language: .fr,
            organizer: .init(email: "bri@quebec.example", name: "BRI"), title: LocalizedText(fr: "Comité", en: "Committee"),
            place: LocalizedText(fr: "Québec", en: "Quebec City"), start: start, end: "2025-06-11T11:30:00",
            zone: "America/Toronto", confirmed: confirmed, invitees: invitees)
    }

    static func told(_ event: InvitedEvent, sequence: Int, cancelled: Bool = false) -> [String: InvitationMemory] {
        [event.uid: InvitationMemory(sequence: sequence, event: event, cancelled: cancelled)]
    }

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let remembered: [String: InvitationMemory]
        let events: [InvitedEvent]
        let planIDs: Set<String>
        /// `kind sequence → recipients`, in order.
        let sends: [String]
        /// `sequence cancelled invitees` of the new memory; nil: no new memory.
        let memory: String?
    }

    static let moved = event(start: "2025-06-12T10:00:00")

    static let cases: [Case] = [
        Case(
            description: "first confirmation: a REQUEST to everyone", remembered: [:], events: [event()], planIDs: ["essai"],
            sends: ["request 0 → all"], memory: "0 active maire@quebec.example,adjointe@namur.example"),
        Case(
            description: "provisional and never invited: nothing", remembered: [:], events: [event(confirmed: false)],
            planIDs: ["essai"], sends: [], memory: nil),
        Case(
            description: "confirmed but nobody with an address: nothing", remembered: [:], events: [event(invitees: [])],
            planIDs: ["essai"], sends: [], memory: nil),
        Case(
            description: "unchanged: nothing", remembered: told(event(), sequence: 0), events: [event()], planIDs: ["essai"],
            sends: [], memory: nil),
        Case(
            description: "moved: an update, SEQUENCE+1", remembered: told(event(), sequence: 0), events: [moved],
            planIDs: ["essai"], sends: ["update 1 → all"], memory: "1 active maire@quebec.example,adjointe@namur.example"),
        Case(
            description: "cancelled in the plan: a CANCEL", remembered: told(event(), sequence: 2), events: [event(confirmed: false)],
            planIDs: ["essai"], sends: ["cancel 3 → all"], memory: "3 cancelled maire@quebec.example,adjointe@namur.example"),
        Case(
            description: "gone from its plan: a CANCEL", remembered: told(event(), sequence: 0), events: [], planIDs: ["essai"],
            sends: ["cancel 1 → all"], memory: "1 cancelled maire@quebec.example,adjointe@namur.example"),
        Case(
            description: "plan not published this time: nothing", remembered: told(event(), sequence: 0), events: [],
            planIDs: ["autre"], sends: [], memory: nil),
        Case(
            description: "already cancelled and gone: nothing", remembered: told(event(), sequence: 1, cancelled: true), events: [],
            planIDs: ["essai"], sends: [], memory: nil),
        Case(
            description: "cancelled, then confirmed again: a REQUEST, SEQUENCE+1",
            remembered: told(event(), sequence: 1, cancelled: true), events: [event()], planIDs: ["essai"],
            sends: ["update 2 → all"], memory: "2 active maire@quebec.example,adjointe@namur.example"),
        Case(
            description: "an invitee removed: a CANCEL to them alone", remembered: told(event(), sequence: 0),
            events: [event(invitees: [maire])], planIDs: ["essai"], sends: ["remove 1 → adjointe@namur.example"],
            memory: "1 active maire@quebec.example"),
        Case(
            description: "an invitee added: a REQUEST to them alone, same SEQUENCE", remembered: told(event(), sequence: 3),
            events: [event(invitees: [maire, adjointe, conseiller])], planIDs: ["essai"], sends: ["request 3 → conseiller@namur.example"],
            memory: "3 active maire@quebec.example,adjointe@namur.example,Conseiller@Namur.example"),
        Case(
            description: "an address in other letter case is the same invitee",
            remembered: told(event(invitees: [maire, conseiller]), sequence: 0),
            events: [event(invitees: [maire, .init(email: "conseiller@namur.example", name: nil)])], planIDs: ["essai"], sends: [],
            memory: nil),
        Case(
            description: "moved and an invitee replaced: remove, then update to the new list", remembered: told(event(), sequence: 0),
            events: [event(start: "2025-06-12T10:00:00", invitees: [maire, conseiller])], planIDs: ["essai"],
            sends: ["remove 1 → adjointe@namur.example", "update 1 → all"],
            memory: "1 active maire@quebec.example,Conseiller@Namur.example"),
        Case(
            description: "removed and added on an unchanged event: the new one invited at the new SEQUENCE",
            remembered: told(event(), sequence: 0), events: [event(invitees: [maire, conseiller])], planIDs: ["essai"],
            sends: ["remove 1 → adjointe@namur.example", "request 1 → conseiller@namur.example"],
            memory: "1 active maire@quebec.example,Conseiller@Namur.example"),
        Case(
            description: "made provisional again after an invitation: a CANCEL", remembered: told(event(), sequence: 0),
            events: [moved].map {
                var event = $0
                event.confirmed = false
                return event
            }, planIDs: ["essai"],
            sends: ["cancel 1 → all"], memory: "1 cancelled maire@quebec.example,adjointe@namur.example"),
    ]

    static func describe(_ invitation: PlannedInvitation) -> String {
        let recipients: String
        if case .removeInvitee(let who, _) = invitation.change {
            recipients = who.email
        } else {
            recipients = invitation.recipients.map { $0.sorted().joined(separator: ",") } ?? "all"
        }
        return "\(invitation.change.kind) \(invitation.change.sequence) → \(recipients)"
    }

    @Test("Each situation sends what RFC 5546 asks, and remembers it", arguments: cases)
    func planned(_ testCase: Case) {
        let result = InvitationPlanner.plan(remembered: testCase.remembered, events: testCase.events, planIDs: testCase.planIDs)
        #expect(result.invitations.map(Self.describe) == testCase.sends)
        let memory = result.memory.map { entry in
            "\(entry.sequence) \(entry.cancelled ? "cancelled" : "active") "
                + entry.event.invitees.map(\.email).joined(separator: ",")
        }
        #expect(memory == (testCase.memory.map { [$0] } ?? []))
        // Planning from the new memory with the same events sends nothing more.
        var next = testCase.remembered
        for entry in result.memory { next[entry.uid] = entry }
        let again = InvitationPlanner.plan(remembered: next, events: testCase.events, planIDs: testCase.planIDs)
        #expect(again.invitations.isEmpty, "\(again.invitations.map(Self.describe))")
    }

    @Test("A cancellation of an event gone from its plan is written from the memory")
    func cancelFromMemory() throws {
        let result = InvitationPlanner.plan(remembered: Self.told(Self.event(), sequence: 4), events: [], planIDs: ["essai"])
        let messages = try #require(result.invitations.first).messages(date: InvitationSamples.date)
        #expect(messages.map(\.to.email) == ["maire@quebec.example", "adjointe@namur.example"])
        let lines = InvitationSamples.unfolded(messages[0].calendar)
        for line in ["METHOD:CANCEL", "UID:uid-comite", "SEQUENCE:5", "STATUS:CANCELLED", "DTSTART;TZID=America/Toronto:20250611T100000"] {
            #expect(lines.contains(line), "\(line)")
        }
    }

    @Test("A REQUEST to a new invitee goes to that address alone and lists everyone")
    func addedInviteeAlone() throws {
        let result = InvitationPlanner.plan(
            remembered: Self.told(Self.event(), sequence: 0), events: [Self.event(invitees: [Self.maire, Self.adjointe, Self.conseiller])],
            planIDs: ["essai"])
        let messages = try #require(result.invitations.first).messages(date: InvitationSamples.date)
        #expect(messages.map(\.to.email) == ["Conseiller@Namur.example"])
        #expect(InvitationSamples.unfolded(messages[0].calendar).filter { $0.hasPrefix("ATTENDEE") }.count == 3)
    }

    @Test("The memory reads back as it was written, and the fingerprint follows what invitees are told")
    func memoryRoundTrip() throws {
        let memory = InvitationMemory(sequence: 2, event: Self.event(), cancelled: false)
        let decoded = try JSONDecoder().decode(InvitationMemory.self, from: try JSONEncoder().encode(memory))
        #expect(decoded == memory)
        var described = Self.event()
        described.description = LocalizedText(fr: "Ordre du jour", en: "Agenda")
        #expect(described.fingerprint == Self.event().fingerprint)
        var renamed = Self.event()
        renamed.title = LocalizedText(fr: "Comité|spécial", en: "Committee")
        #expect(renamed.fingerprint != Self.event().fingerprint)
    }

    @Test("From a plan: the snapshot the builder takes holds the invitees and the host's name as place")
    func snapshotFromPlan() throws {
        let plan = try InvitationSamples.plan()
        let event = try InvitationBuilder(plan: plan).invitedEvent(try InvitationSamples.event("comite", in: plan))
        #expect(event.invitees.map(\.email) == ["maire@quebec.example", "adjointe@namur.example"])
        #expect(event.start == "2025-06-11T10:00:00" && event.end == "2025-06-11T11:30:00" && event.zone == "America/Toronto")
        #expect(event.place?.fr == "Ville de Québec" && event.confirmed)
        let provisional = try InvitationBuilder(plan: plan).invitedEvent(try InvitationSamples.event("mission", in: plan))
        #expect(!provisional.confirmed && provisional.zone == nil && provisional.start == "2025-04-20" && provisional.end == "2025-04-25")
    }
}
