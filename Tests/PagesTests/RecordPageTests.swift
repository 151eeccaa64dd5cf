import CivilTime
@testable import Registry
import Foundation
import PlanModel
import PlanFormat
import Scheduling
import Testing

@testable import Pages

/// What the pages make of the records: outcomes, follow-up offices, bodies, the registry,
/// projects and their indicators.
@Suite("Records in the pages")
struct RecordPageTests {
    typealias S = PageSamples

    static func plan(_ events: String, projects: String = "") throws -> Plan {
        try PlanLoader.load(
            data: Data(
                """
                jumelage: 1
                id: essai
                title: {fr: Plan d'essai, en: Test plan}
                revision: 2025-01-10
                horizon: {from: 2025-01-01, to: 2025-12-31}
                partners:
                  - id: quebec
                    name: Ville de Québec
                    country: CA
                    timezone: America/Toronto
                    office: {fr: Bureau des relations internationales, en: International Relations Office}
                  - id: namur
                    name: Ville de Namur
                    country: BE
                    timezone: Europe/Brussels
                domains:
                  - id: culture
                    name: {fr: Culture, en: Culture}
                ties:
                  - id: jumelage
                    kind: twinning
                    partners: [quebec, namur]
                    signed: 2000-03-01
                    anniversaries: {every: 5}
                \(projects)
                events:
                \(events)

                """.utf8), file: "essai.yaml")
    }

    struct Status: Sendable, CustomStringConvertible {
        let name: String
        let kind: String
        let date: String
        let outcome: String?
        var provisional = false
        let expected: String
        let cssClass: String
        var description: String { name }
    }

    static let statuses: [Status] = [
        Status(
            name: "past, nothing recorded", kind: "meeting", date: "2025-04-20", outcome: nil, expected: "à confirmer", cssClass: "warn"),
        Status(
            name: "past and provisional", kind: "meeting", date: "2025-04-20", outcome: nil, provisional: true, expected: "à confirmer",
            cssClass: "warn"),
        Status(name: "held", kind: "meeting", date: "2025-04-20", outcome: "held", expected: "réalisée", cssClass: "ok"),
        Status(
            name: "held another day", kind: "meeting", date: "2025-04-20", outcome: "{held: 2025-04-22}",
            expected: "réalisée (prévue le 20 avril 2025)", cssClass: "ok"),
        Status(
            name: "cancelled", kind: "meeting", date: "2025-04-20", outcome: "{cancelled: Grève.}", expected: "annulée : Grève",
            cssClass: "past"),
        Status(
            name: "postponed to a coming day", kind: "meeting", date: "2025-04-20", outcome: "{postponed: 2025-06-10}",
            expected: "reportée au 10 juin 2025", cssClass: "soon"),
        Status(
            name: "postponed to a past day", kind: "meeting", date: "2025-03-20", outcome: "{postponed: 2025-04-10}",
            expected: "reportée au 10 avril 2025, à confirmer", cssClass: "warn"),
        Status(
            name: "coming and provisional", kind: "meeting", date: "2025-06-20", outcome: nil, provisional: true,
            expected: "prévue, à confirmer", cssClass: ""),
        Status(name: "coming", kind: "meeting", date: "2025-06-20", outcome: nil, expected: "prévue", cssClass: ""),
        Status(name: "today", kind: "meeting", date: "2025-05-01", outcome: nil, expected: "en cours", cssClass: "soon"),
        Status(name: "deadline met", kind: "deadline", date: "2025-04-20", outcome: "met", expected: "respectée", cssClass: "ok"),
        Status(name: "deadline missed", kind: "deadline", date: "2025-04-20", outcome: "missed", expected: "manquée", cssClass: "warn"),
        Status(
            name: "deadline past, nothing recorded", kind: "deadline", date: "2025-04-20", outcome: nil, expected: "à confirmer",
            cssClass: "warn"),
    ]

    @Test("Where an occurrence stands on 1 May 2025", arguments: statuses)
    func status(_ item: Status) throws {
        let plan = try Self.plan(
            """
              - id: e
                kind: \(item.kind)
                title: E
                date: \(item.date)
                host: quebec
                provisional: \(item.provisional)
            \(item.outcome.map { "    outcome: \($0)" } ?? "")
            """)
        let event = try #require(Scheduler.schedule([plan]).events.first { $0.activityID == "e" })
        let status = ActivityStatus(event, today: CivilDate(iso: "2025-05-01")!)
        #expect(status.label(PageWords(language: .fr), event: event) == item.expected)
        #expect(status.cssClass == item.cssClass)
    }

    @Test("A past anniversary day is past, not held nor to confirm")
    func anniversaries() throws {
        let plan = try Self.plan("  []")
        let day = try #require(Scheduler.schedule([plan]).events.first)
        #expect(ActivityStatus(day, today: CivilDate(iso: "2025-11-03")!) == .past)
    }

