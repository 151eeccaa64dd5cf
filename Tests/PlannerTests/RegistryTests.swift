import Bilingual
@testable import Registry
import CivilTime
import Foundation
import Testing
import TestSupport

@testable import YAMLReading
@testable import PlanModel
@testable import PlanFormat
@testable import Scheduling

/// The registry of agreements and twinnings: statuses on a day, anniversaries, signatories,
/// renewals, and its text and JSON forms.
@Suite("Registry")
struct RegistryTests {
    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// `Tests/Fixtures/good/registry.yaml`: a declaration, a renewed protocol and the protocol that renews it.
    static func fixture() throws -> Plan {
        try PlanLoader.load(file: Repository.root.appendingPathComponent("Tests/Fixtures/good/registry.yaml").path)
    }

    struct StatusCase: Sendable, CustomStringConvertible {
        let name: String
        let today: String
        let signed: String?
        let period: (String, String)?
        let renewed: Bool
        let expected: Registry.Status
        var description: String { name }
    }

    static let statuses: [StatusCase] = [
        StatusCase(name: "open-ended twinning", today: "2025-11-03", signed: "1999-10-28", period: nil, renewed: false, expected: .inForce),
        StatusCase(name: "signed later", today: "2025-11-03", signed: "2026-03-01", period: nil, renewed: false, expected: .upcoming),
        StatusCase(
            name: "before its period", today: "2023-12-01", signed: "2023-08-24", period: ("2024-01-01", "2026-12-31"), renewed: false,
            expected: .upcoming),
        StatusCase(
            name: "in its period", today: "2025-11-03", signed: "2023-08-24", period: ("2024-01-01", "2026-12-31"), renewed: false,
            expected: .inForce),
        StatusCase(
            name: "six months and a day before its end", today: "2026-06-30", signed: nil, period: ("2024-01-01", "2026-12-31"),
            renewed: false, expected: .inForce),
        StatusCase(
            name: "six months before its end", today: "2026-07-01", signed: nil, period: ("2024-01-01", "2026-12-31"), renewed: false,
            expected: .toRenew),
        StatusCase(
            name: "its last day", today: "2026-12-31", signed: nil, period: ("2024-01-01", "2026-12-31"), renewed: false, expected: .toRenew
        ),
        StatusCase(
            name: "ending, and renewed", today: "2026-07-01", signed: nil, period: ("2024-01-01", "2026-12-31"), renewed: true,
            expected: .renewed),
        StatusCase(
            name: "ended", today: "2027-01-01", signed: nil, period: ("2024-01-01", "2026-12-31"), renewed: false, expected: .expired),
        StatusCase(
            name: "ended, and renewed", today: "2027-01-01", signed: nil, period: ("2024-01-01", "2026-12-31"), renewed: true,
            expected: .renewed),
    ]

    @Test("A tie's status on a day", arguments: statuses)
    func status(_ item: StatusCase) {
        let tie = Tie(
            id: "t", kind: .protocol, title: nil, partnerIDs: [], signed: item.signed.map(Self.day), year: nil, place: nil,
            period: item.period.map { DateRange(first: Self.day($0.0), last: Self.day($0.1)) }, domainIDs: [], milestones: nil,
            location: SourceLocation(file: "t.yaml", line: 1, column: 1))
        let today = Self.day(item.today)
        #expect(Registry.status(of: tie, renewed: item.renewed, today: today, renewalLimit: today.adding(months: 6)) == item.expected)
    }

    @Test(
        "The next milestone anniversary on or after a day",
        arguments: [
            ("1999-10-28", nil, Optional((5, 5)), "2025-11-03", 30, "2029-10-28"),
            ("1999-10-28", nil, (5, 5), "2024-10-28", 25, "2024-10-28"),
            ("1999-10-28", nil, (10, 10), "2025-11-03", 30, "2029-10-28"),
            ("2023-08-24", nil, nil, "2025-11-03", 5, "2028-08-24"),
            (nil, 1991, nil, "2025-11-03", 35, "2026"),
            (nil, 1991, nil, "2026-12-31", 35, "2026"),
        ] as [(String?, Int?, (Int, Int)?, String, Int, String)])
    func nextAnniversary(signed: String?, year: Int?, milestones: (Int, Int)?, from: String, years: Int, when: String) throws {
        let tie = Tie(
            id: "t", kind: .twinning, title: nil, partnerIDs: [], signed: signed.map(Self.day), year: year, place: nil,
            period: nil, domainIDs: [], milestones: milestones.map { Tie.Milestones(every: $0.0, from: $0.1) },
            location: SourceLocation(file: "t.yaml", line: 1, column: 1))
        let anniversary = try #require(Registry.nextAnniversary(of: tie, planID: "p", from: Self.day(from)))
        #expect(anniversary.years == years)
        #expect((anniversary.date?.description ?? "\(anniversary.year)") == when)
    }

