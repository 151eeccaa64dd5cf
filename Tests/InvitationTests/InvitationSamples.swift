import CivilTime
import Foundation
import ICalendar
import Invitations
import PlanFormat
import PlanModel
import Scheduling

/// A small plan with an organizer, invitees with and without an address, and the events the
/// tests invite to.
enum InvitationSamples {
    static func text(language: String = "fr", organizer: Bool = true) -> String {
        """
        jumelage: 1
        id: essai
        title: {fr: Plan d'essai, en: Test plan}
        language: \(language)
        revision: 2024-01-15T09:00:00Z
        horizon: {from: 2024-01-01, to: 2026-12-31}
        \(organizer ? "organizer: {name: \"Bureau des relations internationales (Québec)\", email: bri@quebec.example}" : "")
        partners:
          - id: quebec
            name: Ville de Québec
            country: CA
            timezone: America/Toronto
            holidays: [CA-QC]
          - id: namur
            name: Ville de Namur
            country: BE
            timezone: Europe/Brussels
        people:
          - id: maire
            name: Bruno Marchand
            partner: quebec
            email: maire@quebec.example
          - id: adjointe
            name: 'Dupont, Marie "Mimi"'
            partner: namur
            email: adjointe@namur.example
          - id: sansadresse
            name: Paul Sans Adresse
            partner: namur
        events:
          - id: comite
            kind: committee
            title: {fr: "Comité de suivi <Québec & Namur>", en: "Follow-up committee <Québec & Namur>"}
            description: {fr: "Ordre du jour à venir.", en: "Agenda to follow."}
            start: 2025-06-11T10:00
            duration: 1h30
            host: quebec
            travellers: [maire]
            attendees: [adjointe, sansadresse, maire]
          - id: mission
            kind: mission
            title: Mission
            dates: {from: 2025-04-20, to: 2025-04-25}
            origin: quebec
            destination: namur
            travellers: [maire]
            provisional: true
          - id: appels
            title: Appel
            start: 2025-03-10T09:00
            duration: 1h
            host: quebec
            attendees: [maire]
            repeat: {every: month, count: 3}

        """
    }

    static func plan(language: String = "fr", organizer: Bool = true) throws -> Plan {
        try PlanLoader.load(data: Data(text(language: language, organizer: organizer).utf8), file: "essai.yaml")
    }

    static func event(_ id: String, in plan: Plan) throws -> ScheduledEvent {
        guard let event = Scheduler.schedule([plan]).events.first(where: { $0.activityID == id }) else {
            throw SampleError.noEvent(id)
        }
        return event
    }

    enum SampleError: Error { case noEvent(String) }

    /// 2025-05-01T12:00:00Z: the Date header and DTSTAMP of every sample message.
    static let date = Instant(utc: CivilDateTime(iso: "2025-05-01T12:00:00")!)

    /// The iCalendar text with folded lines joined.
    static func unfolded(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }
}
