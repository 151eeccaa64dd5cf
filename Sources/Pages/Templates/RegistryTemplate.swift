/// `/registre` and `/registry`: the registry of agreements and twinnings (seed 004).
enum RegistryTemplate {
    static let text = """
        {{> head}}
        {{> header}}
        <main id="contenu" tabindex="-1">
        <h1>{{heading}}</h1>
        <p>{{summary}}</p>
        <nav class="toc" aria-label="{{tocLabel}}">
        <ul>
        <li><a href="#anniversaires">{{anniversariesHeading}}</a></li>
        <li><a href="#echeances">{{endingHeading}}</a></li>
        {{#toc}}<li><a href="#{{anchor}}">{{label}}</a></li>
        {{/toc}}</ul>
        </nav>
        <section aria-labelledby="anniversaires">
        <h2 id="anniversaires">{{anniversariesHeading}}</h2>
        {{#hasAnniversaries}}<ul>
        {{#anniversaries}}<li>{{.}}</li>
        {{/anniversaries}}</ul>
        {{/hasAnniversaries}}{{^hasAnniversaries}}<p>{{noAnniversaries}}</p>
        {{/hasAnniversaries}}</section>
        <section aria-labelledby="echeances">
        <h2 id="echeances">{{endingHeading}}</h2>
        {{#hasEnding}}<ul>
        {{#ending}}<li>{{.}}</li>
        {{/ending}}</ul>
        {{/hasEnding}}{{^hasEnding}}<p>{{noEnding}}</p>
        {{/hasEnding}}</section>
        {{#plans}}<section aria-labelledby="{{anchor}}">
        <h2 id="{{anchor}}">{{title}}</h2>
        {{#ties}}<h3 id="{{anchor}}">{{title}} <span class="{{statusClass}}">{{status}}</span></h3>
        <dl class="facts">
        {{#facts}}<dt>{{label}}</dt><dd>{{value}}</dd>
        {{/facts}}</dl>
        {{/ties}}{{^hasTies}}<p>{{noTies}}</p>
        {{/hasTies}}</section>
        {{/plans}}</main>
        {{> footer}}

        """
}
