import CivilTime
import Pages
import Bilingual
import Foundation
import ICalendar
import PlanModel
import PlanFormat
import Testing

@Suite("Students' pages")
struct StudentsPageTests {
    typealias S = PageSamples

    @Test("/etudiants: windows, deadlines, subscribe links, in French")
    func french() throws {
        let html = try S.renderer().students(language: .fr)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.contains("<h1>Partir en échange : fenêtres et dates limites</h1>"))
        #expect(html.contains("<h2 id=\"programme-unamur-uqtr\">Échanges UNamur–UQTR</h2>"))
        #expect(html.contains("De UNamur vers UQTR"))
        #expect(
            html.contains("<time datetime=\"2025-09-02\">2 septembre 2025</time> – <time datetime=\"2025-12-12\">12 décembre 2025</time>"))
        #expect(html.contains("Date limite de nomination (UNamur)"))
        #expect(html.contains("<time datetime=\"2026-04-30\">30 avril 2026</time>"))
        #expect(html.contains("href=\"webcal://jumelage.example.org/feeds/mobilite-unamur-uqtr-unamur-vers-uqtr.ics\""))
        #expect(
            html.contains(
                "href=\"https://calendar.google.com/calendar/r?cid=webcal://jumelage.example.org/feeds/mobilite-unamur-uqtr-uqtr-vers-unamur.ics\""
            ))
        #expect(html.contains("Chevauche à UNamur"))
        #expect(html.contains("Langue exigée : français, niveau B2 (CECR)"))
        #expect(!html.contains("<script"))
        #expect(S.tags(html, "h1") == 1)
        for landmark in ["<header", "<nav", "<main", "<footer"] { #expect(html.contains(landmark)) }
        #expect(html.contains("href=\"students.html\" hreflang=\"en\" lang=\"en\">English</a>"))
    }

    @Test("/students: the same in English")
    func english() throws {
        let html = try S.renderer().students(language: .en)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("From UQTR to UNamur"))
        #expect(html.contains("<time datetime=\"2025-09-14\">14 September 2025</time>"))
        #expect(html.contains("Nomination deadline (UNamur)"))
        #expect(html.contains("Add to Google Calendar"))
    }

    @Test("Deadlines before today are marked past; the next ones are listed")
    func pastAndComing() throws {
        let html = try S.renderer().students(language: .fr)
        #expect(
            html.contains(
                "<span class=\"past\"><time datetime=\"2025-04-30\">30 avril 2025</time></span> : Date limite de nomination (UNamur) (passée)"
            ))
        let coming = try #require(S.section(html, heading: "Prochaines dates limites", level: "<h4"))
        #expect(coming.contains("<time datetime=\"2025-12-22\">22 décembre 2025</time>"))
        #expect(!coming.contains("(passée)"))
    }

    @Test("The same inputs give the same bytes")
    func deterministic() throws {
        #expect(try S.renderer().students(language: .fr) == S.renderer().students(language: .fr))
    }
}

@Suite("Dashboard and annual reports")
struct DashboardTests {
    typealias S = PageSamples

