import Bilingual
import Foundation
import Testing

@testable import YAMLReading
@testable import PlanFormat
@testable import Scheduling

/// Bodies (committees): their members per country, the parity warning, and the events that name them.
@Suite("Bodies")
struct BodyTests {
    /// A body with `members` and `parity`, and a meeting of it.
    static func plan(members: String, parity: String = "true", body: String = "comite") -> String {
        PlanSamples.header + """
            bodies:
              - id: comite
                name: {fr: Comité technique, en: Technical committee}
                agreement: jumelage
                members: \(members)
                parity: \(parity)
            events:
              - id: reunion
                kind: committee
                title: {fr: Réunion annuelle, en: Yearly meeting}
                date: 2025-05-14
                host: quebec
                body: \(body)
                audiences: [partners]

            """
    }

    @Test("Members read as people, partners' seats and countries' seats; seats are counted per country")
    func members() throws {
        let plan = try PlanSamples.load(
            Self.plan(
                members: "[maire, {person: maire, role: {fr: président, en: chair}}, {partner: namur, count: 3}, {country: fr, count: 2}]"))
        let body = try #require(plan.bodies.first)
        #expect(body.members.map(\.seat) == [.person("maire"), .person("maire"), .partner("namur"), .country("FR")])
        #expect(body.members.map(\.count) == [1, 1, 3, 2])
        #expect(body.members[1].role == LocalizedText(fr: "président", en: "chair"))
        #expect(body.seats(in: plan).map { "\($0.country) \($0.seats)" } == ["CA 2", "BE 3", "FR 2"])
        #expect(body.seatCount == 7)
        #expect(body.tieID == "jumelage")
        #expect(plan.activities.first?.bodyID == "comite")
    }

    @Test(
        "A body said to be at parity warns when it is not",
        arguments: [
            ("[{country: FR, count: 5}, {country: CA, count: 5}]", "true", nil, nil),
            ("[{country: FR, count: 5}, {country: CA, count: 5}]", "false", nil, nil),
            ("[{country: FR, count: 6}, {country: CA, count: 4}]", "false", nil, nil),
            (
                "[{country: FR, count: 6}, {country: CA, count: 4}]", "true",
                "'Technical committee' is said to be at parity but its seats are not equal: FR 6, CA 4",
                "add 2 CA seats or remove 2 FR, or remove 'parity: true'"
            ),
            (
                "[maire, {partner: namur, count: 2}]", "true",
                "'Technical committee' is said to be at parity but its seats are not equal: CA 1, BE 2",
                "add 1 CA seat or remove 1 BE, or remove 'parity: true'"
            ),
            (
                "[{country: FR, count: 5}]", "true",
                "'Technical committee' is said to be at parity but its seats are all for one country (FR 5)",
                "add the other side's members, or remove 'parity: true'"
            ),
            (
                "[]", "true",
                "'Technical committee' is said to be at parity but its seats are all for one country (no member)",
                "add the other side's members, or remove 'parity: true'"
            ),
            (
                "[{country: FR, count: 2}, {country: CA, count: 2}, {country: BE, count: 1}]", "true",
                "'Technical committee' is said to be at parity but its seats are not equal: FR 2, CA 2, BE 1",
                "give each country as many seats, or remove 'parity: true'"
            ),
        ] as [(String, String, String?, String?)])
    func parity(members: String, parity: String, message: String?, hint: String?) throws {
        let text = Self.plan(members: members, parity: parity)
        let plan = try PlanSamples.load(text)
        let warnings = plan.warnings
        #expect(warnings.map(\.message.en) == (message.map { [$0] } ?? []))
        #expect(warnings.first?.hint?.en == hint)
        if let warning = warnings.first {
            let position = PlanSamples.position(of: "- id: comite", in: text)
            #expect(warning.location.line == position.line)
            #expect(!warning.message.fr.isEmpty && warning.message.fr != warning.message.en)
        }
    }

