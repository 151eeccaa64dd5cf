import Bilingual
import Registry
import CivilTime
import Mobility
import PlanModel
import Scheduling

/// Renders the students' pages, the coordinators' dashboard and the annual reports from
/// server-side Mustache templates: every value is escaped, no script is needed to read them.
/// The day that decides what is past is passed in, never read from the clock, so the same
/// inputs always give the same bytes.
package struct PageRenderer: Sendable {
    package var result: PlanningResult
    package var mobility: MobilitySchedule
    /// Where the site is published, such as `https://jumelage.example.org/`: subscribe links
    /// point to `baseURL + feedsPath + FILE.ics`.
    package var baseURL: String
    package var feedsPath: String
    package var today: CivilDate
    package var linkStyle: LinkStyle
    /// Show the dashboard in the public pages' navigation (it is behind a coordinator token).
    package var dashboardLink: Bool

    package init(
        result: PlanningResult, mobility: MobilitySchedule = .empty, baseURL: String, today: CivilDate,
        feedsPath: String = "feeds/", linkStyle: LinkStyle = .routes, dashboardLink: Bool = false
    ) {
        self.result = result
        self.mobility = mobility
        self.baseURL = baseURL
        self.feedsPath = feedsPath
        self.today = today
        self.linkStyle = linkStyle
        self.dashboardLink = dashboardLink
    }

    /// `/etudiants` (French) or `/students` (English).
    package func students(language: Language) -> String {
        let words = PageWords(language: language)
        let chrome = pageChrome(
            .students, title: words.t("Échanges étudiants et du personnel — Jumelage", "Student and staff exchanges — Jumelage"),
            words: words, dashboardLink: dashboardLink, noindex: false)
        return TemplateLibrary.render(studentsBuilder(words).page(chrome: chrome), "students")
    }

    /// `/tableau-de-bord` (French) or `/dashboard` (English).
    package func dashboard(language: Language) -> String {
        let words = PageWords(language: language)
        let chrome = pageChrome(
            .dashboard, title: words.t("Tableau de bord des coordonnateurs — Jumelage", "Coordinators' dashboard — Jumelage"),
            words: words, dashboardLink: true, noindex: true)
        let builder = DashboardPageBuilder(
            result: result, mobility: mobility, today: today, words: words, style: linkStyle,
            students: studentsBuilder(words), registry: registryBuilder(words))
        return TemplateLibrary.render(builder.page(chrome: chrome), "dashboard")
    }

    /// `/registre` (French) or `/registry` (English): the registry of agreements and twinnings.
    package func registry(language: Language) -> String {
        let words = PageWords(language: language)
        let chrome = pageChrome(
            .registry,
            title: words.t(
                "Registre des ententes et des jumelages — Jumelage",
                "Registry of agreements and twinnings — Jumelage"),
            words: words, dashboardLink: dashboardLink, noindex: false)
        return TemplateLibrary.render(registryBuilder(words).page(chrome: chrome), "registry")
    }

    /// The header and footer of a site page, with the link to the same page in the other language.
    private func pageChrome(_ page: PageName, title: String, words: PageWords, dashboardLink: Bool, noindex: Bool) -> PageChrome {
        let language = words.language
        return PageChrome(
            page: page, title: title, language: language, style: linkStyle, dashboardLink: dashboardLink,
            otherLanguageHref: page.link(language == .fr ? .en : .fr, style: linkStyle),
            footer: footer(words), noindex: noindex)
    }

    /// The annual report of `plan` for calendar year `year`, in the plan's language unless told.
    package func annualReport(plan: Plan, year: Int, format: ReportFormat, language: Language? = nil) -> String {
        let language = language ?? plan.language
        let words = PageWords(language: language)
        let builder = ReportPageBuilder(plan: plan, year: year, schedule: result.schedule, mobility: mobility, today: today, words: words)
        let other: Language = language == .fr ? .en : .fr
        let chrome = PageChrome(
            page: nil,
            title: words.t("Rapport annuel \(year) — \(words.text(plan.title))", "Annual report \(year) — \(words.text(plan.title))"),
            language: language, style: linkStyle, dashboardLink: true,
            otherLanguageHref: PageName.reportLink(planID: plan.id, year: year, language: other, format: .html, style: linkStyle),
            footer: footer(words), noindex: true)
        return TemplateLibrary.render(builder.page(chrome: chrome), format == .html ? "report-html" : "report-markdown")
    }

    /// The calendar years a plan's reports cover: its horizon.
    package static func reportYears(of plan: Plan) -> [Int] {
        Array(plan.horizon.first.year...plan.horizon.last.year)
    }

    /// Every page as `jumelage pages` writes them: `etudiants.html`, `students.html`,
    /// `tableau-de-bord.html`, `dashboard.html`, `registre.html`, `registry.html`, and each plan's reports for each year of its
    /// horizon in French and English, as HTML and Markdown.
    package func files() -> [PageFile] {
        var files: [PageFile] = []
        for language in Language.allCases {
            files.append(PageFile(name: PageName.students.slug(language) + ".html", text: students(language: language)))
            files.append(PageFile(name: PageName.dashboard.slug(language) + ".html", text: dashboard(language: language)))
            files.append(PageFile(name: PageName.registry.slug(language) + ".html", text: registry(language: language)))
        }
        for plan in result.schedule.plans {
            for year in Self.reportYears(of: plan) {
                for language in Language.allCases {
                    for format in ReportFormat.allCases {
                        files.append(
                            PageFile(
                                name: PageName.reportSlug(planID: plan.id, year: year, language: language) + "." + format.fileExtension,
                                text: annualReport(plan: plan, year: year, format: format, language: language)))
                    }
                }
            }
        }
        return files
    }

    private func registryBuilder(_ words: PageWords) -> RegistryPageBuilder {
        RegistryPageBuilder(registry: Registry(plans: result.schedule.plans, today: today), words: words)
    }

    private func studentsBuilder(_ words: PageWords) -> StudentsPageBuilder {
        StudentsPageBuilder(mobility: mobility, today: today, baseURL: baseURL, feedsPath: feedsPath, words: words)
    }

    private func footer(_ words: PageWords) -> [String] {
        let plans = result.schedule.plans
        var lines: [String] = []
        if let revision = plans.map(\.revision).max() {
            let date = revision.utc.date
            lines.append(
                words.t(
                    "Données des plans révisées le \(words.date(date)) ; situation au \(words.date(today)).",
                    "Plan data revised on \(words.date(date)); as of \(words.date(today))."))
        }
        lines.append(
            words.t(
                "Calendriers universitaires : calendars/academic (dates estimées signalées). Publié par Jumelage.",
                "Academic calendars: calendars/academic (estimated dates marked). Published by Jumelage."))
        return lines
    }
}