    static func allPlans() throws -> PageRenderer {
        try S.renderer(paths: [S.calendars.path])
    }

    @Test("The dashboard counts as held only what the plans record; the rest is to confirm")
    func dashboardOutcomes() throws {
        let html = try Self.allPlans().dashboard(language: .fr)
        #expect(
            html.contains("Seules les activités notées réalisées dans les plans")
                || html.contains("seules les activités notées réalisées dans les plans"))
        #expect(html.contains("<p>19 activités : 2 réalisées, 9 à confirmer, 7 prévues, 1 date anniversaire passée."))
        #expect(
            html.contains(
                "<td>Mission de Québec à Namur pour le 25e anniversaire du jumelage <span class=\"muted\">(Mission)</span></td><td><span class=\"warn\">à confirmer</span></td>"
            ))
        #expect(
            html.contains(
                "<td>Visite de la délégation namuroise à Québec <span class=\"muted\">(Mission)</span></td><td><span class=\"ok\">réalisée</span></td>"
            ))
        #expect(
            html.contains(
                "Suivi : Bureau des relations internationales (Ville de Québec) ; Commissariat aux Relations Internationales (Ville de Namur)."
            ))
        let english = try Self.allPlans().dashboard(language: .en)
        #expect(english.contains("<p>19 activities: 2 held, 9 to confirm, 7 planned, 1 past anniversary day."))
    }

    @Test("Coming deadlines say how many they leave out; past ones without an outcome are to confirm")
    func deadlines() throws {
        let html = try Self.allPlans().dashboard(language: .fr)
        let section = try #require(S.section(html, heading: "<h2 id=\"echeances\">", level: "<h2"))
        #expect(section.components(separatedBy: "<li>").count - 1 == 12 + 2, "\(section)")
        #expect(
            section.contains("<p class=\"muted\">20 autres échéances à venir, jusqu&#39;au 15 juin 2027, n&#39;apparaissent pas ici.</p>"))
        let past = try #require(S.section(section, heading: "Échéances passées à confirmer", level: "</ul>"))
        #expect(past.contains("Date limite de l&#39;appel à projets du FFQCD"))
        #expect(past.contains("Rapport annuel du protocole (réalisations et indicateurs par thème)"))
        let english = try Self.allPlans().dashboard(language: .en)
        #expect(english.contains("20 more coming deadlines, up to 15 June 2027, are not shown here."))
    }

    @Test("The dashboard shows the bodies with their seats, parity, members and meetings")
    func bodies() throws {
        let html = try Self.allPlans().dashboard(language: .fr)
        let section = try #require(S.section(html, heading: "<h2 id=\"instances\">", level: "<h2"))
        #expect(section.contains("<h3>Comité technique de la coopération décentralisée</h3>"))
        #expect(
            section.contains(
                "<p>10 sièges : FR 5, CA 5. Suit : Plan d&#39;action des Ateliers franco-québécois de la coopération décentralisée.</p>"))
        #expect(section.contains("<span class=\"ok\">Paritaire.</span>"))
        #expect(section.contains("<li>Jean Fortin, coprésident québécois, Table Québec-Régions</li>"))
        #expect(section.contains("<p>Réunions dans les plans : 4 (2 à confirmer, 2 prévues) ; prochaine le 14 mai 2026.</p>"))
    }

    @Test("The dashboard lists the plans' projects, as seed 004's dashboard follows them")
    func projects() throws {
        let html = try Self.allPlans().dashboard(language: .fr)
        let section = try #require(S.section(html, heading: "<h2 id=\"projets\">", level: "<h2"))
        #expect(
            section.contains(
                "<h3>Coopération décentralisée franco-québécoise</h3>\n<ul>\n<li>Coopération décentralisée dans le domaine des éco-industries — du 1er janvier 2008 au 31 décembre 2010</li>"
            ))
    }

    @Test("The dashboard summarises the registry and links to it")
    func registrySection() throws {
        let html = try Self.allPlans().dashboard(language: .fr)
        let section = try #require(S.section(html, heading: "<h2 id=\"registre\">", level: "<h2"))
        #expect(
            section.contains(
                "<p>Situation au 3 novembre 2025 : 8 liens — 5 en vigueur, 2 renouvelés, 1 expiré. <a href=\"registre.html\">Voir le registre complet</a></p>"
            ))
        #expect(
            section.contains(
                "<li>en 2026 : 35e anniversaire — Déclaration Namur-Québec (Québec–Namur, protocole de collaboration 2024-2026)</li>"))
        #expect(section.contains("<p>Aucun lien ne prend fin d&#39;ici six mois.</p>"))
    }

    @Test("The registry page: every tie with its facts, in French and English")
    func registryPage() throws {
        let renderer = try Self.allPlans()
        let html = renderer.registry(language: .fr)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(S.tags(html, "h1") == 1)
        #expect(!html.contains("<script"))
        #expect(html.contains("<a href=\"registre.html\" aria-current=\"page\">Registre des ententes</a>"))
        #expect(
            html.contains(
                "<h3 id=\"lien-quebec-namur-2024-2026-protocole-2024-2026\">Protocole de collaboration 2024-2026 <span class=\"ok\">en vigueur</span></h3>"
            ))
        #expect(
            html.contains(
                "<dt>Signataires</dt><dd>Bruno Marchand, Maire de Québec (Québec) ; Maxime Prévot, Bourgmestre de Namur (Namur)</dd>"))
        #expect(
            html.contains(
                "<dt>Partenaires</dt><dd>Ville de Québec (suivi : Bureau des relations internationales) ; Ville de Namur (suivi : Commissariat aux Relations Internationales)</dd>"
            ))
        #expect(
            html.contains(
                "<h3 id=\"lien-france-quebec-cooperation-plan-action\">Plan d&#39;action des Ateliers franco-québécois de la coopération décentralisée <span class=\"past\">expirée</span></h3>"
            ))
        let english = renderer.registry(language: .en)
        #expect(english.contains("<h1>Registry of agreements and twinnings</h1>"))
        #expect(english.contains("<dt>Status</dt><dd>renewed</dd>"))
        #expect(renderer.files().map(\.name).filter { $0.hasPrefix("regist") } == ["registre.html", "registry.html"])
    }

    @Test("The annual report names the follow-up offices")
    func reportFollowUp() throws {
        let renderer = try S.renderer()
        let markdown = renderer.annualReport(plan: S.terrebonne(renderer), year: 2025, format: .markdown)
        #expect(
            markdown.contains(
                "\n\nSuivi : Bureau des commissions et relations internationales (Ville de Terrebonne) ; Commissariat aux Relations Internationales (Ville de Namur).\n\n"
            ))
    }

    @Test("The annual report shows each project indicator's realised value against its target")
    func projectIndicators() throws {
        let plan = try Self.plan(
            """
              - id: rencontre
                title: Rencontre des écoles
                date: 2025-03-12
                host: quebec
                audiences: [public]
                domains: [culture]
                projects: [ecoles]
                repeat: {every: month, interval: 3, count: 3}
                outcomes: {1: held, 2: held, 3: cancelled}
            """,
            projects: """
                projects:
                  - id: ecoles
                    title: {fr: Écoles vertes, en: Green schools}
                    partners: [quebec, namur]
                    domains: [culture]
                    funding: {programme: FFQCD, call: 13e appel}
                    budget:
                      - {partner: quebec, amount: 20000, currency: CAD}
                      - {partner: namur, amount: 16000, currency: EUR}
                    status: under-way
                    indicators:
                      - id: jumelees
                        name: {fr: Écoles jumelées, en: Twinned schools}
                        targets: {2025: 4}
                        results: {2025: 3}
                      - id: rencontres
                        name: {fr: Rencontres tenues, en: Meetings held}
                        target: 2
                        measure: held-events
                      - id: visites
                        name: {fr: Visites, en: Visits}
                        target: 1
                  - id: ancien
                    title: {fr: Ancien projet, en: Former project}
                    domains: [culture]
                    period: {from: 2008-01-01, to: 2010-12-31}
                    indicators: [{id: i, name: Ancien, target: 1}]
                """)
        let renderer = try S.renderer(plans: [plan])
        let markdown = renderer.annualReport(plan: plan, year: 2025, format: .markdown)
        let section = try #require(S.section(markdown, heading: "\n## Culture\n", level: "\n## "))
        #expect(
            section.contains(
                "- Écoles vertes — en cours ; financement : FFQCD (13e appel) ; budget : Ville de Québec 20\u{202F}000 CAD, Ville de Namur 16\u{202F}000 EUR ; partenaires : Ville de Québec, Ville de Namur\n"
            ))
        #expect(section.contains("| Indicateur | Projet | Réalisé | Cible |"))
        #expect(section.contains("| Écoles jumelées | Écoles vertes | 3 | 4 (non atteinte) |"))
        #expect(section.contains("| Rencontres tenues | Écoles vertes | 2 | 2 (atteinte) |"))
        #expect(section.contains("| Visites | Écoles vertes | non renseigné | 1 |"))
        #expect(!section.contains("Ancien"), "a project whose period ended in 2010 is not in the 2025 report")
        let html = renderer.annualReport(plan: plan, year: 2025, format: .html, language: .en)
        #expect(
            html.contains(
                "<tr><th scope=\"row\">Twinned schools</th><td>Green schools</td><td>3</td><td>4 <span class=\"warn\">not reached</span></td></tr>"
            ))
        #expect(
            html.contains(
                "Green schools — under way ; funding: FFQCD (13e appel) ; budget: Ville de Québec 20,000 CAD, Ville de Namur 16,000 EUR"))
    }
}
