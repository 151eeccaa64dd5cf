import CivilTime
import Foundation
import Pages
import PlanModel
import Testing
import TestSupport

@Suite("Youth and staff programmes in the pages")
struct OutsideAcademiaPageTests {
    typealias S = PageSamples

    static func renderer() throws -> PageRenderer {
        try S.renderer(paths: [Repository.plan("france-quebec-cooperation")])
    }

    @Test("The students' page shows youth mobility by calendar year, for 18–35-year-olds, with the programme's deadlines")
    func students() throws {
        let html = try Self.renderer().students(language: .fr)
        #expect(html.contains("<h2 id=\"programme-jeunes-france-quebec\">Mobilité des jeunes France–Québec (stages et échanges OFQJ)</h2>"))
        #expect(html.contains("<p>Pour les personnes de 18 à 35 ans.</p>"))
        #expect(html.contains("<p>Les programmes de jeunesse et les échanges de personnel entre collectivités n&#39;ont pas de trimestres"))
        #expect(
            html.contains(
                "<h3 id=\"jeunes-france-quebec-regions-de-france-tqr\">De Régions de France (ex-ARF) vers Table Québec-Régions</h3>"))
        #expect(html.contains("Places par année : Stage professionnel de jeune : 10 ; Échange de jeunes : 6"))
        for year in ["2025", "2026", "2027"] { #expect(html.contains("<h4>Année \(year)</h4>")) }
        #expect(!html.contains("Année universitaire"))
        #expect(!html.contains("Chevauche à"))
        let coming = try #require(S.section(html, heading: "Prochaines dates limites", level: "<h4"))
        #expect(
            coming.contains(
                "<time datetime=\"2026-03-31\">31 mars 2026</time></span> : Date limite de candidature — pour Échanges d&#39;été <span class=\"badge\">"
            ))
        #expect(!coming.contains("2025-10-31"))
        #expect(
            html.contains("href=\"webcal://jumelage.example.org/feeds/mobilite-personnel-collectivites-tqr-vers-regions-de-france.ics\""))
        #expect(html.contains("<p>Échange de personnel entre collectivités : <time datetime=\"2026-01-01\">"))
        let english = try Self.renderer().students(language: .en)
        #expect(english.contains("<p>For people aged 18 to 35.</p>"))
        #expect(english.contains("<h4>Year 2026</h4>"))
    }

    @Test("The dashboard shows the balance in people per direction, and the year that misses it as a warning")
    func dashboard() throws {
        let html = try Self.renderer().dashboard(language: .fr)
        let balance = try #require(S.section(html, heading: "Équilibre des mobilités</h2>", level: "<h2"))
        #expect(
            balance.contains(
                "Mobilité des jeunes France–Québec (stages et échanges OFQJ) : personnes prévues par direction et par année, équilibre visé"
            ))
        #expect(
            balance.contains(
                "<td>2025</td><td>Régions de France (ex-ARF) → Table Québec-Régions</td><td>13</td><td>16</td><td>4</td><td><span class=\"warn\">non</span></td>"
            ))
        #expect(
            balance.contains(
                "<td>2026</td><td>Régions de France (ex-ARF) → Table Québec-Régions</td><td>12</td><td>16</td><td>2</td><td><span class=\"ok\">oui</span></td>"
            ))
        #expect(balance.contains("Équilibré (écart ≤ 2)"))
        #expect(
            balance.contains(
                "<td>2027</td><td>Régions de France (ex-ARF) → Table Québec-Régions</td><td>3</td><td>3</td><td>1</td><td><span class=\"ok\">oui</span></td>"
            ))
        #expect(
            html.contains(
                "Mobilité des jeunes France–Québec (stages et échanges OFQJ), 2025 : Régions de France (ex-ARF) → Table Québec-Régions 13 personnes, Table Québec-Régions → Régions de France (ex-ARF) 9 personnes ; l&#39;écart de 4 dépasse les 2 que tolère l&#39;équilibre visé"
            ))
    }

    @Test("The 2026 report counts the year's youth and staff mobility under their own domains")
    func report() throws {
        let renderer = try Self.renderer()
        let plan = try #require(renderer.result.schedule.plans.first)
        let markdown = renderer.annualReport(plan: plan, year: 2026, format: .markdown)
        #expect(markdown.contains("les mobilités sont celles prévues pour l'année 2026."))
        // Domain | activities | held | to confirm | missions | delegation members | planned mobility
        #expect(markdown.contains("| Mobilité des jeunes | 0 | 0 | 0 | 0 | 0 | 22 |"))
        #expect(
            markdown.contains(
                "Mobilité des jeunes France–Québec (stages et échanges OFQJ), 2026 : Régions de France (ex-ARF) → Table Québec-Régions 12 prévus (quota 16), Table Québec-Régions → Régions de France (ex-ARF) 10 prévus (quota 16) — équilibré"
            ))
        #expect(
            markdown.contains(
                "Échanges de personnel entre collectivités françaises et québécoises, 2026 : Régions de France (ex-ARF) → Table Québec-Régions 2 prévus (quota 3), Table Québec-Régions → Régions de France (ex-ARF) 2 prévus (quota 3) — équilibré"
            ))
    }

    @Test("University pages are unchanged: no youth intro, academic years")
    func universitiesUnchanged() throws {
        let html = try S.renderer().students(language: .fr)
        #expect(!html.contains("Les programmes de jeunesse"))
        #expect(html.contains("<h4>Année universitaire 2025/2026</h4>"))
    }
}
