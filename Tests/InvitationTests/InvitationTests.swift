import Bilingual
import CivilTime
import Foundation
import ICalendar
import Invitations
import PlanModel
import Scheduling
import Testing

@Suite("Invitations: iTIP calendars and iMIP emails")
struct InvitationTests {
    static let maire = "ATTENDEE;CN=Bruno Marchand;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:maire@quebec.example"
    static let adjointe =
        "ATTENDEE;CN=\"Dupont, Marie ^'Mimi^'\";PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:adjointe@namur.example"
    /// In a CANCEL: no reply asked.
    static let maireCancelled = maire.replacingOccurrences(of: ";RSVP=TRUE", with: "")
    static let adjointeCancelled = adjointe.replacingOccurrences(of: ";RSVP=TRUE", with: "")
    static let organizer = "ORGANIZER;CN=Bureau des relations internationales (Québec):mailto:bri@quebec.example"

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let change: InvitationChange
        let lines: [String]
        let absent: [String]
        let recipients: [String]
        var description: String { name }
    }

    static let removed = Participant.invitee(email: "adjointe@namur.example", name: "Dupont, Marie \"Mimi\"")

    static let cases: [Case] = [
        Case(
            name: "first invitation", change: .request(sequence: 0),
            lines: ["METHOD:REQUEST", "SEQUENCE:0", "STATUS:CONFIRMED", organizer, maire, adjointe], absent: ["NAME:", "X-WR-CALNAME"],
            recipients: ["maire@quebec.example", "adjointe@namur.example"]),
        Case(
            name: "update", change: .update(previousSequence: 0),
            lines: ["METHOD:REQUEST", "SEQUENCE:1", "STATUS:CONFIRMED", organizer, maire, adjointe], absent: [],
            recipients: ["maire@quebec.example", "adjointe@namur.example"]),
        Case(
            name: "cancellation", change: .cancel(previousSequence: 1),
            lines: ["METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED", organizer, maireCancelled, adjointeCancelled],
            absent: [maire, adjointe],
            recipients: ["maire@quebec.example", "adjointe@namur.example"]),
        Case(
            name: "one invitee removed", change: .removeInvitee(removed, previousSequence: 1),
            lines: ["METHOD:CANCEL", "SEQUENCE:2", organizer, adjointeCancelled], absent: ["STATUS:", "ATTENDEE;CN=Bruno", adjointe],
            recipients: ["adjointe@namur.example"]),
    ]

    @Test("Each change writes its key lines", arguments: cases)
    func keyLines(_ testCase: Case) throws {
        let plan = try InvitationSamples.plan()
        let event = try InvitationSamples.event("comite", in: plan)
        let builder = InvitationBuilder(plan: plan)
        let messages = try builder.messages(for: testCase.change, of: event, date: InvitationSamples.date)
        #expect(messages.map(\.to.email) == testCase.recipients)
        let calendar = try #require(messages.first).calendar
        let lines = InvitationSamples.unfolded(calendar)
        #expect(lines.contains("UID:\(StableIdentifier.uid(planID: "essai", eventID: "comite"))"))
        #expect(lines.contains("UID:\(event.uid)"))
        #expect(lines.contains("DTSTAMP:20250501T120000Z"))
        #expect(lines.contains("DTSTART;TZID=America/Toronto:20250611T100000"))
        #expect(lines.contains("DTEND;TZID=America/Toronto:20250611T113000"))
        #expect(lines.contains("SUMMARY:Comité de suivi <Québec & Namur>"))
        for line in testCase.lines { #expect(lines.contains(line), "\(line)\n\(calendar)") }
        for fragment in testCase.absent { #expect(!lines.contains { $0.hasPrefix(fragment) }, "\(fragment)\n\(calendar)") }
        #expect(lines.filter { $0.hasPrefix("ATTENDEE") }.count == testCase.recipients.count)
        // Every message of a change carries the same calendar.
        #expect(Set(messages.map(\.calendar)).count == 1)
        #expect(messages.allSatisfy { $0.method == testCase.change.method })
    }

    @Test("Invitees: travellers then attendees, once each, only those with an address")
    func invitees() throws {
        let plan = try InvitationSamples.plan()
        let invitees = InvitationBuilder(plan: plan).invitees(of: try InvitationSamples.event("comite", in: plan))
        #expect(invitees.map(\.email) == ["maire@quebec.example", "adjointe@namur.example"])
        #expect(invitees.allSatisfy { $0.participationStatus == .needsAction && $0.rsvp && $0.role == .required })
    }

    @Test("Headers: From the organizer, To the invitee, Date as given, RFC 2047 words, a stable Message-ID")
    func headers() throws {
        let plan = try InvitationSamples.plan()
        let event = try InvitationSamples.event("comite", in: plan)
        let messages = try InvitationBuilder(plan: plan).messages(for: .request(sequence: 0), of: event, date: InvitationSamples.date)
        let text = String(decoding: messages[0].bytes, as: UTF8.self)
        let headers = text.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
            .components(separatedBy: "\r\n")
        #expect(headers.contains("To: \"Bruno Marchand\" <maire@quebec.example>"))
        #expect(headers.contains("Date: Thu, 01 May 2025 12:00:00 +0000"))
        #expect(headers.contains("MIME-Version: 1.0"))
        let from = try #require(headers.first { $0.hasPrefix("From: ") })
        #expect(from.hasPrefix("From: =?UTF-8?B?") && from.hasSuffix(" <bri@quebec.example>"))
        #expect(Self.decodedWords(from) == "Bureau des relations internationales (Québec)")
        let subject = try #require(headers.first { $0.hasPrefix("Subject: ") })
        #expect(Self.decodedWords(subject) == "Invitation : Comité de suivi <Québec & Namur> (11 juin 2025)")
        let messageID = try #require(headers.first { $0.hasPrefix("Message-ID: ") })
        #expect(messageID == "Message-ID: <\(messages[0].messageID)>")
        #expect(messages[0].messageID.hasSuffix("@quebec.example"))
        #expect(text.utf8.allSatisfy { $0 < 0x80 })
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains("Content-Type: text/calendar; method=REQUEST; charset=UTF-8"))
        #expect(text.contains("Content-Type: application/ics; name=\"invitation.ics\""))
    }

    @Test("Same inputs, same bytes; Message-IDs differ per invitee and per sequence")
    func deterministic() throws {
        let plan = try InvitationSamples.plan()
        let event = try InvitationSamples.event("comite", in: plan)
        let builder = InvitationBuilder(plan: plan)
        let first = try builder.messages(for: .request(sequence: 3), of: event, date: InvitationSamples.date)
        let again = try builder.messages(for: .request(sequence: 3), of: event, date: InvitationSamples.date)
        #expect(first.map(\.bytes) == again.map(\.bytes))
        let update = try builder.messages(for: .update(previousSequence: 3), of: event, date: InvitationSamples.date)
        let ids = (first + update).map(\.messageID)
        #expect(Set(ids).count == ids.count)
        let other = InvitationBuilder(plan: plan, messageDomain: "jumelage.example")
        #expect(
            try other.messages(for: .request(sequence: 3), of: event, date: InvitationSamples.date)[0].messageID.hasSuffix(
                "@jumelage.example"))
    }

    @Test(
        "Bodies in the plan's language, HTML escaped",
        arguments: [
            (
                "fr", "Vous êtes invité(e) à « Comité de suivi <Québec & Namur> ».",
                "Quand : le 11 juin 2025, de 10 h 00 à 11 h 30 (America/Toronto)", "Invitation : Comité"
            ),
            (
                "en", "You are invited to “Follow-up committee <Québec & Namur>”.", "When: on 11 June 2025, 10:00–11:30 (America/Toronto)",
                "Invitation: Follow-up"
            ),
        ])
    func bodies(language: String, lead: String, when: String, subject: String) throws {
        let plan = try InvitationSamples.plan(language: language)
        let event = try InvitationSamples.event("comite", in: plan)
        let message = try InvitationBuilder(plan: plan).messages(for: .request(sequence: 0), of: event, date: InvitationSamples.date)[0]
        #expect(message.plainText.contains(lead), "\(message.plainText)")
        #expect(message.plainText.contains(when), "\(message.plainText)")
        #expect(message.subject.hasPrefix(subject))
        #expect(message.html.contains("&lt;Québec &amp; Namur&gt;"))
        #expect(!message.html.contains("<Québec"))
        #expect(message.html.contains("<html lang=\"\(language)\">"))
    }

    @Test(
        "Requests and updates carry each invitee's answer link, cancellations none",
        arguments: [
            (InvitationChange.request(sequence: 0), true), (.update(previousSequence: 0), true), (.cancel(previousSequence: 0), false),
        ])
    func answerLinks(change: InvitationChange, carries: Bool) throws {
        let plan = try InvitationSamples.plan()
        let event = try InvitationSamples.event("comite", in: plan)
        var builder = InvitationBuilder(plan: plan)
        builder.answerLink = { uid, address in "https://jumelage.example/invitation/\(uid.count)-\(address)?a=1&b=2" }
        let messages = try builder.messages(for: change, of: event, date: InvitationSamples.date)
        #expect(messages.count == 2)
        for message in messages {
            let link = "https://jumelage.example/invitation/\(event.uid.count)-\(message.to.email)?a=1&b=2"
            #expect(message.plainText.contains("ou ici : \(link)\r\n") == carries, "\(message.plainText)")
            #expect(message.html.contains("<a href=\"\(link.replacingOccurrences(of: "&", with: "&amp;"))\">") == carries)
        }
        #expect(
            try InvitationBuilder(plan: plan).messages(for: change, of: event, date: InvitationSamples.date).allSatisfy {
                !$0.plainText.contains("ou ici")
            })
    }

    enum Refusal: String, CaseIterable, Sendable { case noOrganizer, provisional, series, negativeSequence }

    @Test("Refused with a bilingual reason", arguments: Refusal.allCases)
    func refusals(_ refusal: Refusal) throws {
        let plan = try InvitationSamples.plan(organizer: refusal != .noOrganizer)
        let schedule = Scheduler.schedule([plan])
        let event: ScheduledEvent
        var change = InvitationChange.request(sequence: 0)
        switch refusal {
        case .noOrganizer: event = try InvitationSamples.event("comite", in: plan)
        case .provisional: event = try InvitationSamples.event("mission", in: plan)
        case .series: event = try #require(schedule.events.first { $0.series?.singleRule == true })
        case .negativeSequence:
            event = try InvitationSamples.event("comite", in: plan)
            change = .request(sequence: -1)
        }
        #expect(throws: InvitationError.self) {
            _ = try InvitationBuilder(plan: plan).messages(for: change, of: event, date: InvitationSamples.date)
        }
        do {
            _ = try InvitationBuilder(plan: plan).messages(for: change, of: event, date: InvitationSamples.date)
        } catch {
            #expect(error.rendered(in: .fr).hasPrefix("erreur : "))
            #expect(error.rendered(in: .en).hasPrefix("error: "))
            #expect(error.rendered(in: .fr) != error.rendered(in: .en))
        }
    }

    @Test("A provisional event can still be cancelled")
    func cancelProvisional() throws {
        let plan = try InvitationSamples.plan()
        let event = try InvitationSamples.event("mission", in: plan)
        let messages = try InvitationBuilder(plan: plan).messages(
            for: .cancel(previousSequence: 0), of: event, date: InvitationSamples.date)
        #expect(messages.map(\.to.email) == ["maire@quebec.example"])
        let lines = InvitationSamples.unfolded(messages[0].calendar)
        #expect(lines.contains("DTSTART;VALUE=DATE:20250420"))
        #expect(lines.contains("DTEND;VALUE=DATE:20250426"))
        #expect(lines.contains("STATUS:CANCELLED"))
    }

    /// The text of `Name: =?UTF-8?B?…?= =?UTF-8?B?…?= <…>`, decoded.
    static func decodedWords(_ header: String) -> String {
        var bytes: [UInt8] = []
        var rest = Substring(header)
        while let start = rest.range(of: "=?UTF-8?B?"), let end = rest[start.upperBound...].range(of: "?=") {
            bytes += Data(base64Encoded: String(rest[start.upperBound..<end.lowerBound])).map(Array.init) ?? []
            rest = rest[end.upperBound...]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
