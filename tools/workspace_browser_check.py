#!/usr/bin/env python3
"""The coordinators' workspace in a real browser: Playwright drives Debian's Chromium against
`jumelage workspace` serving a copy of calendars/*.yaml, and axe-core checks every page visited.

Usage: python3 tools/workspace_browser_check.py --jumelage PATH [--screenshots DIR] [--keep]

Each check prints `ok   …` or `FAIL …`; the exit status is 1 when one fails. Needs the pip
packages of tools/requirements.txt (playwright, axe-playwright-python) and /usr/bin/chromium
(Debian's; `playwright install` is not needed). vdirsyncer is used when installed.
"""

import argparse
import json
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

REPOSITORY = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
PLAN = "quebec-namur-2024-2026"
OTHER_PLAN = "terrebonne-namur-2024-2026"
ADMIN = {"name": "Admin Essai", "login": "admin@example.org", "password": "mot-de-passe-admin-1"}
VIEWER = {"name": "Lectrice Essai", "login": "lectrice@example.org", "password": "mot-de-passe-lectrice-1"}
MISSION = {
    "id": "mission-essai-navigateur",
    "title.fr": "Mission d'essai du navigateur",
    "title.en": "Browser test mission",
    "dates.from": "2026-12-08",
    "dates.to": "2026-12-09",
    "window.from": "2026-12-07",
    "window.to": "2026-12-18",
}
COMMITTEE = {"id": "comite-essai-impossible", "title.fr": "Comité d'essai", "title.en": "Test committee", "date": "2026-12-15"}
# Monday 14 to Wednesday 16 December 2026, but only on weekends: no day works.
IMPOSSIBLE = "provisional: true\nschedule:\n  window: {from: 2026-12-14, to: 2026-12-16}\n  weekdays: [sat, sun]\n"
XSS_FR = "<script>alert(1)</script>"
XSS_EN = "<img src=x onerror=alert(2)>"
A11Y_PAGES = ["home", "connexion", "espace", "plan", "event", "new event", "yaml", "history", "publication", "comptes", "compte", "calendrier"]


# MARK: - The server


class Workspace:
    """`jumelage workspace` on a copy of the plans, on a free port; always stopped by `stop`."""

    def __init__(self, jumelage, folder):
        self.jumelage = jumelage
        self.folder = folder
        self.process = None
        self.origin = None
        self.first_access = None
        self.log_path = folder / "workspace.log"

    def start(self, timeout=180):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.origin = f"http://127.0.0.1:{port}"
        log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [self.jumelage, "workspace", str(self.folder), "--host", "127.0.0.1", "--port", str(port)],
            stdout=subprocess.PIPE, stderr=log, text=True)
        lines = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in self.process.stdout], daemon=True).start()
        deadline = time.monotonic() + timeout
        while self.first_access is None:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                raise RuntimeError(f"no /premier-acces/ line within {timeout} s; log: {self.log_tail()}")
            found = re.search(r"(https?://\S*/premier-acces/\S+)", line)
            if found:
                self.first_access = found.group(1)
            if self.process.poll() is not None:
                raise RuntimeError(f"the workspace stopped (exit {self.process.returncode}); log: {self.log_tail()}")
        return self

    def log_tail(self, lines=15):
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# MARK: - Reporting and page helpers