    @Test("The planner carries the parity warning, with its place and fix, to check, plan and the dashboard")
    func plannerWarns() throws {
        let result = try WorkspacePlanner.plan([PlanSamples.load(Self.plan(members: "[{country: FR, count: 6}, {country: CA, count: 4}]"))])
        let line = PlanSamples.position(of: "- id: comite", in: Self.plan(members: "[]")).line
        #expect(
            result.warnings.map { $0.text(in: .en) } == [
                "essai.yaml:\(line):5: 'Technical committee' is said to be at parity but its seats are not equal: FR 6, CA 4 (fix: add 2 CA seats or remove 2 FR, or remove 'parity: true')"
            ])
        #expect(result.warnings.first?.text(in: .fr).hasPrefix("essai.yaml:\(line):5 : « Comité technique » est dit paritaire") == true)
    }

    @Test("The real technical committee is at parity: no warning")
    func realCommittee() throws {
        let plan = try PlanLoader.load(file: PlanSamples.realPlanFiles[2])
        let committee = try #require(plan.body("comite-technique"))
        #expect(committee.parity)
        #expect(committee.seats(in: plan).map { "\($0.country) \($0.seats)" } == ["FR 5", "CA 5"])
        #expect(plan.warnings.isEmpty)
        #expect(plan.activities.filter { $0.bodyID == "comite-technique" }.map(\.id) == ["comite-technique"])
    }

    struct Mistake: Sendable, CustomStringConvertible {
        let name: String
        let members: String
        var body = "comite"
        let marker: String
        let message: String
        let hint: String
        var description: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            name: "an unknown person", members: "[mair]", marker: "mair]", message: "unknown person 'mair'", hint: "did you mean 'maire'?"),
        Mistake(
            name: "a person with a count", members: "[{person: maire, count: 2}]", marker: "2}]",
            message: "a person holds one seat", hint: "remove 'count'"),
        Mistake(
            name: "a partner and a country", members: "[{partner: namur, country: BE, count: 2}]", marker: "{partner",
            message: "the member gives both partner and country", hint: "{country: FR, count: N}"),
        Mistake(
            name: "seats without a count", members: "[{partner: namur}]", marker: "{partner",
            message: "'members' needs the key 'count'", hint: "add a line 'count: …'"),
        Mistake(
            name: "a country that is not a code", members: "[{country: France, count: 5}]", marker: "France",
            message: "'France' is not a country code", hint: "two-letter ISO 3166-1 code"),
        Mistake(
            name: "an event naming an unknown body", members: "[maire]", body: "comitee", marker: "comitee",
            message: "unknown body 'comitee'", hint: "did you mean 'comite'?"),
    ]

    @Test("Mistakes in bodies are refused where they are written", arguments: mistakes)
    func refuses(_ mistake: Mistake) throws {
        let text = Self.plan(members: mistake.members, body: mistake.body)
        let issues = PlanSamples.issues(text)
        let issue = try #require(issues.first { $0.message.en.contains(mistake.message) }, "\(issues.map(\.message.en))")
        #expect(issue.hint?.en.contains(mistake.hint) == true, "\(issue.hint?.en ?? "no hint")")
        let position = PlanSamples.position(of: mistake.marker, in: text)
        #expect(issue.location.line == position.line)
        #expect(issue.location.column == position.column)
    }

    @Test("A meeting of a body says so in its feeds, unless its title is the body's name")
    func feeds() throws {
        let plan = try PlanSamples.load(Self.plan(members: "[maire]"))
        let feed = try #require(FeedSamples.feed(FeedSamples.feeds([plan]), "essai-coordinators.ics"))
        let event = try #require(FeedSamples.events(feed.text).first { FeedSamples.value("SUMMARY", in: $0) == "Réunion annuelle" })
        #expect(FeedSamples.value("DESCRIPTION", in: event)?.contains("Instance : Comité technique") == true)
        var same = plan
        same.activities[0].title = plan.bodies[0].name
        let sameFeed = try #require(FeedSamples.feed(FeedSamples.feeds([same]), "essai-coordinators.ics"))
        #expect(!sameFeed.text.contains("Instance :"))
    }
}
