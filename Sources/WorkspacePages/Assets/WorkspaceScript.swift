import WorkspaceCore
/// `/static/workspace.js`: change notices from the event stream, what-if answers and live
/// validation while typing. The pages work without it.
package enum WorkspaceScript {
    package static let source = #"""
        "use strict";
        (function () {
          var body = document.body;
          var plan = body.dataset.plan;
          var version = parseInt(body.dataset.version || "0", 10);
          var fr = body.dataset.lang !== "en";
          var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
          var dirty = false;
          document.addEventListener("input", function (event) {
            if (event.target.closest("form[method=post]")) { dirty = true; }
          });
          function notice(text, withReload) {
            var box = document.getElementById("avis");
            if (!box) { return; }
            box.textContent = text;
            box.className = "notice";
            if (withReload) {
              var button = document.createElement("button");
              button.type = "button";
              button.textContent = fr ? "Recharger" : "Reload";
              button.addEventListener("click", function () { location.reload(); });
              box.appendChild(document.createTextNode(" "));
              box.appendChild(button);
            }
          }
          if (csrf && window.EventSource) {
            var stream = new EventSource("/api/v1/stream");
            stream.addEventListener("change", function (message) {
              var change = JSON.parse(message.data);
              if (change.version <= version) { return; }
              if (plan && change.planID !== plan) { version = change.version; return; }
              var text = (fr ? "Modifié par " : "Changed by ") + change.author + " : " + change.summary;
              if (dirty) { notice(text + (fr ? " — vos changements ne sont pas encore enregistrés." : " — your changes are not saved yet."), true); }
              else { notice(text, false); setTimeout(function () { location.reload(); }, 400); }
            });
          }
          document.querySelectorAll("form.whatif").forEach(function (form) {
            var input = form.querySelector("input[type=date]");
            var out = document.getElementById("essai-resultat");
            input.addEventListener("change", function () {
              fetch(form.dataset.check + "?date=" + encodeURIComponent(input.value), { headers: { "Accept": "application/json" } })
                .then(function (r) { return r.json(); })
                .then(function (answer) {
                  if (!out || answer.error) { return; }
                  out.textContent = "";
                  var p = document.createElement("p");
                  p.className = answer.allowed ? "ok" : "error";
                  p.textContent = answer.allowed
                    ? (fr ? "Aucune règle enfreinte, coût " : "No rule broken, cost ") + answer.cost
                    : (fr ? "Enfreint : " : "Breaks: ") + answer.broken.map(function (b) { return b.name + " — " + b.message; }).join(" ; ");
                  out.appendChild(p);
                });
            });
          });
          document.querySelectorAll("form.event-form[data-validate]").forEach(function (form) {
            var timer = null;
            form.addEventListener("input", function () {
              clearTimeout(timer);
              timer = setTimeout(function () {
                var data = new URLSearchParams(new FormData(form));
                fetch(form.dataset.validate, { method: "POST", body: data, headers: { "X-CSRF-Token": csrf, "Accept": "application/json" } })
                  .then(function (r) { return r.json(); })
                  .then(function (answer) {
                    form.querySelectorAll(".live-error").forEach(function (node) { node.remove(); });
                    (answer.issues || []).forEach(function (issue) {
                      var field = form.querySelector('[data-key="' + (issue.field || "") + '"]') || form.querySelector("button[type=submit]");
                      var span = document.createElement("span");
                      span.className = "field-error live-error";
                      span.setAttribute("role", "alert");
                      span.textContent = issue.message + (issue.fix ? " — " + issue.fix : "");
                      field.insertAdjacentElement("afterend", span);
                    });
                  });
              }, 350);
            });
          });
          // What-if by dragging, on the month calendar: drop an open event on a day.
          var dragged = null;
          document.querySelectorAll("a.event[data-check]").forEach(function (link) {
            link.addEventListener("dragstart", function (event) {
              dragged = link;
              event.dataTransfer.setData("text/plain", link.textContent);
            });
          });
          document.querySelectorAll("td[data-date]").forEach(function (cell) {
            cell.addEventListener("dragover", function (event) { if (dragged) { event.preventDefault(); } });
            cell.addEventListener("drop", function (event) {
              if (!dragged) { return; }
              event.preventDefault();
              var link = dragged;
              dragged = null;
              fetch(link.dataset.check + "?date=" + encodeURIComponent(cell.dataset.date), { headers: { "Accept": "application/json" } })
                .then(function (r) { return r.json(); })
                .then(function (answer) {
                  if (answer.error) { notice(answer.error.message, false); return; }
                  notice(link.textContent + " — " + cell.dataset.date + " : " + (answer.allowed
                    ? (fr ? "aucune règle enfreinte, coût " : "no rule broken, cost ") + answer.cost
                    : (fr ? "enfreint " : "breaks ") + answer.broken.map(function (b) { return b.name; }).join(", ")), false);
                });
            });
          });
          document.querySelectorAll("input.copy").forEach(function (input) {
            input.addEventListener("focus", function () { input.select(); });
          });
          // A poll's results: the same page fetched again every few seconds, its section swapped in.
          var live = document.querySelector("[data-refresh]");
          if (live && live.id && window.fetch && window.DOMParser) {
            setInterval(function () {
              fetch(live.dataset.refresh, { credentials: "same-origin" })
                .then(function (r) { return r.ok ? r.text() : null; })
                .then(function (text) {
                  if (!text) { return; }
                  var fresh = new DOMParser().parseFromString(text, "text/html").getElementById(live.id);
                  if (fresh && fresh.innerHTML !== live.innerHTML) { live.innerHTML = fresh.innerHTML; }
                })
                .catch(function () {});
            }, 3000);
          }
        })();
        """#
}
