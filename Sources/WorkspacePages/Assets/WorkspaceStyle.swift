import WorkspaceCore
/// `/static/workspace.css`: readable on a phone (one column under 40rem), contrast at least 4.5:1.
package enum WorkspaceStyle {
    package static let source = """
        :root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; --accent: #0b4f8a; --ok: #1d6b2f; --bad: #a4161a; --warn: #7a4b00; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, sans-serif; color: var(--ink); margin: 0; line-height: 1.5; }
        header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
        header nav { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
        header nav ul { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; margin: 0; padding: 0; }
        .brand { font-weight: 700; color: var(--ink); text-decoration: none; }
        a { color: var(--accent); }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .card { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: 1rem 0; background: #fff; }
        .card.error { border-color: var(--bad); } .card.warning { border-color: var(--warn); } .card.ok { border-color: var(--ok); }
        .narrow { max-width: 28rem; }
        .error, .field-error { color: var(--bad); } .ok { color: var(--ok); } .muted { color: var(--muted); }
        .field-error { display: block; font-size: .95em; }
        label { display: block; font-weight: 600; } label.check { display: inline-block; font-weight: 400; margin-right: 1rem; }
        input, select, textarea, button { font: inherit; }
        input:not([type=checkbox]), select { padding: .35rem .5rem; border: 1px solid #767676; border-radius: .25rem; max-width: 100%; }
        textarea { width: 100%; font-family: ui-monospace, monospace; font-size: .9em; border: 1px solid #767676; }
        button, .button { background: var(--accent); color: #fff; border: 0; border-radius: .25rem; padding: .45rem .9rem; cursor: pointer; text-decoration: none; display: inline-block; }
        button.link { background: none; color: var(--accent); padding: 0; text-decoration: underline; }
        button.small { padding: .2rem .5rem; }
        fieldset { border: 1px solid var(--line); border-radius: .5rem; margin: 1rem 0; }
        form.inline { display: inline; }
        .stack > * { display: block; margin: .5rem 0; }
        table { border-collapse: collapse; width: 100%; } caption { text-align: left; font-weight: 600; padding: .5rem 0; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        .scroll { overflow-x: auto; }
        .badge { display: inline-block; border-radius: 1rem; padding: 0 .5rem; font-size: .85em; border: 1px solid currentColor; }
        .badge.done, .badge.new { color: var(--ok); } .badge.cancelled { color: var(--bad); } .badge.open, .badge.rescheduled, .badge.updated { color: var(--warn); } .badge.fixed { color: var(--accent); }
        table.month { width: auto; } table.month td { text-align: center; padding: 0; }
        table.month td a { display: block; padding: .35rem .55rem; text-decoration: none; color: var(--ink); }
        td.allowed { background: #e3f1e6; } td.forbidden { background: #f6e0e0; } td.chosen { background: var(--accent); } table.month td.chosen a { color: #fff; font-weight: 700; }
        .calendar td { height: 5rem; width: 14%; } .calendar .day { display: block; font-size: .85em; color: var(--muted); }
        .calendar .off { display: block; font-size: .8em; color: var(--muted); }
        .calendar .shade { background: #f1ece1; } .calendar .event { display: block; font-size: .85em; margin: .1rem 0; }
        .timeline td { min-width: 7rem; font-size: .9em; } .timeline .event { display: block; margin: .1rem 0; }
        .diff ins { color: var(--ok); text-decoration: none; display: block; } .diff del { color: var(--bad); display: block; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; }
        .versions { display: grid; gap: 1rem; grid-template-columns: 1fr 1fr; }
        #avis.notice { background: #fff6d6; border-bottom: 1px solid var(--warn); padding: .5rem 1rem; }
        @media (max-width: 40rem) {
          .versions { grid-template-columns: 1fr; }
          table.events thead { display: none; } table.events td { display: block; border: 0; padding: .1rem 0; } table.events tr { display: block; border-bottom: 1px solid var(--line); padding: .5rem 0; }
          table.events td[data-label]::before { content: attr(data-label) " : "; color: var(--muted); }
          .calendar td { height: auto; }
        }
        """
}
