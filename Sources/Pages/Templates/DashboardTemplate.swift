/// `/tableau-de-bord` and `/dashboard`: where each protocol stands, by domain; the coming
/// deadlines (and how many are left out) and the past ones to confirm; the bodies; the projects; the registry's
/// anniversaries and endings; the solver's conflicts and suggestions; the mobility balance; the
/// annual reports.
enum DashboardTemplate {
    static let text = """
        {{> head}}
        {{> header}}
        <main id="contenu" tabindex="-1">
        <h1>{{heading}}</h1>
        <p>{{asOf}}</p>
        <nav class="toc" aria-label="{{tocLabel}}">
        <ul>
        {{#toc}}<li><a href="#{{anchor}}">{{label}}</a></li>
        {{/toc}}</ul>
        </nav>
        <section aria-labelledby="protocoles">
        <h2 id="protocoles">{{protocolsHeading}}</h2>
        {{#protocols}}<h3 id="{{anchor}}">{{title}}</h3>
        <p>{{summary}}</p>
        {{#domains}}<h4>{{name}}</h4>
        <p>{{counts}}</p>
        {{#hasActivities}}<div class="table-wrap" role="region" aria-label="{{name}}" tabindex="0">
        <table>
        <thead><tr><th scope="col">{{dateHeader}}</th><th scope="col">{{activityHeader}}</th><th scope="col">{{statusHeader}}</th></tr></thead>
        <tbody>
        {{#activities}}<tr><td>{{dates}}</td><td>{{title}} <span class="muted">({{kind}})</span></td><td><span class="{{statusClass}}">{{status}}</span></td></tr>
        {{/activities}}</tbody>
        </table>
        </div>
        {{/hasActivities}}{{/domains}}{{/protocols}}</section>
        <section aria-labelledby="echeances">
        <h2 id="echeances">{{deadlinesHeading}}</h2>
        {{#hasDeadlines}}<ul class="deadlines">
        {{#deadlines}}<li><span class="{{cssClass}}"><time datetime="{{datetime}}">{{date}}</time></span>{{colon}} {{label}}{{#source}} <span class="muted">({{.}})</span>{{/source}}</li>
        {{/deadlines}}</ul>
        {{/hasDeadlines}}{{^hasDeadlines}}<p>{{noDeadlines}}</p>
        {{/hasDeadlines}}<p class="muted">{{deadlinesLeftOut}}</p>
        {{#hasPastDeadlines}}<h3>{{pastDeadlinesHeading}}</h3>
        <ul class="deadlines">
        {{#pastDeadlines}}<li><span class="{{cssClass}}"><time datetime="{{datetime}}">{{date}}</time></span>{{colon}} {{label}}{{#source}} <span class="muted">({{.}})</span>{{/source}}</li>
        {{/pastDeadlines}}</ul>
        {{/hasPastDeadlines}}</section>
        <section aria-labelledby="instances">
        <h2 id="instances">{{bodiesHeading}}</h2>
        {{#hasBodies}}{{#bodies}}<h3>{{name}}</h3>
        <p class="muted">{{plan}}</p>
        <p>{{seats}}</p>
        {{#parity}}<p><span class="{{parityClass}}">{{.}}</span></p>
        {{/parity}}{{#hasMembers}}<ul>
        {{#members}}<li>{{.}}</li>
        {{/members}}</ul>
        {{/hasMembers}}<p>{{meetings}}</p>
        {{/bodies}}{{/hasBodies}}{{^hasBodies}}<p>{{noBodies}}</p>
        {{/hasBodies}}</section>
        <section aria-labelledby="projets">
        <h2 id="projets">{{projectsHeading}}</h2>
        {{#hasProjects}}{{#projects}}<h3>{{title}}</h3>
        <ul>
        {{#lines}}<li>{{.}}</li>
        {{/lines}}</ul>
        {{/projects}}{{/hasProjects}}{{^hasProjects}}<p>{{noProjects}}</p>
        {{/hasProjects}}</section>
        <section aria-labelledby="registre">
        <h2 id="registre">{{registryHeading}}</h2>
        <p>{{registrySummary}} <a href="{{registryHref}}">{{registryLinkLabel}}</a></p>
        <h3>{{anniversariesHeading}}</h3>
        {{#hasAnniversaries}}<ul>
        {{#anniversaries}}<li>{{.}}</li>
        {{/anniversaries}}</ul>
        {{/hasAnniversaries}}{{^hasAnniversaries}}<p>{{noAnniversaries}}</p>
        {{/hasAnniversaries}}<h3>{{endingHeading}}</h3>
        {{#hasEnding}}<ul>
        {{#ending}}<li>{{.}}</li>
        {{/ending}}</ul>
        {{/hasEnding}}{{^hasEnding}}<p>{{noEnding}}</p>
        {{/hasEnding}}</section>
        <section aria-labelledby="planification">
        <h2 id="planification">{{planningHeading}}</h2>
        <p>{{statusLine}}</p>
        {{#violationsLine}}<p>{{.}}</p>
        {{/violationsLine}}<h3>{{conflictsHeading}}</h3>
        {{#hasConflicts}}<ul>
        {{#conflicts}}<li><code>{{location}}</code>{{colon}} {{message}}</li>
        {{/conflicts}}</ul>
        {{/hasConflicts}}{{^hasConflicts}}<p>{{noConflicts}}</p>
        {{/hasConflicts}}<h3>{{suggestionsHeading}}</h3>
        {{#hasSuggestions}}<ul>
        {{#suggestions}}<li>{{.}}</li>
        {{/suggestions}}</ul>
        {{/hasSuggestions}}{{^hasSuggestions}}<p>{{noSuggestions}}</p>
        {{/hasSuggestions}}{{#hasWarnings}}<h3>{{warningsHeading}}</h3>
        <ul>
        {{#warnings}}<li>{{.}}</li>
        {{/warnings}}</ul>
        {{/hasWarnings}}</section>
        <section aria-labelledby="mobilite">
        <h2 id="mobilite">{{balanceHeading}}</h2>
        {{^balances}}<p>{{noBalance}}</p>
        {{/balances}}{{#balances}}<div class="table-wrap" role="region" aria-label="{{caption}}" tabindex="0">
        <table>
        <caption>{{caption}}</caption>
        <thead><tr><th scope="col">{{yearHeader}}</th><th scope="col">{{directionHeader}}</th><th scope="col">{{plannedHeader}}</th><th scope="col">{{quotaHeader}}</th><th scope="col">{{gapHeader}}</th><th scope="col">{{balancedHeader}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{year}}</td><td>{{direction}}</td><td>{{planned}}</td><td>{{quota}}</td><td>{{gap}}</td><td><span class="{{balancedClass}}">{{balanced}}</span></td></tr>
        {{/rows}}</tbody>
        </table>
        </div>
        {{/balances}}</section>
        <section aria-labelledby="rapports">
        <h2 id="rapports">{{reportsHeading}}</h2>
        {{#reports}}<h3>{{title}}</h3>
        <ul>
        {{#links}}<li>{{year}}{{colon}} <a href="{{html}}">{{htmlLabel}}</a>, <a href="{{markdown}}">{{markdownLabel}}</a></li>
        {{/links}}</ul>
        {{/reports}}</section>
        </main>
        {{> footer}}

        """
}