    @Test("The registry in text, every fact in French")
    func text() throws {
        let registry = Registry(plans: [try Self.fixture()], today: Self.day("2026-08-01"))
        #expect(
            RegistryText.render(registry, language: nil) == """
                Registre des ententes et des jumelages — situation au 1er août 2026

                Registre d'essai  [registre]
                  Déclaration Québec–Namur  [declaration]
                    Nature : déclaration
                    État : en vigueur
                    Partenaires : Ville de Québec (suivi : Bureau des relations internationales) ; Ville de Namur
                    Signature : en 1991
                    Période : sans échéance
                    Prochain anniversaire : 35e, en 2026
                  Protocole 2021-2023  [protocole-2021-2023]
                    Nature : protocole
                    État : renouvelé
                    Partenaires : Ville de Québec (suivi : Bureau des relations internationales) ; Ville de Namur
                    Période : du 1er janvier 2021 au 31 décembre 2023
                    Renouvellement : Protocole 2024-2026
                  Protocole 2024-2026  [protocole-2024-2026]
                    Nature : protocole
                    État : à renouveler
                    Partenaires : Ville de Québec (suivi : Bureau des relations internationales) ; Ville de Namur
                    Signature : le 24 août 2023 à Namur
                    Signataires : Bruno Marchand, Maire de Québec (Québec) ; Maxime Prévot, Bourgmestre de Namur (Namur)
                    Période : du 1er janvier 2024 au 31 décembre 2026
                    Instances de suivi : Comité de suivi (CA 1, BE 1, paritaire)
                    Renouvelle : Protocole 2021-2023
                    Prochain anniversaire : 5e, 24 août 2028

                Anniversaires des douze prochains mois
                  en 2026 — 35e : Déclaration Québec–Namur

                Liens qui prennent fin d'ici six mois
                  31 décembre 2026 — Protocole 2024-2026 (à renouveler)

                """)
        let english = RegistryText.render(registry, language: .en)
        #expect(english.contains("    Signatories: Bruno Marchand, Mayor of Québec (Québec) ; Maxime Prévot, Mayor of Namur (Namur)\n"))
        #expect(english.contains("    Status: to renew\n"))
        #expect(english.contains("  31 December 2026 — Protocol 2024-2026 (to renew)\n"))
    }

    @Test("The registry in JSON: statuses, signatories, offices, bodies, anniversaries, endings")
    func json() throws {
        let report = RegistryReport(Registry(plans: [try Self.fixture()], today: Self.day("2026-08-01")), language: .en)
        #expect(report.format == 1)
        #expect(report.today == "2026-08-01")
        #expect(report.ties.map(\.status) == ["in-force", "renewed", "to-renew"])
        let protocol2024 = try #require(report.ties.last)
        #expect(
            protocol2024.signatories == [
                .init(name: "Bruno Marchand", title: "Mayor of Québec", partner: "quebec", person: "maire"),
                .init(name: "Maxime Prévot", title: "Mayor of Namur", partner: "namur", person: nil),
            ])
        #expect(
            protocol2024.partners == [
                .init(id: "quebec", name: "Ville de Québec", office: "International Relations Office"),
                .init(id: "namur", name: "Ville de Namur", office: nil),
            ])
        #expect(protocol2024.place == "Namur")
        #expect(protocol2024.renews == "protocole-2021-2023")
        #expect(report.ties[1].renewedBy == "protocole-2024-2026")
        #expect(
            protocol2024.bodies == [
                .init(id: "comite", name: "Follow-up committee", seats: 2, seatsByCountry: ["BE": 1, "CA": 1], parity: true)
            ])
        #expect(
            protocol2024.nextAnniversary
                == .init(
                    plan: "registre", tie: "protocole-2024-2026", title: "Protocol 2024-2026", years: 5,
                    date: "2028-08-24", year: 2028))
        #expect(
            report.anniversaries == [
                .init(plan: "registre", tie: "declaration", title: "Declaration Québec–Namur", years: 35, date: nil, year: 2026)
            ])
        #expect(
            report.ending == [
                .init(plan: "registre", tie: "protocole-2024-2026", title: "Protocol 2024-2026", to: "2026-12-31", status: "to-renew")
            ])
        let json = report.json()
        #expect(json.contains("\"signedBy\"") == false)
        #expect(json.hasPrefix("{\n  \"anniversaries\" : [\n"))
        #expect(json.hasSuffix("  \"today\" : \"2026-08-01\"\n}"))
    }

    @Test("The real plans: both 2024-2026 protocols are to renew in July 2026, the declaration turns 35 in 2026")
    func realPlans() throws {
        let plans = try PlanLoader.load(paths: PlanSamples.realPlanFiles)
        let registry = Registry(plans: plans, today: Self.day("2026-07-01"))
        #expect(
            registry.ending.map { "\($0.planID)/\($0.tie.id)" } == [
                "quebec-namur-2024-2026/protocole-2024-2026",
                "terrebonne-namur-2024-2026/protocole-2024-2026",
            ])
        #expect(registry.ending.allSatisfy { $0.status == .toRenew })
        #expect(registry.upcomingAnniversaries.map { "\($0.tieID) \($0.years)" } == ["declaration-namur-quebec 35"])
        let terrebonne = try #require(
            registry.entries.first { $0.planID == "terrebonne-namur-2024-2026" && $0.tie.id == "protocole-2024-2026" })
        #expect(
            terrebonne.tie.signatories.map(\.name) == [
                "Mathieu Traversy", "Maxime Prévot", "Annick Castiaux", "Renaud Degueudre",
                "Christian Blanchette", "Pierre Berthiaume",
            ])
        let cooperation = try #require(registry.entries.first { $0.tie.id == "plan-action" })
        #expect(cooperation.status == .expired)
        #expect(cooperation.bodies.map(\.id) == ["comite-technique", "comite-pilotage", "secretariat"])
    }

    struct Mistake: Sendable, CustomStringConvertible {
        let name: String
        let ties: String
        let marker: String
        let message: String
        let hint: String
        var description: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            name: "an unknown signatory", ties: "    signatories: [mair]", marker: "mair]",
            message: "unknown person 'mair'", hint: "did you mean 'maire'?"),
        Mistake(
            name: "a signatory without a name", ties: "    signatories: [{title: Maire}]", marker: "{title",
            message: "'signatories' needs the key 'name'", hint: "add a line 'name: …'"),
        Mistake(
            name: "a person and a name", ties: "    signatories: [{person: maire, name: Bruno}]", marker: "Bruno}",
            message: "'name' comes from the person 'person'", hint: "remove 'name' or 'person'"),
        Mistake(
            name: "renewing an unknown tie", ties: "  - id: protocole\n    kind: protocol\n    renews: jumelag", marker: "- id: protocole",
            message: "unknown tie 'jumelag' in 'renews'", hint: "did you mean 'jumelage'?"),
    ]

    @Test("Mistakes in signatories and renewals are refused where they are written", arguments: mistakes)
    func refuses(_ mistake: Mistake) throws {
        let text = PlanSamples.header.replacingOccurrences(
            of: "    anniversaries: {every: 5}\n",
            with: "    anniversaries: {every: 5}\n\(mistake.ties)\n")
        let issues = PlanSamples.issues(text)
        let issue = try #require(issues.first { $0.message.en.contains(mistake.message) }, "\(issues.map(\.message.en))")
        #expect(issue.hint?.en.contains(mistake.hint) == true, "\(issue.hint?.en ?? "no hint")")
        let position = PlanSamples.position(of: mistake.marker, in: text)
        #expect(issue.location.line == position.line)
        #expect(issue.location.column == position.column + (mistake.marker.hasPrefix("- ") ? 2 : 0))
    }

    @Test("A tie that renews itself, or a loop of renewals, is refused")
    func renewalLoops() throws {
        let itself = PlanSamples.header.replacingOccurrences(
            of: "    anniversaries: {every: 5}\n", with: "    anniversaries: {every: 5}\n    renews: jumelage\n")
        #expect(PlanSamples.issues(itself).map(\.message.en) == ["tie 'jumelage' renews itself"])
        let loop =
            PlanSamples.header + """
                  - id: a
                    kind: protocol
                    renews: b
                  - id: b
                    kind: protocol
                    renews: a

                """
        #expect(PlanSamples.issues(loop).contains { $0.message.en.contains("the 'renews' links form a cycle") })
    }
}
