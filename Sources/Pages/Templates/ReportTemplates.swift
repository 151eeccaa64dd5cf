/// The annual report of a protocol: indicators per domain, then each domain's activities, as
/// HTML and as Markdown (Markdown's special characters escaped, like HTML's in the HTML form).
enum ReportTemplates {
    static let html = """
    {{> head}}
    {{> header}}
    <main id="contenu" tabindex="-1">
    <h1>{{heading}}</h1>
    <p>{{period}}</p>
    <p class="muted">{{asOf}}</p>
    <section aria-labelledby="indicateurs">
    <h2 id="indicateurs">{{indicatorsHeading}}</h2>
    <div class="table-wrap" role="region" aria-label="{{indicatorsHeading}}" tabindex="0">
    <table>
    <thead><tr>{{#columns}}<th scope="col">{{.}}</th>{{/columns}}</tr></thead>
    <tbody>
    {{#indicators}}<tr><th scope="row">{{domain}}</th><td>{{activities}}</td><td>{{held}}</td><td>{{missions}}</td><td>{{delegates}}</td><td>{{mobility}}</td></tr>
    {{/indicators}}</tbody>
    </table>
    </div>
    </section>
    {{#domains}}<section aria-labelledby="{{anchor}}">
    <h2 id="{{anchor}}">{{name}}</h2>
    {{#hasActivities}}<ul>
    {{#activities}}<li><time datetime="{{datetime}}">{{dates}}</time>{{colon}} <strong>{{title}}</strong> ({{kind}}{{#place}}, {{.}}{{/place}}{{#delegation}}, {{.}}{{/delegation}}) — {{status}}</li>
    {{/activities}}</ul>
    {{/hasActivities}}{{^hasActivities}}<p>{{noActivities}}</p>
    {{/hasActivities}}{{#hasMobility}}<h3>{{mobilityHeading}}</h3>
    <ul>
    {{#mobility}}<li>{{.}}</li>
    {{/mobility}}</ul>
    {{/hasMobility}}</section>
    {{/domains}}</main>
    {{> footer}}

    """

    static let markdown = """
    {{% CONTENT_TYPE: MARKDOWN}}
    # {{heading}}

    {{period}}

    _{{asOf}}_

    ## {{indicatorsHeading}}

    |{{#columns}} {{.}} |{{/columns}}
    |{{#columns}} --- |{{/columns}}
    {{#indicators}}
    | {{domain}} | {{activities}} | {{held}} | {{missions}} | {{delegates}} | {{mobility}} |
    {{/indicators}}
    {{#domains}}

    ## {{name}}

    {{#activities}}
    - {{dates}}{{colon}} **{{title}}** ({{kind}}{{#place}}, {{.}}{{/place}}{{#delegation}}, {{.}}{{/delegation}}) — {{status}}
    {{/activities}}
    {{^hasActivities}}
    {{noActivities}}
    {{/hasActivities}}
    {{#hasMobility}}

    ### {{mobilityHeading}}

    {{#mobility}}
    - {{.}}
    {{/mobility}}
    {{/hasMobility}}
    {{/domains}}

    """
}
