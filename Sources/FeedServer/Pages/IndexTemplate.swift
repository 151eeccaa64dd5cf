/// The Mustache source of `/`: every value is HTML-escaped by `{{…}}`.
enum IndexTemplate {
    static let source = """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Calendriers du jumelage — Twinning calendars</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
        h1 { margin-bottom: 0; } .en { color: #555; } li { margin: 1rem 0; } code { font-size: .9em; }
        .links a { margin-right: 1rem; }
        </style>
        </head>
        <body>
        <main>
        <h1>Calendriers du jumelage</h1>
        <p class="en" lang="en">Twinning calendars</p>
        <p>Abonnez-vous une fois : chaque changement (date déplacée, rencontre annulée) arrive de lui-même dans votre agenda.</p>
        <p class="en" lang="en">Subscribe once: every change (a moved date, a cancelled meeting) reaches your calendar by itself.</p>
        {{#publication}}
        <p>Publication n<sup>o</sup> {{id}} du {{publishedAt}}. <span class="en" lang="en">Publication #{{id}} of {{publishedAt}}.</span></p>
        {{/publication}}
        <ul>
        {{#feeds}}
        <li>
        <strong>{{title}}</strong> <code>{{name}}</code> — {{events}} événements <span class="en" lang="en">({{events}} events)</span>
        <div class="links">
        <a href="{{webcal}}">S’abonner <span lang="en">/ Subscribe</span> (Apple, Outlook, Thunderbird)</a>
        <a href="{{google}}">Ajouter à Google Agenda <span lang="en">/ Add to Google Calendar</span></a>
        <a href="{{download}}">Télécharger <span lang="en">/ Download</span> .ics</a>
        </div>
        </li>
        {{/feeds}}
        {{^feeds}}
        <li>Aucun calendrier public pour l’instant. <span class="en" lang="en">No public calendar yet.</span></li>
        {{/feeds}}
        </ul>
        {{#signIn}}
        <h2>Espace des coordonnateurs <span class="en" lang="en">/ Coordinators' workspace</span></h2>
        <p><a href="/connexion">Se connecter <span lang="en">/ Sign in</span></a></p>
        {{/signIn}}
        </main>
        </body>
        </html>

        """
}
