import Bilingual

/// The pages, their routes and their file names.
package enum PageName: String, Sendable, CaseIterable {
    case students, dashboard, registry

    /// `etudiants` / `students`, `tableau-de-bord` / `dashboard`, `registre` / `registry`.
    package func slug(_ language: Language) -> String {
        switch (self, language) {
        case (.students, .fr): return "etudiants"
        case (.students, .en): return "students"
        case (.dashboard, .fr): return "tableau-de-bord"
        case (.dashboard, .en): return "dashboard"
        case (.registry, .fr): return "registre"
        case (.registry, .en): return "registry"
        }
    }

    package func link(_ language: Language, style: LinkStyle) -> String {
        style == .routes ? "/" + slug(language) : slug(language) + ".html"
    }

    /// `rapport-annuel-PLAN-YEAR` / `annual-report-PLAN-YEAR`, without extension.
    package static func reportSlug(planID: String, year: Int, language: Language) -> String {
        (language == .fr ? "rapport-annuel-" : "annual-report-") + "\(planID)-\(year)"
    }

    package static func reportLink(planID: String, year: Int, language: Language, format: ReportFormat, style: LinkStyle) -> String {
        let slug = reportSlug(planID: planID, year: year, language: language)
        return style == .routes
            ? "/\(language == .fr ? "rapports" : "reports")/\(slug).\(format.fileExtension)"
            : "\(slug).\(format.fileExtension)"
    }
}