    @Test("The dashboard shows protocols by domain, coming deadlines, the solver's result and the balance")
    func dashboard() throws {
        let html = try S.renderer().dashboard(language: .fr)
        #expect(html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        #expect(html.contains("<h3 id=\"plan-terrebonne-namur-2024-2026\">Terrebonne–Namur, protocole de collaboration 2024-2026</h3>"))
        #expect(html.contains("<h4>Développement social et économique</h4>"))
        let development = try #require(S.section(html, heading: "<h4>Développement social et économique</h4>", level: "<h4"))
        #expect(development.contains("Mission de Terrebonne à Namur et Bruxelles"))
        #expect(development.contains("<span class=\"ok\">réalisée</span>"))
        #expect(html.contains("Rapport annuel du protocole (réalisations et indicateurs par thème)"))
        #expect(html.contains("Aucun conflit"))
        let balance = try #require(S.section(html, heading: "Équilibre des mobilités</h2>", level: "<h2"))
        #expect(
            balance.contains(
                "<td>2025/2026</td><td>UNamur → UQTR</td><td>4</td><td>7</td><td>2</td><td><span class=\"warn\">non</span></td>"))
        #expect(html.contains("href=\"rapport-annuel-terrebonne-namur-2024-2026-2025.html\""))
        #expect(S.tags(html, "h1") == 1)
    }

    @Test("An infeasible plan shows its conflicts and the repairs")
    func conflicts() throws {
        let path = S.root.appendingPathComponent("Tests/Fixtures/bad/infeasible-whit-monday.yaml").path
        let html = try S.renderer(paths: [path]).dashboard(language: .en)
        #expect(html.contains("no schedule satisfies every constraint"))
        #expect(html.contains("infeasible-whit-monday.yaml:22:15</code>:"))
        #expect(html.contains("could take place on 10 June 2025") || html.contains("10 June 2025"))
    }

    @Test("The dashboard lists the rules that events with written dates break, with their lines")
    func fixedEventWarnings() throws {
        let path = S.root.appendingPathComponent("Tests/Fixtures/good/fixed-events.yaml").path
        let html = try S.renderer(paths: [path]).dashboard(language: .fr)
        let warnings = try #require(S.section(html, heading: "<h3>Avertissements</h3>", level: "</ul>"))
        #expect(warnings.contains("fixed-events.yaml:36:12: « Réunion à Namur » [reunion-noel], le 25 décembre 2025"))
        #expect(warnings.contains("enfreint visite-construction:blackout(construction-holiday-2025)"))
        #expect(S.tags(warnings, "li") == 7)
    }

    @Test("The 2025 report of Terrebonne–Namur lists the April 2025 mission under its domains")
    func annualReport2025() throws {
        let renderer = try S.renderer()
        let plan = S.terrebonne(renderer)
        let html = renderer.annualReport(plan: plan, year: 2025, format: .html)
        #expect(html.contains("<h1>Rapport annuel 2025 — Terrebonne–Namur, protocole de collaboration 2024-2026</h1>"))
        let development = try #require(
            S.section(html, heading: "<h2 id=\"domaine-developpement\">Développement social et économique</h2>", level: "<h2"))
        #expect(
            development.contains(
                "<time datetime=\"2025-04-20\">du 20 avril 2025 au 25 avril 2025</time> : <strong>Mission de Terrebonne à Namur et Bruxelles</strong> (Mission, Namur et Bruxelles, délégation de 29 personnes) — réalisée"
            ))
        let climate = try #require(S.section(html, heading: "<h2 id=\"domaine-climat\">", level: "<h2"))
        #expect(climate.contains("Mission de Terrebonne à Namur et Bruxelles"))
        let universities = try #require(S.section(html, heading: "<h2 id=\"domaine-echanges-universitaires\">", level: "<h2"))
        #expect(!universities.contains("Mission de Terrebonne à Namur et Bruxelles"))
        #expect(
            universities.contains(
                "Échanges UNamur–UQTR, 2025/2026 : UNamur → UQTR 4 prévus (quota 7), UQTR → UNamur 2 prévus (quota 7) — écart de 2"))
        #expect(html.contains("<tr><th scope=\"row\">Développement social et économique</th><td>"))

        let markdown = renderer.annualReport(plan: plan, year: 2025, format: .markdown)
        #expect(markdown.hasPrefix("# Rapport annuel 2025 — Terrebonne–Namur, protocole de collaboration 2024-2026\n"))
        let section = try #require(S.section(markdown, heading: "\n## Développement social et économique\n", level: "\n## "))
        #expect(
            section.contains(
                "- du 20 avril 2025 au 25 avril 2025 : **Mission de Terrebonne à Namur et Bruxelles** (Mission, Namur et Bruxelles, délégation de 29 personnes) — réalisée"
            ))
        #expect(markdown.contains("| Développement social et économique | "))

        let english = renderer.annualReport(plan: plan, year: 2025, format: .markdown, language: .en)
        let englishSection = try #require(S.section(english, heading: "\n## Social and economic development\n", level: "\n## "))
        #expect(englishSection.contains("**Terrebonne mission to Namur and Brussels**"))
    }

    @Test("Indicators per domain count activities, recorded held, to confirm, missions, delegation members and mobility")
    func indicators() throws {
        let renderer = try S.renderer()
        let markdown = renderer.annualReport(plan: S.terrebonne(renderer), year: 2025, format: .markdown)
        // Domain | activities | held | to confirm | missions | delegation members | planned mobility 2025/2026
        // Only what the public feed shows is counted: the partners' follow-up meetings and the
        // annual report due in January are not. Held: only what the plan records (the April
        // mission, the July return visit).
        #expect(markdown.contains("| Développement social et économique | 2 | 2 | 0 | 2 | 29 | 0 |"))
        #expect(markdown.contains("| Lutte aux changements climatiques et transition écologique | 1 | 1 | 0 | 1 | 29 | 0 |"))
        #expect(markdown.contains("| Échanges universitaires | 1 | 1 | 0 | 1 | 0 | 6 |"))
    }

    @Test("A report is public: no confidential, partners' or coordinators' event in it")
    func reportsShowOnlyPublicEvents() throws {
        let renderer = try S.renderer()
        let plan = S.terrebonne(renderer)
        let hidden = renderer.result.schedule.events(of: plan).filter { !$0.audiences.contains(.public) || $0.confidential }
        #expect(!hidden.isEmpty)
        for format in ReportFormat.allCases {
            let report = renderer.annualReport(plan: plan, year: 2025, format: format)
            for event in hidden where event.timing.firstDate.year == 2025 {
                #expect(!report.contains(event.title.fr), "\(event.id) in the \(format) report")
            }
        }
    }

    @Test("files() lists every page and report")
    func files() throws {
        let names = try S.renderer().files().map(\.name)
        for name in [
            "etudiants.html", "students.html", "tableau-de-bord.html", "dashboard.html",
            "rapport-annuel-terrebonne-namur-2024-2026-2025.html", "rapport-annuel-terrebonne-namur-2024-2026-2025.md",
            "annual-report-quebec-namur-2024-2026-2026.html",
        ] {
            #expect(names.contains(name))
        }
        #expect(Set(names).count == names.count)
    }
}

