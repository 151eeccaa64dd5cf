import Bilingual
import Registry

/// What the shared head, header and footer templates show.
struct PageChrome: Sendable {
    struct NavLink: Sendable {
        let href: String
        let label: String
        let current: Bool
        /// Set on a link to a page in another language.
        let hreflang: String?
    }

    struct Alternate: Sendable {
        let lang: String
        let href: String
    }

    let lang: String
    let title: String
    let siteName: String
    let skipLabel: String
    let navLabel: String
    let nav: [NavLink]
    let alternates: [Alternate]
    let footer: [String]
    let noindex: Bool

    /// The chrome of `page` in `language`: links to the students' page, the registry, the other
    /// language and, on coordinators' pages or when asked, the dashboard.
    init(
        page: PageName?, title: String, language: Language, style: LinkStyle, dashboardLink: Bool,
        otherLanguageHref: String?, footer: [String], noindex: Bool
    ) {
        let words = PageWords(language: language)
        lang = language.rawValue
        self.title = title
        siteName = words.t(
            "Jumelage — échanges des villes jumelées et de leurs partenaires",
            "Jumelage — exchanges of twinned cities and their partners")
        skipLabel = words.t("Aller au contenu", "Skip to content")
        navLabel = words.t("Navigation principale", "Main navigation")
        var links = [
            NavLink(
                href: PageName.students.link(language, style: style),
                label: words.t("Échanges étudiants", "Student exchanges"), current: page == .students, hreflang: nil),
            NavLink(
                href: PageName.registry.link(language, style: style),
                label: words.t("Registre des ententes", "Registry of agreements"), current: page == .registry, hreflang: nil),
        ]
        if dashboardLink || page == .dashboard || page == nil {
            links.append(
                NavLink(
                    href: PageName.dashboard.link(language, style: style),
                    label: words.t("Tableau de bord (coordonnateurs)", "Dashboard (coordinators)"),
                    current: page == .dashboard, hreflang: nil))
        }
        let other: Language = language == .fr ? .en : .fr
        if let otherLanguageHref {
            links.append(
                NavLink(
                    href: otherLanguageHref, label: language == .fr ? "English" : "Français",
                    current: false, hreflang: other.rawValue))
        }
        nav = links
        alternates = otherLanguageHref.map { [Alternate(lang: other.rawValue, href: $0)] } ?? []
        self.footer = footer
        self.noindex = noindex
    }
}
