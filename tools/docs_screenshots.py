#!/usr/bin/env python3
"""Takes the README's screenshots of the workspace (docs/workspace-*.png): the real plans in a
temporary copy, the first administrator created through the one-time link, then a few pages at
1280 px and one at 390 px (a phone), each cut to one screen. Needs the same Playwright and
Chromium as tools/workspace_browser_check.py.

    python3 tools/docs_screenshots.py --jumelage .build/debug/jumelage [--out docs]
"""
import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from workspace_browser_check import Workspace  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHOTS = [
    ("workspace-plans.png", "/espace", 1280, 760),
    ("workspace-event.png", "/espace/plans/quebec-namur-2024-2026/evenements/comite-suivi", 1280, 1400),
    ("workspace-calendar.png", "/espace/calendrier?mois=2024-06", 1280, 1100),
    ("workspace-plan-phone.png", "/espace/plans/quebec-namur-2024-2026", 390, 844),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jumelage", default=str(ROOT / ".build/debug/jumelage"))
    parser.add_argument("--out", default=str(ROOT / "docs"))
    arguments = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="jumelage-docs-"))
    for plan in (ROOT / "calendars").glob("*.yaml"):
        shutil.copy(plan, base)
    server = Workspace(arguments.jumelage, base).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(server.first_access)
            page.fill("#name", "Marie Tremblay")
            page.fill("#login", "marie.tremblay@example.org")
            page.fill("#password", "une phrase de passe assez longue")
            page.click("button[type=submit]")
            page.wait_for_url("**/espace")
            for name, path, width, height in SHOTS:
                page.set_viewport_size({"width": width, "height": height})
                page.goto(server.origin + path)
                page.screenshot(path=str(Path(arguments.out) / name))
                print(f"wrote {Path(arguments.out) / name}")
            browser.close()
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
