#!/usr/bin/env python3
"""Kills `jumelage publish` with SIGKILL at random moments, many times, and checks after each kill:
the ledger passes PRAGMA integrity_check; its last publication is the one before or the one being
made; every feed file in the folder is byte for byte either that feed's old or its new version
(never half of one); publication.json is whole. Then a publish without kill must succeed and leave
the folder exactly as its manifest says.

    tools/crash_safety.py [--jumelage PATH] [--runs N] [--seed S]

Prints `N passed, M failed` (one check per run) and exits 1 on failure.
"""
import argparse
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = "quebec-namur-2024-2026.yaml"


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def publish(binary, plans, out, ledger, now, kill_after=None):
    command = [binary, "publish", plans, "--out", out, "--ledger", ledger, "--now", now,
               "--calendars", os.path.join(ROOT, "calendars")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is None:
        _, error = process.communicate(timeout=120)
        return process.returncode, error.decode()
    time.sleep(kill_after)
    try:
        process.send_signal(signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
    return process.returncode, ""


def ledger_state(ledger):
    """(integrity, last publication id, {publication id: {feed name: sha256}}). Opened read-write,
    as the next publish would: a kill can leave a hot journal that SQLite rolls back on open."""
    connection = sqlite3.connect(ledger)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        feeds = {}
        for publication, name, digest in connection.execute("SELECT publicationID, name, sha256 FROM publishedFeed"):
            feeds.setdefault(publication, {})[name] = digest
        last = connection.execute("SELECT MAX(id) FROM publication").fetchone()[0]
        return integrity, last, feeds
    finally:
        connection.close()


def edit_plan(path, run):
    """Moves the fixed Namur visit by `run` days and bumps the revision: a real change every run."""
    with open(path) as handle:
        text = handle.read()
    day = 1 + run % 20
    text = re.sub(r"dates: \{from: 2025-07-\d\d, to: 2025-07-\d\d\}\n    origin: namur",
                  f"dates: {{from: 2025-07-{day:02d}, to: 2025-07-{day + 3:02d}}}\n    origin: namur", text)
    text = re.sub(r"revision: .*", f"revision: 2025-11-03T14:{run % 60:02d}:00Z", text, count=1)
    with open(path, "w") as handle:
        handle.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jumelage", default=os.environ.get("JUMELAGE_BIN", os.path.join(ROOT, ".build", "debug", "jumelage")))
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    random.seed(args.seed)

    work = tempfile.mkdtemp(prefix="jumelage-crash-")
    try:
        plans = os.path.join(work, "plans")
        out = os.path.join(work, "published")
        ledger = os.path.join(work, "ledger.sqlite")
        os.makedirs(plans)
        shutil.copy(os.path.join(ROOT, "calendars", PLAN), plans)
        started = time.monotonic()
        status, error = publish(args.jumelage, plans, out, ledger, "2026-01-01T00:00:00Z")
        duration = time.monotonic() - started
        if status != 0:
            print(f"FAIL first publish exited {status}: {error}")
            print("0 passed, 1 failed")
            return 1
        passed = failed = 0
        for run in range(1, args.runs + 1):
            _, before, _ = ledger_state(ledger)
            edit_plan(os.path.join(plans, PLAN), run)
            delay = random.uniform(0, duration * 1.1)
            now = f"2026-01-01T{run // 60:02d}:{run % 60:02d}:00Z"
            publish(args.jumelage, plans, out, ledger, now, kill_after=delay)
            problems = []
            integrity, after, feeds = ledger_state(ledger)
            if integrity != "ok":
                problems.append(f"integrity_check: {integrity}")
            if after not in (before, before + 1):
                problems.append(f"last publication {after}, expected {before} or {before + 1}")
            allowed = {}
            for publication in (before, after):
                for name, digest in feeds.get(publication, {}).items():
                    allowed.setdefault(name, set()).add(digest)
            for name in sorted(os.listdir(out)):
                path = os.path.join(out, name)
                if name.startswith(".") or not name.endswith(".ics"):
                    continue
                if name in allowed and sha256(path) not in allowed[name]:
                    problems.append(f"{name} is neither its old nor its new version")
            try:
                with open(os.path.join(out, "publication.json")) as handle:
                    manifest = json.load(handle)
                if manifest["publication"] not in (before, after):
                    problems.append(f"publication.json names publication {manifest['publication']}")
            except (OSError, ValueError, KeyError) as failure:
                problems.append(f"publication.json unreadable: {failure}")
            # The next publish repairs whatever the kill left and publishes.
            status, error = publish(args.jumelage, plans, out, ledger, now[:-3] + "30Z")
            if status != 0:
                problems.append(f"publish after the kill exited {status}: {error.strip()[:200]}")
            else:
                with open(os.path.join(out, "publication.json")) as handle:
                    manifest = json.load(handle)
                for feed in manifest["feeds"]:
                    if sha256(os.path.join(out, feed["name"])) != feed["sha256"]:
                        problems.append(f"after repair, {feed['name']} differs from the manifest")
                leftovers = [n for n in os.listdir(out) if n.startswith(".") and "tmp" in n]
                if leftovers:
                    problems.append(f"temporary files left: {leftovers}")
            if problems:
                failed += 1
                print(f"FAIL run {run} (killed after {delay:.3f} s): " + "; ".join(problems))
            else:
                passed += 1
                print(f"ok   run {run}: killed after {delay:.3f} s, ledger at publication {after}")
        print(f"{passed} passed, {failed} failed")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
