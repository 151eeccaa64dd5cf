import Bilingual
import Foundation
import Testing

@testable import YAMLReading

/// Projects: partners, domains, funding, budget per side, status, indicators with targets.
@Suite("Projects")
struct ProjectTests {
    static func plan(project: String) -> String {
        PlanSamples.header + """
            projects:
              - id: ecoles
                title: {fr: Écoles vertes, en: Green schools}
                partners: [quebec, namur]
                domains: [culture]
            \(project)

            """
    }

    @Test("A project reads every field")
    func reads() throws {
        let plan = try PlanSamples.load(
            Self.plan(
                project: """
                        funding: {programme: FFQCD, call: ffqcd-appel-13}
                        budget:
                          - {partner: quebec, amount: 20000, currency: CAD}
                          - {partner: namur, amount: 16000, currency: EUR}
                        period: {from: 2025-01-01, to: 2026-12-31}
                        status: under-way
                        indicators:
                          - id: ecoles
                            name: {fr: Écoles jumelées, en: Twinned schools}
                            targets: {2025: 4, 2026: 6}
                            results: {2025: 3}
                          - id: rencontres
                            name: {fr: Rencontres tenues, en: Meetings held}
                            target: 2
                            measure: held-events
                    """))
        let project = try #require(plan.projects.first)
        #expect(project.partnerIDs == ["quebec", "namur"])
        #expect(project.domainIDs == ["culture"])
        #expect(project.funding == .init(programme: "FFQCD", call: "ffqcd-appel-13"))
        #expect(
            project.budget == [
                .init(partnerID: "quebec", amount: 20000, currency: "CAD"), .init(partnerID: "namur", amount: 16000, currency: "EUR"),
            ])
        #expect(project.status == .underWay)
        #expect(project.period?.description == "2025-01-01/2026-12-31")
        #expect(project.indicators.map(\.id) == ["ecoles", "rencontres"])
        #expect(project.indicators[0].domainID == "culture")
        #expect(project.indicators[0].target(in: 2025) == 4)
        #expect(project.indicators[0].target(in: 2027) == nil)
        #expect(project.indicators[0].results == [2025: 3])
        #expect(project.indicators[1].target(in: 2031) == 2)
        #expect(project.indicators[1].measure == .heldEvents)
    }

    struct Mistake: Sendable, CustomStringConvertible {
        let name: String
        let project: String
        let marker: String
        let message: String
        let hint: String
        var description: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            name: "a currency in lower case", project: "    budget: [{partner: quebec, amount: 100, currency: cad}]", marker: "cad",
            message: "'cad' is not a currency code", hint: "ISO 4217"),
        Mistake(
            name: "a budget line of an unknown partner", project: "    budget: [{partner: quebc, amount: 100, currency: CAD}]",
            marker: "quebc",
            message: "unknown partner 'quebc'", hint: "did you mean 'quebec'?"),
        Mistake(
            name: "an unknown status", project: "    status: ongoing", marker: "ongoing",
            message: "'ongoing' is not an allowed value for 'status'", hint: ""),
        Mistake(
            name: "an indicator without a target", project: "    indicators: [{id: i, name: Écoles}]", marker: "{id: i",
            message: "the indicator has no target", hint: "add 'target: N'"),
        Mistake(
            name: "counted and recorded at once",
            project: "    indicators: [{id: i, name: É, target: 2, measure: held-events, results: {2025: 1}}]",
            marker: "{2025: 1}", message: "an indicator is either counted ('measure') or recorded ('results')", hint: "remove one of them"),
        Mistake(
            name: "a year that is not one", project: "    indicators: [{id: i, name: É, targets: {soon: 1}}]", marker: "soon",
            message: "'soon' is not a year", hint: "write a year from 1990 to 2100"),
        Mistake(
            name: "an event naming an unknown project",
            project: "events:\n  - id: e\n    title: E\n    date: 2025-05-05\n    projects: [ecole]",
            marker: "ecole]", message: "unknown project 'ecole'", hint: "did you mean 'ecoles'?"),
    ]

    @Test("Mistakes in projects are refused where they are written", arguments: mistakes)
    func refuses(_ mistake: Mistake) throws {
        let text = Self.plan(project: mistake.project)
        let issues = PlanSamples.issues(text)
        let issue = try #require(issues.first { $0.message.en.contains(mistake.message) }, "\(issues.map(\.message.en))")
        if !mistake.hint.isEmpty { #expect(issue.hint?.en.contains(mistake.hint) == true, "\(issue.hint?.en ?? "no hint")") }
        let position = PlanSamples.position(of: mistake.marker, in: text)
        #expect(issue.location.line == position.line)
        #expect(issue.location.column == position.column)
    }
}