class Run:
    """What every check shares: the server, the browser, the results, the pages already audited."""

    def __init__(self, server, browser, screenshots):
        self.server = server
        self.browser = browser
        self.screenshots = screenshots
        self.failures = []
        self.audited = {}
        self.axe = Axe()
        self.dialogs = []

    def url(self, path):
        return self.server.origin + path

    def ok(self, what):
        print(f"ok   {what}", flush=True)

    def fail(self, what):
        print(f"FAIL {what}", flush=True)
        self.failures.append(what)

    def expect(self, condition, what, detail=""):
        if condition:
            self.ok(what)
        else:
            self.fail(f"{what}{' — ' + detail if detail else ''}")
        return condition

    def new_context(self, **options):
        context = self.browser.new_context(viewport={"width": 1280, "height": 900}, **options)
        context.set_default_timeout(15_000)
        context.on("page", self.watch)
        return context

    def watch(self, page):
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    def visit(self, page, path, label=None, status=200):
        """Opens a page, checks its status, and runs axe on it the first time its kind is seen."""
        response = page.goto(self.url(path))
        got = response.status if response else None
        if got != status:
            self.fail(f"GET {path} answered {got}, expected {status}: {excerpt(page)}")
        if label:
            self.audit(page, label)
        return response

    def audit(self, page, label):
        if label in self.audited:
            return
        results = self.axe.run(page, options={"resultTypes": ["violations"]})
        violations = results.response.get("violations", [])
        serious = [v for v in violations if v.get("impact") in ("serious", "critical")]
        self.audited[label] = (page.url, serious, [v for v in violations if v not in serious])

    def report_accessibility(self):
        for label in A11Y_PAGES + sorted(set(self.audited) - set(A11Y_PAGES)):
            if label not in self.audited:
                self.fail(f"axe: page '{label}' was never visited")
                continue
            url, serious, others = self.audited[label]
            path = url.replace(self.server.origin, "")
            if serious:
                details = "; ".join(
                    f"{v['id']} ({v['impact']}) at {', '.join(str(n['target']) for n in v['nodes'][:3])}" for v in serious)
                self.fail(f"axe {label} {path}: {details}")
            else:
                minor = f" ({len(others)} moderate/minor: {', '.join(v['id'] for v in others)})" if others else ""
                self.ok(f"axe {label} {path}: no serious or critical violation{minor}")


def excerpt(page, selector="main", limit=400):
    try:
        text = page.inner_text(selector, timeout=2000)
    except PlaywrightError:
        text = page.content()
    return " ".join(text.split())[:limit]


def submit(page, form):
    """Submits a form by its button and waits for the page it leads to; returns that response
    (after a 303, the redirected GET's; `response.request.redirected_from` is then the POST)."""
    with page.expect_navigation() as navigation:
        page.locator(form).locator("button[type=submit]").first.click()
    return navigation.value


def post_status(response):
    """The status the POST itself answered: 303 when it redirected."""
    return 303 if response.request.redirected_from is not None else response.status


def sign_in(page, run, account, label=None):
    run.visit(page, "/connexion", label)
    page.fill("#login", account["login"])
    page.fill("#password", account["password"])
    return submit(page, 'form[action="/connexion"]')


def fill_event(page, values):
    for name, value in values.items():
        if name in ("id", "title.fr", "title.en", "dates.from", "dates.to", "window.from", "window.to", "description.fr"):
            page.fill("#f-" + name.replace(".", "-"), value)


def event_path(event_id):
    return f"/espace/plans/{PLAN}/evenements/{event_id}"


def api_events(context, run):
    response = context.request.get(run.url(f"/api/v1/plans/{PLAN}"))
    return {event["activity"]: event for event in response.json().get("events", [])} if response.ok else {}


def unfolded_events(ics):
    """The VEVENTs of a feed as dicts of their properties (first value of each)."""
    text = ics.replace("\r\n ", "").replace("\r\n\t", "")
    events, current = [], None
    for line in text.splitlines():
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT" and current is not None:
            events.append(current)
            current = None
        elif current is not None and ":" in line:
            key, value = line.split(":", 1)
            current.setdefault(key.split(";")[0], value)
    return events


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


# MARK: - The checks


def first_access(run, admin):
    page = admin.new_page()
    response = page.goto(run.server.first_access)
    run.expect(response.status == 200, "first access: the one-time link opens the form", f"status {response.status}")
    run.audit(page, "premier acces")
    page.fill("#name", ADMIN["name"])
    page.fill("#login", ADMIN["login"])
    page.fill("#password", ADMIN["password"])
    submit(page, "main form")
    listed = page.locator(f'a[href="/espace/plans/{PLAN}"]').count()
    run.expect(page.url == run.url("/espace") and listed == 1, "first access: lands on /espace listing the plans",
               f"at {page.url}: {excerpt(page)}")
    run.audit(page, "espace")
    again = admin.request.get(run.server.first_access)
    form_token = re.search(r'name="form" value="([^"]+)"', again.text())
    used = admin.request.post(run.server.first_access, max_redirects=0, form={
        "form": form_token.group(1) if form_token else "", "name": "X", "login": "x@example.org", "password": "0123456789ab"})
    run.expect(used.status == 404, "first access: the link works only once", f"second use answered {used.status}")
    return page


