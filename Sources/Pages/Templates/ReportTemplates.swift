/// The annual report of a protocol: its follow-up offices, indicators per domain, then each
/// domain's activities, mobility, projects and project indicators against their targets, as
/// HTML and as Markdown (Markdown's special characters escaped, like HTML's in the HTML form).
enum ReportTemplates {
    static let html = """
        {{> head}}
        {{> header}}
        <main id="contenu" tabindex="-1">
        <h1>{{heading}}</h1>
        <p>{{period}}</p>
        <p class="muted">{{asOf}}</p>
        {{#followUp}}<p>{{.}}</p>
        {{/followUp}}<section aria-labelledby="indicateurs">
        <h2 id="indicateurs">{{indicatorsHeading}}</h2>
        <div class="table-wrap" role="region" aria-label="{{indicatorsHeading}}" tabindex="0">
        <table>
        <thead><tr>{{#columns}}<th scope="col">{{.}}</th>{{/columns}}</tr></thead>
        <tbody>
        {{#indicators}}<tr><th scope="row">{{domain}}</th><td>{{activities}}</td><td>{{held}}</td><td>{{toConfirm}}</td><td>{{missions}}</td><td>{{delegates}}</td><td>{{mobility}}</td></tr>
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
        {{/hasMobility}}{{#hasProjects}}<h3>{{projectsHeading}}</h3>
        <ul>
        {{#projects}}<li>{{.}}</li>
        {{/projects}}</ul>
        {{/hasProjects}}{{#hasTargets}}<h3>{{targetsHeading}}</h3>
        <div class="table-wrap" role="region" aria-label="{{targetsHeading}}" tabindex="0">
        <table>
        <thead><tr>{{#targetColumns}}<th scope="col">{{.}}</th>{{/targetColumns}}</tr></thead>
        <tbody>
        {{#targets}}<tr><th scope="row">{{indicator}}</th><td>{{project}}</td><td>{{realised}}</td><td>{{target}}{{#state}} <span class="{{stateClass}}">{{.}}</span>{{/state}}</td></tr>
        {{/targets}}</tbody>
        </table>
        </div>
        {{/hasTargets}}</section>
        {{/domains}}</main>
        {{> footer}}

        """

    static let markdown = """
        {{% CONTENT_TYPE: MARKDOWN}}
        # {{heading}}

        {{period}}

        _{{asOf}}_
        {{#followUp}}

        {{.}}
        {{/followUp}}

        ## {{indicatorsHeading}}

        |{{#columns}} {{.}} |{{/columns}}
        |{{#columns}} --- |{{/columns}}
        {{#indicators}}
        | {{domain}} | {{activities}} | {{held}} | {{toConfirm}} | {{missions}} | {{delegates}} | {{mobility}} |
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
        {{#hasProjects}}

        ### {{projectsHeading}}

        {{#projects}}
        - {{.}}
        {{/projects}}
        {{/hasProjects}}
        {{#hasTargets}}

        ### {{targetsHeading}}

        |{{#targetColumns}} {{.}} |{{/targetColumns}}
        |{{#targetColumns}} --- |{{/targetColumns}}
        {{#targets}}
        | {{indicator}} | {{project}} | {{realised}} | {{target}}{{#state}} ({{.}}){{/state}} |
        {{/targets}}
        {{/hasTargets}}
        {{/domains}}

        """
}
