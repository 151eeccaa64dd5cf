import Bilingual
import WorkspaceCore

/// The frame of every workspace page: language, title, navigation, the session's CSRF token for
/// the scripts, and the content. Works without JavaScript; `/static/workspace.js` adds live
/// validation, the what-if calendar and the change notices.
package struct Page: Sendable {
    package var language: Language
    package var title: String
    package var signedIn: SignedIn?
    /// The plan this page is about: the event stream reloads it when someone else saves it.
    package var planID: String?
    package var planVersion: Int?
    package var body: HTML

    package init(language: Language, title: String, signedIn: SignedIn?, planID: String? = nil, planVersion: Int? = nil, body: HTML) {
        self.language = language
        self.title = title
        self.signedIn = signedIn
        self.planID = planID
        self.planVersion = planVersion
        self.body = body
    }

    package func rendered() -> String {
        let say = Wording(language)
        let other: Language = language == .fr ? .en : .fr
        var navigation: HTML = .empty
        if let signedIn {
            var links: [HTML] = [
                "<a href=\"/espace\">\(say("Plans", "Plans"))</a>",
                "<a href=\"/espace/calendrier\">\(say("Calendrier", "Calendar"))</a>",
                "<a href=\"/espace/publication\">\(say("Publication", "Publishing"))</a>",
                "<a href=\"/espace/compte\">\(say("Mon compte", "My account"))</a>",
            ]
            if signedIn.user.isAdministrator { links.append("<a href=\"/espace/comptes\">\(say("Comptes", "Accounts"))</a>") }
            navigation = """
                <nav aria-label="\(say("Navigation principale", "Main navigation"))"><ul>\(links.map { "<li>\($0)</li>" as HTML })</ul>
                <form method="post" action="/deconnexion" class="inline"><input type="hidden" name="csrf" value="\(signedIn.session.csrfToken)">
                <button type="submit" class="link">\(say("Se déconnecter", "Sign out")) (\(signedIn.user.displayName))</button></form></nav>
                """
        }
        let csrf = signedIn?.session.csrfToken ?? ""
        let page: HTML = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="\(csrf)">
            <title>\(title) — Jumelage</title>
            <link rel="stylesheet" href="/static/workspace.css">
            <script src="/static/workspace.js" defer></script>
            </head>
            <body data-plan="\(planID ?? "")" data-version="\(planVersion ?? 0)" data-lang="\(language.rawValue)">
            <a class="skip" href="#contenu">\(say("Aller au contenu", "Skip to content"))</a>
            <header><a class="brand" href="\(signedIn == nil ? "/" : "/espace")">Jumelage</a>
            \(navigation)
            <a class="language" href="?lang=\(other.rawValue)" lang="\(other.rawValue)">\(other == .en ? "English" : "Français")</a>
            </header>
            <div id="avis" role="status" aria-live="polite"></div>
            <main id="contenu">
            <h1>\(title)</h1>
            \(body)
            </main>
            </body>
            </html>

            """
        return page.raw
    }
}

/// Picks the French or English words of a page.
package struct Wording: Sendable {
    package let language: Language

    package init(_ language: Language) { self.language = language }

    package func callAsFunction(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    package func callAsFunction(_ text: LocalizedText) -> String { text.text(in: language) }
}