def check_sign_in_out(run, page):
    submit(page, 'form[action="/deconnexion"]')
    run.expect(page.url == run.url("/"), "sign-out: the header button leads to /", page.url)
    run.audit(page, "home")
    run.visit(page, "/espace")
    run.expect(page.url == run.url("/connexion"), "sign-out: /espace then asks to sign in", page.url)
    sign_in_page = page
    sign_in_page.fill("#login", ADMIN["login"])
    sign_in_page.fill("#password", "pas-le-bon-mot-de-passe")
    response = submit(sign_in_page, 'form[action="/connexion"]')
    error = page.locator("#erreur-connexion")
    run.expect(response.status == 401 and error.count() == 1 and error.inner_text().strip() != "",
               "sign-in: a wrong password answers 401 with an error",
               f"status {response.status}, error {error.count()}: {excerpt(page)}")
    run.audit(page, "connexion (erreur)")
    sign_in(page, run, ADMIN, "connexion")
    run.expect(page.url == run.url("/espace"), "sign-in: the right password leads to /espace", f"{page.url}: {excerpt(page)}")


def check_create_mission(run, page):
    run.visit(page, f"/espace/plans/{PLAN}", "plan")
    with page.expect_navigation():
        page.get_by_role("link", name="Nouvel événement").click()
    run.expect(page.url == run.url(f"/espace/plans/{PLAN}/nouveau"), "new event: the plan's link opens the form", page.url)
    run.audit(page, "new event")
    fill_event(page, MISSION)
    page.select_option("#f-kind", "mission")
    travellers = page.locator('input[name="travellers"]')
    travellers.nth(0).check()
    travellers.nth(1).check()
    page.select_option("#f-origin", "quebec")
    page.select_option("#f-destination", "namur")
    page.check("#f-audiences-public")
    page.check("#f-provisional")
    response = submit(page, f'form[action="/espace/plans/{PLAN}/nouveau"]')
    created = page.url == run.url(event_path(MISSION["id"]))
    if not run.expect(created and post_status(response) == 303, "new event: the mission with two travellers is created",
                      f"POST answered {post_status(response)}, at {page.url}: {excerpt(page)}"):
        return False
    run.audit(page, "event")
    run.visit(page, f"/espace/plans/{PLAN}")
    listed = page.locator(f'table.events a[href="{event_path(MISSION["id"])}"]').count() == 1
    chosen = api_events(page.context, run).get(MISSION["id"])
    inside = chosen is not None and MISSION["window.from"] <= chosen["start"] <= chosen["end"] <= MISSION["window.to"]
    run.expect(listed and inside, "new event: the plan lists the mission on a date the solver chose in its window",
               f"listed {listed}, API entry {chosen}")
    return True


def check_explanation(run, page):
    run.visit(page, event_path(MISSION["id"]), "event")
    section = page.locator("#explication")
    if not run.expect(section.count() == 1, "event page: the explanation section #explication", excerpt(page)):
        return
    text = " ".join(section.inner_text().split())
    entry = api_events(page.context, run).get(MISSION["id"], {})
    run.expect(entry.get("open") is True and "Le solveur a retenu" in text,
               "event page: the mission is open and #explication says which date the solver chose and why",
               f"API open={entry.get('open')} start={entry.get('start')}; #explication: « {text[:300]} »")


