import Testing

@testable import PlanFormat
@testable import PlanModel
@testable import YAMLReading

/// `attendees:` on an event and `organizer:` at the top of a plan: what invitations are built from.
@Suite("Plan loading: attendees and organizer")
struct InvitationKeysTests {
    static let people = """
          - id: adjointe
            name: Marie Dupont
            partner: namur
            email: adjointe@namur.example

        """

    static func plan(organizer: String? = nil, events: String) -> String {
        var text = PlanSamples.header.replacingOccurrences(
            of: "domains:\n", with: people + "domains:\n")
        if let organizer { text = text.replacingOccurrences(of: "partners:\n", with: organizer + "\npartners:\n") }
        return text + "events:\n" + events
    }

    static let mission = """
          - id: mission
            kind: mission
            title: Mission
            dates: {from: 2025-04-20, to: 2025-04-25}
            origin: quebec
            destination: namur
            travellers: [maire]
            attendees: [adjointe]
        """

    @Test("attendees and organizer are read")
    func reads() throws {
        let plan = try PlanSamples.load(
            Self.plan(
                organizer: "organizer: {name: \"Bureau des relations internationales\", email: bri@quebec.example}", events: Self.mission))
        let activity = try #require(plan.activities.first)
        #expect(activity.travellerIDs == ["maire"])
        #expect(activity.attendeeIDs == ["adjointe"])
        #expect(plan.organizer?.name == "Bureau des relations internationales")
        #expect(plan.organizer?.email == "bri@quebec.example")
    }

    @Test("Both keys are optional")
    func optional() throws {
        let plan = try PlanSamples.load(Self.plan(events: Self.mission.replacingOccurrences(of: "attendees: [adjointe]", with: "")))
        #expect(plan.activities.first?.attendeeIDs == [])
        #expect(plan.organizer == nil)
    }

    struct Mistake: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let marker: String
        let en: String
        let fr: String
        let hint: String
        var description: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            name: "unknown attendee", text: plan(events: mission.replacingOccurrences(of: "[adjointe]", with: "[adjointte]")),
            marker: "adjointte", en: "unknown person 'adjointte'", fr: "adjointte", hint: "did you mean 'adjointe'?"),
        Mistake(
            name: "organizer email without a domain", text: plan(organizer: "organizer: {name: BRI, email: bri@quebec}", events: mission),
            marker: "bri@quebec}", en: "'bri@quebec' is not a valid email address", fr: "n'est pas une adresse électronique valide",
            hint: "office@city.example"),
        Mistake(
            name: "organizer email with a name", text: plan(organizer: "organizer: {email: \"BRI <bri@quebec.example>\"}", events: mission),
            marker: "\"BRI <", en: "is not a valid email address", fr: "adresse électronique", hint: "without spaces or a name"),
        Mistake(
            name: "organizer without email", text: plan(organizer: "organizer: {name: BRI}", events: mission),
            marker: "{name: BRI}", en: "email", fr: "email", hint: "email"),
        Mistake(
            name: "misspelt organizer key", text: plan(organizer: "organizer: {name: BRI, emial: bri@quebec.example}", events: mission),
            marker: "emial", en: "unknown key 'emial'", fr: "emial", hint: "did you mean 'email'?"),
    ]

    @Test("Each mistake is located and bilingual", arguments: mistakes)
    func refuses(_ mistake: Mistake) throws {
        let issues = PlanSamples.issues(mistake.text)
        #expect(!issues.isEmpty, "\(mistake.name) was accepted")
        let issue = try #require(issues.first { $0.message.en.contains(mistake.en) }, "\(issues.map { $0.rendered(in: .en) })")
        let expected = PlanSamples.position(of: mistake.marker, in: mistake.text)
        #expect(issue.location.line == expected.line, "\(issue.rendered(in: .en))")
        #expect(issue.location.column == expected.column, "\(issue.rendered(in: .en))")
        #expect(issue.message.en.contains(mistake.en), "\(issue.message.en)")
        #expect(issue.message.fr.contains(mistake.fr), "\(issue.message.fr)")
        #expect(issue.message.fr != issue.message.en)
        #expect(issue.hint?.en.contains(mistake.hint) == true, "\(String(describing: issue.hint?.en))")
    }

    @Test(
        "Plausible email shapes",
        arguments: [
            ("bri@quebec.example", true), ("jean.o'neil@ville-namur.be", true), ("a@b.c", true),
            ("bri@quebec", false), ("@quebec.example", false), ("bri@@quebec.example", false), ("bri @quebec.example", false),
            ("bri@quebec..example", false), ("BRI <bri@quebec.example>", false), ("bri@quebec.example\n", false),
            ("bri;x@quebec.example", false), ("bri@-quebec.example", false), (".bri@quebec.example", false),
        ])
    func plausible(address: String, expected: Bool) {
        #expect(EmailAddress.isPlausible(address) == expected)
    }
}
