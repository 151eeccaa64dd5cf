#!/usr/bin/env python3
"""Renders the students' pages and the dashboard with `jumelage pages`, looks at them as a
person would, and checks their accessibility.

    tools/pages_check.py [--jumelage PATH] [--screenshots DIR] [--today YYYY-MM-DD]

1. `jumelage pages calendars --out TMP --today 2025-11-03 --base-url https://jumelage.example.org/`
2. headless Chromium (Debian package `chromium`) takes screenshots of /etudiants, /students,
   /tableau-de-bord, /dashboard, /registre and /registry at 1280 and 390 pixels wide into DIR (default
   .build/screenshots/), and prints each page's DOM (`--dump-dom`): its visible text must show
   the window dates, the deadlines and the subscribe links (webcal:// and Google Calendar);
3. an accessibility check of every page written (HTML parsed with html.parser): `lang` on
   <html>, one h1, no skipped heading level, landmarks (header, nav, main, footer; one main),
   every link has text and an href, images have alt, form controls are labelled, ids are
   unique, the skip link's target exists, no positive tabindex, a visible focus style, the
   viewport meta and a narrow-screen media query, no script needed; and the contrast of every
   text colour of the style sheet with its background (the rule's own background-color, or the
   body's when it has none or a transparent one) is at least 4.5:1 (WCAG 2 AA).

Prints one line per check, then `N passed, M failed`; exits 1 when any check failed.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE_URL = "https://jumelage.example.org/"
WIDTHS = (1280, 390)
HEIGHT = 2000

# What a reader must see on each page (visible text), and the links it must offer.
EXPECTED_TEXT = {
    "etudiants.html": [
        "Partir en échange : fenêtres et dates limites",
        "De UNamur vers UQTR", "De UQTR vers UNamur",
        "2 septembre 2025", "12 décembre 2025",          # UQTR fall 2025, from UNamur
        "14 septembre 2025", "31 janvier 2026",          # UNamur Q1 2025-2026, from UQTR
        "Date limite de nomination (UNamur)", "30 avril 2026", "15 mai 2026",
        "Date limite de candidature (UQTR)",
        "S'abonner au calendrier UNamur → UQTR", "Ajouter à Google Agenda",
    ],
    "students.html": [
        "Going on exchange: windows and deadlines",
        "From UNamur to UQTR", "From UQTR to UNamur",
        "2 September 2025", "12 December 2025", "14 September 2025", "31 January 2026",
        "Nomination deadline (UNamur)", "30 April 2026", "Application deadline (UQTR)",
        "Add to Google Calendar",
    ],
    "tableau-de-bord.html": [
        "Tableau de bord des coordonnateurs", "Protocoles et domaines",
        "Terrebonne–Namur, protocole de collaboration 2024-2026",
        "Mission de Terrebonne à Namur et Bruxelles", "Échéances à venir",
        "Conflits et suggestions du planificateur", "Équilibre des mobilités", "Rapports annuels",
    ],
    "dashboard.html": [
        "Coordinators' dashboard", "Protocols and domains", "Terrebonne mission to Namur and Brussels",
        "Coming deadlines", "Mobility balance", "Annual reports",
    ],
    "registre.html": [
        "Registre des ententes et des jumelages", "Anniversaires des douze prochains mois",
        "Protocole de collaboration 2024-2026", "Bruno Marchand, Maire de Québec",
        "Bureau des relations internationales", "Comité technique de la coopération décentralisée",
    ],
    "registry.html": [
        "Registry of agreements and twinnings", "Ties ending within six months",
        "Terrebonne–Namur collaboration protocol 2024-2026", "Mathieu Traversy, Mayor of Terrebonne",
        "International Relations Commission",
    ],
}
FEEDS = ["mobilite-unamur-uqtr-unamur-vers-uqtr.ics", "mobilite-unamur-uqtr-uqtr-vers-unamur.ics"]
EXPECTED_LINKS = {
    "etudiants.html": [f"webcal://jumelage.example.org/feeds/{feed}" for feed in FEEDS]
    + [f"https://calendar.google.com/calendar/r?cid=webcal://jumelage.example.org/feeds/{feed}" for feed in FEEDS],
    "students.html": [f"webcal://jumelage.example.org/feeds/{feed}" for feed in FEEDS]
    + [f"https://calendar.google.com/calendar/r?cid=webcal://jumelage.example.org/feeds/{feed}" for feed in FEEDS],
    "tableau-de-bord.html": ["rapport-annuel-terrebonne-namur-2024-2026-2025.html", "registre.html"],
    "dashboard.html": ["annual-report-terrebonne-namur-2024-2026-2025.html", "registry.html"],
    "registre.html": ["etudiants.html", "registry.html"],
    "registry.html": ["students.html", "registre.html"],
}
SCREENSHOT_PAGES = ["etudiants.html", "students.html", "tableau-de-bord.html", "dashboard.html", "registre.html", "registry.html"]


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"PASS {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}{': ' + detail if detail else ''}")


class PageParser(HTMLParser):
    """Collects what the checks need: visible text, headings, landmarks, links, images,
    controls, ids, the style sheet."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    HIDDEN = {"style", "script", "head", "title", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_lang = None
        self.headings = []          # (level, text)
        self.tags = {}              # name -> count
        self.links = []             # (href, text, attrs)
        self.images = []            # attrs
        self.controls = []          # (tag, attrs)
        self.labels_for = set()
        self.ids = []
        self.tabindexes = []
        self.metas = []
        self.style = ""
        self.text_parts = []
        self.scripts = 0
        self.inline_handlers = 0
        self._stack = []
        self._hidden_depth = 0
        self._heading = None
        self._link = None
        self._label_depth = 0
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "tabindex" in attrs:
            self.tabindexes.append(attrs["tabindex"])
        if any(name.startswith("on") for name in attrs):
            self.inline_handlers += 1
        if tag == "meta":
            self.metas.append(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "style":
            self._in_style = True
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = [int(tag[1]), ""]
        if tag == "a":
            self._link = [attrs.get("href"), attrs.get("aria-label") or "", attrs]
        if tag == "img":
            self.images.append(attrs)
        if tag == "label":
            self._label_depth += 1
            if "for" in attrs:
                self.labels_for.add(attrs["for"])
        if tag in ("input", "select", "textarea") and attrs.get("type") != "hidden":
            self.controls.append((tag, attrs, self._label_depth > 0))
        if tag in self.VOID:
            return
        self._stack.append(tag)
        if tag in self.HIDDEN:
            self._hidden_depth += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if tag == "style":
            self._in_style = False
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self._heading:
            self.headings.append((self._heading[0], self._heading[1].strip()))
            self._heading = None
        if tag == "a" and self._link:
            self.links.append((self._link[0], self._link[1].strip(), self._link[2]))
            self._link = None
        if tag == "label":
            self._label_depth = max(0, self._label_depth - 1)
        while self._stack:
            top = self._stack.pop()
            if top in self.HIDDEN:
                self._hidden_depth -= 1
            if top == tag:
                break

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        if self._hidden_depth:
            return
        self.text_parts.append(data)
        if self._heading is not None:
            self._heading[1] += data
        if self._link is not None:
            self._link[1] += data

    @property
    def text(self):
        return re.sub(r"\s+", " ", " ".join(self.text_parts))


def parse(html):
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser


# --- Contrast -------------------------------------------------------------------------------

def hex_colour(value):
    value = value.strip().lower()
    match = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", value)
    if not match:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))


def luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def css_rules(css):
    """(selector, {property: value}) for every rule, media blocks included."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        selector = selector.strip()
        if selector.startswith("@"):
            continue
        declarations = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                declarations[name.strip().lower()] = value.strip()
        rules.append((selector, declarations))
    return rules


def contrast_problems(css):
    rules = css_rules(css)
    body_background = (255, 255, 255)
    for selector, declarations in rules:
        if selector == "body" and hex_colour(declarations.get("background-color", "")):
            body_background = hex_colour(declarations["background-color"])
    problems, pairs = [], 0
    for selector, declarations in rules:
        colour = hex_colour(declarations.get("color", ""))
        if colour is None:
            continue
        background = hex_colour(declarations.get("background-color", "")) or body_background
        pairs += 1
        ratio = contrast(colour, background)
        if ratio < 4.5:
            problems.append(f"{selector}: {declarations['color']} on {declarations.get('background-color', 'body')} is {ratio:.2f}:1")
    return pairs, problems


# --- Checks --------------------------------------------------------------------------------

def accessibility(results, name, html):
    page = parse(html)
    results.check(f"{name}: <html lang> is fr or en", page.html_lang in ("fr", "en"), f"lang={page.html_lang!r}")
    h1 = [text for level, text in page.headings if level == 1]
    results.check(f"{name}: exactly one h1", len(h1) == 1, f"{len(h1)} h1")
    skipped = []
    previous = 0
    for level, text in page.headings:
        if level > previous + 1:
            skipped.append(f"h{level} '{text[:40]}' after h{previous}")
        previous = level
    results.check(f"{name}: no skipped heading level", not skipped and page.headings and page.headings[0][0] == 1, "; ".join(skipped[:3]))
    empty_headings = [level for level, text in page.headings if not text]
    results.check(f"{name}: every heading has text", not empty_headings)
    for landmark in ("header", "nav", "main", "footer"):
        results.check(f"{name}: landmark <{landmark}>", page.tags.get(landmark, 0) >= 1)
    results.check(f"{name}: one <main>", page.tags.get("main", 0) == 1)
    nameless = [href for href, text, attrs in page.links if not text]
    results.check(f"{name}: every link has text ({len(page.links)} links)", not nameless, ", ".join(map(str, nameless[:3])))
    hrefless = [text for href, text, attrs in page.links if not href]
    results.check(f"{name}: every link has an href (keyboard reachable)", not hrefless, ", ".join(hrefless[:3]))
    positive = [t for t in page.tabindexes if t.strip().lstrip("-").isdigit() and int(t) > 0]
    results.check(f"{name}: no positive tabindex", not positive)
    no_alt = [attrs.get("src") for attrs in page.images if "alt" not in attrs]
    results.check(f"{name}: every image has alt ({len(page.images)} images)", not no_alt, ", ".join(map(str, no_alt)))
    unlabelled = [attrs.get("name") or tag for tag, attrs, wrapped in page.controls
                  if not wrapped and not attrs.get("aria-label") and attrs.get("id") not in page.labels_for]
    results.check(f"{name}: form controls labelled ({len(page.controls)} controls)", not unlabelled, ", ".join(unlabelled))
    duplicates = sorted({i for i in page.ids if page.ids.count(i) > 1})
    results.check(f"{name}: ids are unique", not duplicates, ", ".join(duplicates))
    anchors = [href[1:] for href, _, _ in page.links if href and href.startswith("#")]
    missing = [a for a in anchors if a not in page.ids]
    results.check(f"{name}: in-page links (skip link included) reach an id", not missing and "contenu" in page.ids, ", ".join(missing))
    results.check(f"{name}: no script needed (no <script>, no inline handler)", page.scripts == 0 and page.inline_handlers == 0)
    viewport = any(m.get("name") == "viewport" and "width=device-width" in m.get("content", "") for m in page.metas)
    results.check(f"{name}: viewport meta for phones", viewport)
    results.check(f"{name}: narrow-screen media query", re.search(r"@media\s*\(max-width:", page.style) is not None)
    focus = [d for s, d in css_rules(page.style) if ":focus" in s and d.get("outline", "none") not in ("none", "0")]
    results.check(f"{name}: visible focus style", bool(focus))
    pairs, problems = contrast_problems(page.style)
    results.check(f"{name}: contrast of the {pairs} text colours ≥ 4.5:1", pairs > 0 and not problems, "; ".join(problems))
    return page


def chromium_binary():
    for candidate in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(candidate)
        if path:
            return path
    return None


def chromium(binary, *arguments):
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--disable-dev-shm-usage", "--no-first-run", "--mute-audio", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jumelage", default=os.environ.get("JUMELAGE_BIN", os.path.join(ROOT, ".build", "debug", "jumelage")))
    parser.add_argument("--screenshots", default=os.path.join(ROOT, ".build", "screenshots"))
    parser.add_argument("--today", default="2025-11-03")
    args = parser.parse_args()
    results = Results()

    browser = chromium_binary()
    if browser is None:
        print("chromium is not installed: apt-get install -y chromium", file=sys.stderr)
        return 1
    os.makedirs(args.screenshots, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jumelage-pages-") as out:
        command = [args.jumelage, "pages", "calendars", "--out", out, "--today", args.today, "--base-url", BASE_URL]
        run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        results.check("jumelage pages exits 0", run.returncode == 0, (run.stderr or run.stdout).strip()[:500])
        if run.returncode != 0:
            print(f"{results.passed} passed, {results.failed} failed")
            return 1
        written = sorted(os.listdir(out))
        for name in SCREENSHOT_PAGES + ["rapport-annuel-terrebonne-namur-2024-2026-2025.html",
                                        "rapport-annuel-terrebonne-namur-2024-2026-2025.md"]:
            results.check(f"{name} written", name in written)
        for feed in FEEDS:
            results.check(f"feeds/{feed} written", os.path.exists(os.path.join(out, "feeds", feed)))

        report = open(os.path.join(out, "rapport-annuel-terrebonne-namur-2024-2026-2025.md"), encoding="utf-8").read()
        section = report.split("\n## Développement social et économique\n", 1)[-1].split("\n## ", 1)[0]
        results.check("2025 report lists the April 2025 mission under its domain",
                      "**Mission de Terrebonne à Namur et Bruxelles**" in section and "20 avril 2025" in section)

        for name in SCREENSHOT_PAGES:
            path = os.path.join(out, name)
            url = "file://" + path
            for width in WIDTHS:
                shot = os.path.join(args.screenshots, f"{name[:-5]}-{width}.png")
                if os.path.exists(shot):
                    os.remove(shot)
                chromium(browser, f"--screenshot={shot}", f"--window-size={width},{HEIGHT}", url)
                ok = os.path.exists(shot) and open(shot, "rb").read(8) == b"\x89PNG\r\n\x1a\n"
                results.check(f"{name}: screenshot at {width} px ({os.path.relpath(shot, ROOT)})", ok)
            dump = chromium(browser, "--dump-dom", url)
            dom = parse(dump.stdout)
            results.check(f"{name}: Chromium loads the page", dump.returncode == 0 and dom.tags.get("main", 0) == 1,
                          dump.stderr.strip()[-300:])
            missing = [text for text in EXPECTED_TEXT[name] if text not in dom.text]
            results.check(f"{name}: visible text ({len(EXPECTED_TEXT[name])} phrases)", not missing, "; ".join(missing))
            hrefs = {href for href, _, _ in dom.links}
            missing_links = [link for link in EXPECTED_LINKS[name] if link not in hrefs]
            results.check(f"{name}: links ({len(EXPECTED_LINKS[name])})", not missing_links, "; ".join(missing_links))

        for name in written:
            if name.endswith(".html") and (name in SCREENSHOT_PAGES or "-2025." in name):
                accessibility(results, name, open(os.path.join(out, name), encoding="utf-8").read())

    print(f"{results.passed} passed, {results.failed} failed")
    return 0 if results.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
