import CivilTime
import ICalendar
import Testing

/// ORGANIZER, ATTENDEE and METHOD for iTIP messages; feeds stay without them.
@Suite("Writer: organizer, attendees and method")
struct ParticipantWritingTests {
    static func lines(_ calendar: ICalendar.Calendar) throws -> [String] {
        try ICalendarWriter.serialize(calendar).replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let participant: Participant
        let attendee: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "plain name", participant: .invitee(email: "maire@quebec.example", name: "Bruno Marchand"),
            attendee: "ATTENDEE;CN=Bruno Marchand;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:maire@quebec.example"),
        Case(
            name: "comma and quotes", participant: .invitee(email: "a@namur.example", name: "Dupont, Marie \"Mimi\""),
            attendee: "ATTENDEE;CN=\"Dupont, Marie ^'Mimi^'\";PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:a@namur.example"),
        Case(
            name: "semicolon, colon, caret, line break",
            participant: Participant(email: "b@namur.example", name: "A;B: C^n\nD", participationStatus: .accepted, role: .optional),
            attendee: "ATTENDEE;CN=\"A;B: C^^nD\";PARTSTAT=ACCEPTED;ROLE=OPT-PARTICIPANT:mailto:b@namur.example"),
        Case(
            name: "no name, declined", participant: Participant(email: "c@namur.example", participationStatus: .declined),
            attendee: "ATTENDEE;PARTSTAT=DECLINED:mailto:c@namur.example"),
        Case(
            name: "tentative chair",
            participant: Participant(email: "d@namur.example", name: "Élise", participationStatus: .tentative, role: .chair),
            attendee: "ATTENDEE;CN=Élise;PARTSTAT=TENTATIVE;ROLE=CHAIR:mailto:d@namur.example"),
    ]

    @Test("ATTENDEE lines, CN quoted and RFC 6868-encoded", arguments: cases)
    func attendee(_ testCase: Case) throws {
        var event = Fixtures.event()
        event.organizer = Participant(email: "bri@quebec.example", name: "Bureau, relations")
        event.attendees = [testCase.participant]
        let lines = try Self.lines(Fixtures.calendar([event]))
        #expect(lines.contains(testCase.attendee), "\(lines)")
        #expect(lines.contains("ORGANIZER;CN=\"Bureau, relations\":mailto:bri@quebec.example"), "\(lines)")
    }

    @Test("METHOD as given; an empty name writes no NAME", arguments: ["REQUEST", "CANCEL"])
    func method(_ method: String) throws {
        let calendar = ICalendar.Calendar(productID: "-//Jumelage//Tests//FR", name: "", method: method, events: [Fixtures.event()])
        let lines = try Self.lines(calendar)
        #expect(lines.contains("METHOD:\(method)"))
        #expect(!lines.contains { $0.hasPrefix("NAME") || $0.hasPrefix("X-WR-CALNAME") })
    }

    @Test("A feed event has no ORGANIZER nor ATTENDEE")
    func feedsUnchanged() throws {
        let text = try ICalendarWriter.serialize(Fixtures.fullCalendar)
        #expect(!text.contains("ORGANIZER") && !text.contains("ATTENDEE"))
        #expect(text.contains("METHOD:PUBLISH"))
    }

    @Test("An address that is not one is refused", arguments: ["", "no-at-sign", "a b@c.d", "a@b.c>\r\nX:y"])
    func badAddress(_ email: String) {
        var event = Fixtures.event()
        event.attendees = [Participant(email: email)]
        #expect(throws: ICalendarError.self) { try ICalendarWriter.serialize(Fixtures.calendar([event])) }
    }
}