def check_drag_what_if(run, page):
    """On the month calendar, the open mission dragged to another day answers which rules that day breaks."""
    entry = api_events(page.context, run).get(MISSION["id"], {})
    month = entry.get("start", "")[:7]
    run.visit(page, f"/espace/calendrier?mois={month}&plan={PLAN}", "calendrier (mois de la mission)")
    source = page.locator(f'a.event[data-check][href="{event_path(MISSION["id"])}"]').first
    if not run.expect(source.count() == 1, "drag: the open mission is draggable on the month calendar", excerpt(page)):
        return
    target_day = "2026-12-12" if entry.get("start") != "2026-12-12" else "2026-12-13"
    target = page.locator(f'td[data-date="{target_day}"]')
    source.drag_to(target)
    notice = page.locator("#avis")
    try:
        page.wait_for_function("document.getElementById('avis').textContent.includes('2026-12-1')", timeout=3000)
    except PlaywrightError:
        pass
    text = notice.inner_text()
    run.expect(target_day in text and ("enfreint" in text or "aucune règle" in text),
               f"drag: dropping it on {target_day} says which rules that day breaks (nothing saved)", f"#avis: « {text} »")


def check_links(run, page):
    """Every link of the plan and event pages leads somewhere."""
    broken = []
    for path in (f"/espace/plans/{PLAN}", event_path(MISSION["id"])):
        run.visit(page, path)
        hrefs = {a.get_attribute("href") for a in page.locator("main a[href], header a[href]").all()}
        for href in sorted(h for h in hrefs if h.startswith("/") and "lang=" not in h):
            status = page.context.request.get(run.url(href.split("#")[0]), max_redirects=0).status
            if status >= 400:
                broken.append(f"{href} ({status}, linked from {path})")
    run.expect(not broken, "links: every link of the plan and event pages answers", "; ".join(broken))


def check_repair(run, page):
    run.visit(page, f"/espace/plans/{PLAN}/nouveau")
    fill_event(page, {"id": COMMITTEE["id"], "title.fr": COMMITTEE["title.fr"], "title.en": COMMITTEE["title.en"],
                      "dates.from": COMMITTEE["date"], "dates.to": COMMITTEE["date"]})
    page.select_option("#f-kind", "committee")
    page.locator('input[name="hosts"]').nth(0).check()
    page.locator('input[name="participants"]').nth(1).check()
    page.check("#f-audiences-partners")
    response = submit(page, f'form[action="/espace/plans/{PLAN}/nouveau"]')
    if not run.expect(page.url == run.url(event_path(COMMITTEE["id"])), "repair: a committee on a fixed day is created",
                      f"POST answered {post_status(response)}: {excerpt(page)}"):
        return
    block = page.locator("#bloc")
    written = block.input_value()
    block.fill(written.rstrip("\n") + "\n" + IMPOSSIBLE)
    response = submit(page, f'form[action="{event_path(COMMITTEE["id"])}/yaml"]')
    if not run.expect(post_status(response) == 303, "repair: the event's YAML text (#bloc) saves an impossible window",
                      f"POST answered {post_status(response)}: {excerpt(page)}"):
        return
    run.visit(page, f"/espace/plans/{PLAN}", "plan (conflit)")
    conflict, repairs = page.locator("#conflit"), page.locator("#conflit button.repair")
    if not run.expect(conflict.count() == 1 and repairs.count() >= 1, "repair: the plan shows #conflit with a repair button",
                      f"#conflit {conflict.count()}, buttons {repairs.count()}: {excerpt(page)}"):
        return
    label = repairs.first.inner_text()
    with page.expect_navigation() as navigation:
        repairs.first.click()
    response = navigation.value
    run.expect(post_status(response) == 303 and page.url == run.url(f"/espace/plans/{PLAN}") and page.locator("#conflit").count() == 0,
               f"repair: « {label.strip()} » removes the conflict",
               f"POST answered {post_status(response)}, at {page.url}: {excerpt(page)}")


