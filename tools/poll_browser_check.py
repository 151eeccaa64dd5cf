#!/usr/bin/env python3
"""Date polls in a real browser: a coordinator polls the delegation of an open timed event, two
people answer from their personal links in two separate browser contexts (one in French in
Québec's zone, one in English in Brussels's), the coordinator sees the counts, closes the poll
on a date, and the event is pinned there (its page and the History say so). axe-core checks the
respondent's and the poll's pages. The server and the helpers are those of
workspace_browser_check.py.

Usage: python3 tools/poll_browser_check.py --jumelage PATH [--keep]

Each check prints `ok   …` or `FAIL …`; the exit status is 1 when one fails.
"""

import argparse
import re
import sys

from playwright.sync_api import Error as PlaywrightError

import workspace_browser_check as workspace
from workspace_browser_check import excerpt, first_access, post_status, submit

PLAN = "quebec-namur-2024-2026"
EVENT = "visio-sondage"
# An open, timed event (14:00–16:00 in Québec): the respondent in Brussels sees 20:00–22:00.
EVENT_YAML = """
  - id: visio-sondage
    title: {fr: Visioconférence de suivi, en: Follow-up video call}
    start: 2026-12-08T14:00
    duration: 2h
    host: quebec
    mode: virtual
    travellers: [bruno-marchand, maxime-prevot]
    schedule:
      window: {from: 2026-12-07, to: 2026-12-18}
"""
GUEST = {"name": "Alex Partner", "zone": "Europe/Brussels", "language": "en"}
POLL_PAGES = ["poll form", "poll links", "respondent fr", "respondent en", "poll results"]


def event_path():
    return f"/espace/plans/{PLAN}/evenements/{EVENT}"


def create_poll(run, page):
    """The coordinator's side: the event's link, the form (three days, one traveller, one added
    name), the links shown once. Returns {name: url} of the personal links and the poll's path."""
    run.visit(page, event_path())
    link = page.locator("#lien-sondage")
    if not run.expect(link.count() == 1, "event page: the « Sonder la délégation » link", excerpt(page)):
        return None, None
    with page.expect_navigation():
        link.click()
    run.audit(page, "poll form")
    days = page.locator('input[name="day"]')
    run.expect(days.count() == 5, "poll form: the solver proposes five days", f"{days.count()} days")
    for index in range(days.count()):
        if index >= 3:
            days.nth(index).uncheck()
    people = page.locator('input[name="who"]')
    keys = [people.nth(index).get_attribute("value") for index in range(people.count())]
    run.expect("person:bruno-marchand" in keys and "person:maxime-prevot" in keys,
               "poll form: the event's travellers are proposed", f"{keys}")
    for index, key in enumerate(keys):
        if key != "person:bruno-marchand":
            people.nth(index).uncheck()
    page.fill("#nom-1", GUEST["name"])
    page.fill("#fuseau-1", GUEST["zone"])
    page.select_option("#langue-1", GUEST["language"])
    response = submit(page, f'form[action="{event_path()}/sondage"]')
    if not run.expect(response.status == 201, "poll form: the poll is created (201)", f"{response.status}: {excerpt(page)}"):
        return None, None
    run.audit(page, "poll links")
    links = {}
    inputs = page.locator("input.copy")
    for index in range(inputs.count()):
        links[inputs.nth(index).get_attribute("data-respondent")] = inputs.nth(index).get_attribute("value")
    run.expect(set(links) == {"Bruno Marchand", GUEST["name"]} and all(re.search(r"/sondage/[A-Za-z0-9_-]{43}$", url) for url in links.values()),
               "poll links: one personal link per person, with a 256-bit token", f"{links}")
    poll_path = page.locator("#voir-sondage").get_attribute("href")
    return links, poll_path


def answer(run, context, url, label, choices, expect_text, other):
    """One respondent answers from their link; `choices`: the radio value of each day (YYYY-MM-DD)."""
    page = context.new_page()
    response = page.goto(url)
    run.expect(response.status == 200, f"{label}: the personal link opens the poll", f"{response.status}")
    run.audit(page, label)
    body = excerpt(page, limit=2000)
    run.expect(expect_text in body, f"{label}: the dates shown in the respondent's zone and language", body)
    run.expect(other not in page.content(), f"{label}: nobody else's name is shown ({other})", body)
    days = page.locator("fieldset[data-date]")
    shown = [days.nth(index).get_attribute("data-date") for index in range(days.count())]
    run.expect(shown == sorted(choices), f"{label}: the poll's three days, in order", f"{shown}")
    for day, choice in choices.items():
        page.locator(f'fieldset[data-date="{day}"] input[value="{choice}"]').check()
    response = submit(page, "main form")
    run.expect(post_status(response) == 303 and page.locator("#enregistre").count() == 1,
               f"{label}: the answers are saved", f"{post_status(response)}: {excerpt(page)}")
    checked = {day: page.locator(f'fieldset[data-date="{day}"] input:checked').get_attribute("value") for day in choices}
    run.expect(checked == choices, f"{label}: the page shows the respondent's own answers again", f"{checked}")
    return page


