/// `/etudiants` and `/students`: exchange windows by programme and direction, on a timeline,
/// with their deadlines and subscribe buttons. Readable without JavaScript or images.
enum StudentsTemplate {
    static let text = """
        {{> head}}
        {{> header}}
        <main id="contenu" tabindex="-1">
        <h1>{{heading}}</h1>
        {{#intro}}<p>{{.}}</p>
        {{/intro}}{{#hasProgrammes}}<nav class="toc" aria-label="{{tocLabel}}">
        <ul>
        {{#programmes}}<li><a href="#{{anchor}}">{{title}}</a></li>
        {{/programmes}}</ul>
        </nav>
        {{/hasProgrammes}}{{^hasProgrammes}}<p>{{noProgrammes}}</p>
        {{/hasProgrammes}}{{#programmes}}<section aria-labelledby="{{anchor}}">
        <h2 id="{{anchor}}">{{title}}</h2>
        {{#agreement}}<p>{{.}}</p>
        {{/agreement}}{{#audience}}<p>{{.}}</p>
        {{/audience}}{{#directions}}<section aria-labelledby="{{anchor}}">
        <h3 id="{{anchor}}">{{heading}}</h3>
        <ul class="subscribe">
        <li><a class="button" href="{{webcal}}">{{subscribeLabel}}</a></li>
        <li><a class="button" href="{{google}}">{{googleLabel}}</a></li>
        <li><a class="button secondary" href="{{https}}">{{downloadLabel}}</a></li>
        </ul>
        {{#hasRequirements}}<ul class="requirements">
        {{#requirements}}<li>{{.}}</li>
        {{/requirements}}</ul>
        {{/hasRequirements}}<h4>{{upcomingHeading}}</h4>
        {{#hasUpcoming}}<ul class="deadlines">
        {{#upcoming}}<li><span class="{{cssClass}}"><time datetime="{{datetime}}">{{date}}</time></span>{{colon}} {{label}}{{#estimated}} <span class="badge">{{estimatedLabel}}</span>{{/estimated}}</li>
        {{/upcoming}}</ul>
        {{/hasUpcoming}}{{^hasUpcoming}}<p>{{noUpcoming}}</p>
        {{/hasUpcoming}}{{#pastYears}}<p class="muted">{{.}}</p>
        {{/pastYears}}{{#years}}<h4>{{heading}}</h4>
        <div class="timeline" aria-hidden="true">
        <div class="scale">{{#months}}<span class="month" style="left: {{left}}%">{{label}}</span>{{/months}}</div>
        {{#rows}}<div class="row"><span class="label">{{label}}</span><div class="track"><span class="bar{{#estimated}} estimated{{/estimated}}" style="left: {{left}}%; width: {{width}}%"></span></div></div>
        {{/rows}}</div>
        <ol class="windows">
        {{#windows}}<li class="window">
        <p class="title">{{title}}</p>
        <p>{{type}}{{colon}} <time datetime="{{startISO}}">{{start}}</time> – <time datetime="{{endISO}}">{{end}}</time> ({{length}}){{#estimated}} <span class="badge">{{estimatedLabel}}</span>{{/estimated}}</p>
        {{#hasDeadlines}}<ul class="deadlines">
        {{#deadlines}}<li><span class="{{cssClass}}"><time datetime="{{datetime}}">{{date}}</time></span>{{colon}} {{label}}{{#estimated}} <span class="badge">{{estimatedLabel}}</span>{{/estimated}}</li>
        {{/deadlines}}</ul>
        {{/hasDeadlines}}{{#overlapText}}<p>{{.}}</p>
        {{/overlapText}}{{#notes}}<p class="muted">{{.}}</p>
        {{/notes}}</li>
        {{/windows}}</ol>
        {{/years}}</section>
        {{/directions}}</section>
        {{/programmes}}</main>
        {{> footer}}

        """
}