def check_publish(run, page):
    run.visit(page, f"/espace/plans/{PLAN}")
    if page.locator("#conflit").count():
        print("note the plan still has no possible date (see the repair check): the test committee's schedule is "
              "removed through #bloc, so that publishing can be checked", flush=True)
        run.visit(page, event_path(COMMITTEE["id"]))
        block = page.locator("#bloc")
        block.fill(re.sub(r"(?ms)^schedule:.*?(?=^\S|\Z)", "", block.input_value()))
        response = submit(page, f'form[action="{event_path(COMMITTEE["id"])}/yaml"]')
        run.expect(post_status(response) == 303, "publish: the committee without its schedule saves",
                   f"POST answered {post_status(response)}: {excerpt(page)}")
    run.visit(page, "/espace/publication", "publication")
    button = page.get_by_role("button", name="Publier", exact=True)
    if not run.expect(button.count() == 1, "publish: /espace/publication offers « Publier »", excerpt(page)):
        return
    with page.expect_navigation() as navigation:
        button.click()
    done = page.locator("#publie")
    run.expect(navigation.value.status == 200 and done.count() == 1, "publish: « Publier » answers the page with #publie",
               f"POST answered {navigation.value.status}: {excerpt(page)}")
    # The feeds are checked even when the answer failed: the publication may have been made.
    again = page.context.request.get(run.url("/espace/publication"))
    run.expect(again.status == 200, "publish: /espace/publication still opens after publishing",
               f"status {again.status}: {' '.join(re.sub(r'<[^>]+>', ' ', again.text()).split())[-250:]}")
    status, _, home = fetch(run.url("/"))
    downloads = [urllib.parse.urlsplit(h) for h in sorted(set(re.findall(r'href="([^"]+)"', home)))]
    downloads = [u for u in downloads if u.scheme in ("http", "https", "") and u.path.startswith("/feeds/") and u.path.endswith(".ics")]
    foreign = [u.geturl() for u in downloads if u.netloc not in ("", urllib.parse.urlsplit(run.server.origin).netloc)]
    run.expect(downloads and not foreign, f"publish: / lists {len(downloads)} public feeds, on this server",
               f"status {status}, other hosts: {foreign[:4]}")
    found = None
    for path in sorted({u.path for u in downloads}):
        code, headers, ics = fetch(run.url(path))
        for event in unfolded_events(ics) if code == 200 else []:
            if MISSION["id"] in event.get("UID", "") or MISSION["title.fr"] in event.get("SUMMARY", "").replace("\\", ""):
                found = (path, event)
    if not run.expect(found is not None, "publish: the new mission is in a public feed",
                      f"searched {len(downloads)} feeds for {MISSION['id']}"):
        return
    path, event = found
    run.ok(f"publish: feed {path}, UID {event.get('UID')}, DTSTART {event.get('DTSTART')}")
    check_vdirsyncer(run, run.url(path), event.get("UID", ""))