@Suite("Escaping")
struct EscapingTests {
    typealias S = PageSamples

    static let hostile = "<script>alert(\"x\")</script> & *gras* | [lien](javascript:x)"

    @Test("A programme or event name with markup is escaped in every page")
    func hostileInput() throws {
        var plan = try PlanLoader.load(file: S.calendars.appendingPathComponent("terrebonne-namur-2024-2026.yaml").path)
        plan.mobility[0].title = LocalizedText(Self.hostile)
        plan.activities[0].title = LocalizedText(Self.hostile)
        plan.domains[1].name = LocalizedText(Self.hostile)
        let renderer = try S.renderer(plans: [plan])
        for html in [
            renderer.students(language: .fr), renderer.students(language: .en), renderer.dashboard(language: .fr),
            renderer.annualReport(plan: plan, year: 2025, format: .html),
        ] {
            #expect(!html.contains("<script"))
            #expect(!html.contains("alert(\"x\")"))
            #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *gras*"))
        }
        let markdown = renderer.annualReport(plan: plan, year: 2025, format: .markdown)
        #expect(!markdown.contains("<script"))
        #expect(markdown.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \\*gras\\* \\| \\[lien\\](javascript:x)"))
        #expect(!markdown.contains("[lien](javascript:x)"))
    }
}
