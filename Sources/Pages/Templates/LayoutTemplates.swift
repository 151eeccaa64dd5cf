/// The parts every page shares: `<head>`, the site header with its navigation, the footer.
/// They read the page's `chrome` (language, title, links).
enum LayoutTemplates {
    static let head = """
        {{#chrome}}<!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        {{#noindex}}<meta name="robots" content="noindex, nofollow">
        {{/noindex}}<title>{{title}}</title>
        {{#alternates}}<link rel="alternate" hreflang="{{lang}}" href="{{href}}">
        {{/alternates}}<style>
        {{> style}}
        </style>
        </head>{{/chrome}}
        """

    static let header = """
        {{#chrome}}<body>
        <a class="skip" href="#contenu">{{skipLabel}}</a>
        <header class="site">
        <p class="brand">{{siteName}}</p>
        <nav aria-label="{{navLabel}}">
        <ul>
        {{#nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}{{#hreflang}} hreflang="{{hreflang}}" lang="{{hreflang}}"{{/hreflang}}>{{label}}</a></li>
        {{/nav}}</ul>
        </nav>
        </header>{{/chrome}}
        """

    static let footer = """
        {{#chrome}}<footer class="site">
        {{#footer}}<p>{{.}}</p>
        {{/footer}}</footer>
        </body>
        </html>{{/chrome}}
        """
}