def check_vdirsyncer(run, url, uid):
    """A subscriber: vdirsyncer syncs the feed into a folder (its http storage keeping the feed's
    UIDs, as tools/vdirsyncer_e2e.sh runs it)."""
    program = shutil.which("vdirsyncer")
    if not program:
        print("note vdirsyncer is not installed: subscriber sync skipped")
        return
    interpreter = open(program).readline().removeprefix("#!").strip().split(" ")[0]
    if not os.access(interpreter, os.X_OK):
        interpreter = sys.executable
    work = Path(tempfile.mkdtemp(prefix="jumelage-vdirsyncer-"))
    try:
        (work / "local").mkdir()
        (work / "config").write_text(
            f'[general]\nstatus_path = "{work}/status/"\n\n'
            '[pair public]\na = "remote"\nb = "local"\ncollections = null\nconflict_resolution = "a wins"\n\n'
            f'[storage remote]\ntype = "http"\nurl = "{url}"\n\n'
            f'[storage local]\ntype = "filesystem"\npath = "{work}/local/"\nfileext = ".ics"\n')
        keeping_uids = ("import sys\nfrom vdirsyncer.storage.http import HttpStorage\nHttpStorage._ignore_uids = False\n"
                        "from vdirsyncer.cli import main\nsys.argv[0] = 'vdirsyncer'\nsys.exit(main())\n")
        outputs = []
        for command in ("discover", "sync"):
            done = subprocess.run([interpreter, "-c", keeping_uids, "-c", str(work / "config"), command],
                                  input="y\n" * 5, capture_output=True, text=True, timeout=120)
            outputs.append(done.stdout + done.stderr)
            if done.returncode != 0:
                run.fail(f"vdirsyncer {command} exited {done.returncode}: {' '.join(outputs[-1].split())[:400]}")
                return
        synced = [p.read_text() for p in (work / "local").glob("*.ics")]
        run.expect(any(f"UID:{uid}" in text.replace("\r\n ", "") for text in synced),
                   f"vdirsyncer: the mission's UID is among the {len(synced)} synced events", uid)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check_concurrent_edit(run, admin):
    """Two sessions of the administrator on the same event form."""
    first = admin.new_page()
    second_context = run.new_context()
    try:
        second = second_context.new_page()
        sign_in(second, run, ADMIN)
        path = event_path(MISSION["id"])
        try:
            with second.expect_response(lambda r: "/api/v1/stream" in r.url, timeout=5000):
                run.visit(second, path)
        except PlaywrightError:
            run.fail("concurrent edit: the event page opened no /api/v1/stream within 5 s")
        second.fill("#f-description-fr", "Changement du second onglet, pas encore enregistré")
        run.visit(first, path)
        first.fill("#f-title-en", MISSION["title.en"] + " (edited)")
        response = submit(first, f'#modifier form[action="{path}"]')
        saved_at = time.monotonic()
        run.expect(post_status(response) == 303, "concurrent edit: the first session saves", f"POST answered {post_status(response)}")
        try:
            second.wait_for_function("document.getElementById('avis').textContent.trim().length > 0", timeout=2000)
            run.ok(f"concurrent edit: the second page shows #avis within {time.monotonic() - saved_at:.2f} s: "
                   f"« {second.inner_text('#avis').strip()[:120]} »")
        except PlaywrightError:
            run.fail("concurrent edit: #avis stayed empty for 2 s on the second page")
        response = submit(second, f'#modifier form[action="{path}"]')
        parts = [second.locator(s).count() for s in ("#conflit-revision", "#version-enregistree", "#votre-version")]
        run.expect(response.status == 409 and parts == [1, 1, 1], "concurrent edit: the stale form gets the 409 conflict view",
                   f"status {response.status}, #conflit-revision/#version-enregistree/#votre-version {parts}: {excerpt(second)}")
        run.audit(second, "conflit de revision")
        mine = second.locator("#votre-version").inner_text() if parts[2] else ""
        run.expect("Changement du second onglet" in mine, "concurrent edit: the conflict view keeps the unsaved change", mine[:200])
    finally:
        second_context.close()
        first.close()


def check_viewer(run, page):
    run.visit(page, "/espace/comptes", "comptes")
    page.fill("#n-nom", VIEWER["name"])
    page.fill("#n-login", VIEWER["login"])
    page.fill("#n-mdp", VIEWER["password"])
    response = submit(page, 'form[action="/espace/comptes"]')
    row = page.locator("tr", has=page.locator(f'code:text-is("{VIEWER["login"]}")'))
    if not run.expect(post_status(response) == 303 and row.count() == 1, "viewer: the administrator creates an account",
                      f"POST answered {post_status(response)}: {excerpt(page)}"):
        return
    row.locator(f'select[id$="-{PLAN}"]').select_option("viewer")
    response = submit(page, f'tr:has(code:text-is("{VIEWER["login"]}")) form:has(input[name="plan"][value="{PLAN}"])')
    chosen = page.locator("tr", has=page.locator(f'code:text-is("{VIEWER["login"]}")')).locator(f'select[id$="-{PLAN}"]').input_value()
    run.expect(post_status(response) == 303 and chosen == "viewer", f"viewer: the role viewer on {PLAN} is saved",
               f"POST answered {post_status(response)}, select now {chosen!r}")
    context = run.new_context()
    try:
        viewer = context.new_page()
        sign_in(viewer, run, VIEWER)
        plans = [a.get_attribute("href") for a in viewer.locator("table.plans a").all()]
        run.expect(plans == [f"/espace/plans/{PLAN}"], "viewer: /espace lists only the plan given", str(plans))
        run.visit(viewer, f"/espace/plans/{PLAN}")
        run.visit(viewer, event_path(MISSION["id"]), "event (lecteur)")
        run.expect(viewer.locator("#modifier").count() == 0 and viewer.locator("#bloc").count() == 0,
                   "viewer: the event page has no edit form")
        csrf = viewer.locator('meta[name="csrf-token"]').get_attribute("content")
        answer = context.request.post(run.url(event_path(MISSION["id"])), max_redirects=0,
                                      form={"csrf": csrf, "revision": "x", "kind": "mission", "title.fr": "Titre du lecteur"})
        run.expect(answer.status == 403 and ("Action non permise" in answer.text() or "Not allowed" in answer.text()),
                   "viewer: a direct POST of the event form answers 403 (role, not CSRF)",
                   f"status {answer.status}: {' '.join(answer.text().split())[-300:]}")
        answer = context.request.get(run.url(f"/espace/plans/{PLAN}/nouveau"), max_redirects=0)
        run.expect(answer.status == 403, "viewer: the new-event form answers 403", f"status {answer.status}")
        response = viewer.goto(run.url(f"/espace/plans/{OTHER_PLAN}"))
        run.expect(response.status == 404, "viewer: another plan answers 404", f"status {response.status}")
    finally:
        context.close()