def check_poll(run, admin):
    page = admin.pages[0]
    links, poll_path = create_poll(run, page)
    if not links:
        return
    # Opened before anyone answers: it must show the answers without being reloaded.
    live = admin.new_page()
    live.goto(run.url(poll_path))
    french = run.new_context()
    english = run.new_context()
    try:
        # 14:00 in Québec on 8 December 2026 is 20:00 in Brussels.
        answer(run, french, links["Bruno Marchand"], "respondent fr", {"2026-12-07": "no", "2026-12-08": "yes", "2026-12-09": "if-need-be"},
               "mardi 8 décembre 2026, 14:00–16:00 (America/Toronto)", GUEST["name"])
        english_page = answer(run, english, links[GUEST["name"]], "respondent en", {"2026-12-07": "yes", "2026-12-08": "yes", "2026-12-09": "no"},
                              "Tuesday 8 December 2026, 20:00–22:00 (Europe/Brussels)", "Bruno")
        counts = english_page.locator('fieldset[data-date="2026-12-08"] .counts').inner_text()
        run.expect("2 yes" in counts, "respondent en: the counts include the other answer", counts)
        try:
            live.wait_for_function(
                """() => { const cell = document.querySelector('#resultats tr[data-date="2026-12-08"] td:nth-of-type(2)');
                           return cell !== null && cell.textContent === "2"; }""", timeout=10_000)
            run.ok("poll page: the answers appear without reloading the page")
        except PlaywrightError:
            run.fail(f"poll page: the answers did not appear without reloading: {excerpt(live, '#resultats')}")
        live.close()
        run.visit(page, poll_path)
        run.audit(page, "poll results")
        rows = page.locator("#resultats tbody tr[data-date]")
        first = rows.first
        run.expect(first.get_attribute("data-date") == "2026-12-08" and first.locator("td").nth(1).inner_text() == "2",
                   "poll page: 8 December ranks first with two yes", excerpt(page, "#resultats"))
        impossible = page.locator('#resultats tr[data-date="2026-12-07"]').inner_text()
        run.expect("Bruno Marchand" in impossible, "poll page: the traveller's no makes 7 December impossible for him", impossible)
        response = submit(page, "#cloture form")
        run.expect(post_status(response) == 303 and "2026" in page.locator("#etat-sondage").inner_text(),
                   "poll page: closing confirms a date", f"{post_status(response)}: {excerpt(page)}")
        run.visit(page, event_path())
        dates = excerpt(page, "main", 3000)
        run.expect("8 décembre 2026" in dates and page.locator("#fixer-date").get_attribute("value") == "2026-12-08",
                   "event page: the event is pinned on the confirmed date", dates[:300])
        history = page.locator("main").inner_text()
        run.expect("sondage n°" in history, "event page: its history shows the pin by the poll", history[-400:])
        run.visit(page, f"/espace/plans/{PLAN}/historique")
        plan_history = page.locator("main").inner_text()
        run.expect("Visioconférence de suivi : fixé au 8 décembre 2026 (sondage n°" in plan_history,
                   "History: the plan's history lists the pin by the poll", plan_history[:400])
        again = english.new_page()
        response = again.goto(links[GUEST["name"]])
        run.expect(response.status == 200 and again.locator("#date-retenue").count() == 1
                   and again.locator("input[type=radio]:not([disabled])").count() == 0,
                   "respondent en: after closing, the confirmed date and no editable answer",
                   excerpt(again))
        gone = again.goto(run.url("/sondage/" + "A" * 43))
        run.expect(gone.status == 404, "an unknown link answers 404", f"{gone.status}")
    finally:
        french.close()
        english.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jumelage", required=True, help="the jumelage binary")
    parser.add_argument("--keep", action="store_true", help="keep the temporary workspace folder")
    arguments = parser.parse_args()
    # The pages axe must have seen (Run.report_accessibility reads this list).
    workspace.A11Y_PAGES = POLL_PAGES

    def add_event(folder):
        with open(folder / f"{PLAN}.yaml", "a", encoding="utf-8") as plan:
            plan.write(EVENT_YAML)

    def checks(run, admin):
        if workspace.guarded(run, "first access", first_access, run, admin) is not None:
            workspace.guarded(run, "poll", check_poll, run, admin)

    return workspace.run_browser_checks("poll_browser_check", arguments.jumelage, arguments.keep, None, add_event, checks)


if __name__ == "__main__":
    sys.exit(main())