def check_injection(run, page):
    path = event_path(COMMITTEE["id"])
    run.visit(page, path)
    page.fill("#f-title-fr", XSS_FR)
    page.fill("#f-title-en", XSS_EN)
    response = submit(page, f'#modifier form[action="{path}"]')
    if not run.expect(post_status(response) == 303, "injection: the form saves a title with markup",
                      f"POST answered {post_status(response)}: {excerpt(page)}"):
        return
    # Escaping alone, without the CSP's help: a context that ignores Content-Security-Policy.
    context = run.new_context(bypass_csp=True)
    try:
        context.add_cookies(page.context.cookies())
        bare = context.new_page()
        for where, url, shown in [("event", path, True), ("plan", f"/espace/plans/{PLAN}", True),
                                  ("history", f"/espace/plans/{PLAN}/historique", False),
                                  ("calendar", f"/espace/calendrier?plan={PLAN}", False), ("English event", path + "?lang=en", True)]:
            run.visit(bare, url)
            scripts = bare.evaluate("document.scripts.length")
            images = bare.locator('img[src="x"]').count()
            text = bare.inner_text("body")
            literal = XSS_FR in text or XSS_EN in text
            run.expect(scripts == 1 and images == 0 and (literal or not shown) and "<script>alert" not in bare.content(),
                       f"injection: the {where} page {'shows the markup as text' if shown else 'adds no element'}",
                       f"scripts {scripts}, injected images {images}, literal text {literal}")
    finally:
        context.close()
    run.expect(page.locator("h1").inner_text().strip().startswith(XSS_FR), "injection: the h1 is the literal title",
               page.locator("h1").inner_text())
    run.expect(not run.dialogs, "injection: no dialog fired", str(run.dialogs))


def check_api(run, admin):
    status, headers, body = fetch(run.url("/api/v1/plans"))
    try:
        error = json.loads(body).get("error", {}).get("code")
    except ValueError:
        error = None
    run.expect(status == 401 and "application/json" in (headers.get("Content-Type") or "") and error == "unauthorized",
               "API: /api/v1/plans without a session answers 401 JSON", f"{status} {headers.get('Content-Type')} {body[:200]}")
    response = admin.request.get(run.url("/api/v1/plans"))
    plans = response.json() if response.ok else []
    run.expect(response.status == 200 and any(p.get("id") == PLAN for p in plans), "API: with the session cookie, 200 and the plans",
               f"{response.status} {response.text()[:200]}")


def visit_remaining(run, page):
    """The pages of the accessibility list the checks did not open."""
    for label, path in [("home", "/"), ("espace", "/espace"), ("plan", f"/espace/plans/{PLAN}"), ("event", event_path(MISSION["id"])),
                        ("new event", f"/espace/plans/{PLAN}/nouveau"), ("yaml", f"/espace/plans/{PLAN}/yaml"),
                        ("history", f"/espace/plans/{PLAN}/historique"), ("publication", "/espace/publication"),
                        ("comptes", "/espace/comptes"), ("compte", "/espace/compte"), ("calendrier", "/espace/calendrier")]:
        if label not in run.audited:
            run.visit(page, path, label)
    if "connexion" not in run.audited:
        context = run.new_context()
        run.visit(context.new_page(), "/connexion", "connexion")
        context.close()


def take_screenshots(run, page):
    folder = Path(run.screenshots)
    folder.mkdir(parents=True, exist_ok=True)
    shots = [("espace", "/espace"), ("plan", f"/espace/plans/{PLAN}"), ("evenement", event_path(MISSION["id"])),
             ("calendrier", "/espace/calendrier")]
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for name, path in shots:
            page.goto(run.url(path))
            page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    run.ok(f"screenshots: {len(shots) * 2} PNG in {folder}")


# MARK: - Main


def guarded(run, name, check, *arguments):
    """One check: an exception is its failure, not the end of the run."""
    try:
        return check(*arguments)
    except Exception as error:  # noqa: BLE001 — any error of a check is reported as its failure
        run.fail(f"{name}: {type(error).__name__}: {' '.join(str(error).split())[:500]}")
        return None


def run_browser_checks(name: str, jumelage: str, keep: bool, screenshots, prepare, checks) -> int:
    """Copies the plans of calendars/ into a temporary folder (then `prepare(folder)`), starts the
    workspace on it and Chromium, runs `checks(run, admin)` with a fresh browser context, reports
    axe-core's findings, stops everything and prints the verdict; returns the exit status."""
    jumelage = str(Path(jumelage).resolve())
    if not os.access(jumelage, os.X_OK):
        sys.exit(f"{name}: no executable at {jumelage}")
    if not os.access(CHROMIUM, os.X_OK):
        sys.exit(f"{name}: {CHROMIUM} is missing (apt-get install chromium)")
    folder = Path(tempfile.mkdtemp(prefix=f"jumelage-{name.replace('_', '-')}-"))
    for plan in sorted((REPOSITORY / "calendars").glob("*.yaml")):
        shutil.copy(plan, folder / plan.name)
    prepare(folder)
    server = Workspace(jumelage, folder)
    failures = ["not run"]
    try:
        server.start()
        print(f"note workspace at {server.origin} on {folder}", flush=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            run = Run(server, browser, screenshots)
            checks(run, run.new_context())
            run.report_accessibility()
            failures = run.failures
            browser.close()
    except Exception as error:  # noqa: BLE001
        print(f"FAIL {type(error).__name__}: {error}", flush=True)
    finally:
        server.stop()
        if keep:
            print(f"note kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"{'FAILED' if failures else 'passed'}: {len(failures)} failure(s)")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jumelage", required=True, help="the jumelage binary")
    parser.add_argument("--screenshots", help="folder for PNG screenshots at 1280 and 390 px")
    parser.add_argument("--keep", action="store_true", help="keep the temporary workspace folder")
    arguments = parser.parse_args()

    def checks(run, admin):
        page = guarded(run, "first access", first_access, run, admin)
        if page is not None:
            guarded(run, "sign in/out", check_sign_in_out, run, page)
            created = guarded(run, "create mission", check_create_mission, run, page)
            if created:
                guarded(run, "explanation", check_explanation, run, page)
                guarded(run, "drag what-if", check_drag_what_if, run, page)
                guarded(run, "links", check_links, run, page)
                guarded(run, "repair", check_repair, run, page)
                guarded(run, "publish", check_publish, run, page)
                guarded(run, "concurrent edit", check_concurrent_edit, run, admin)
                guarded(run, "viewer", check_viewer, run, page)
                guarded(run, "injection", check_injection, run, page)
            guarded(run, "API", check_api, run, admin)
            guarded(run, "accessibility pages", visit_remaining, run, page)
            if arguments.screenshots:
                guarded(run, "screenshots", take_screenshots, run, page)

    return run_browser_checks("workspace_browser_check", arguments.jumelage, arguments.keep, arguments.screenshots,
                              lambda folder: None, checks)


if __name__ == "__main__":
    sys.exit(main())
