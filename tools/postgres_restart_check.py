#!/usr/bin/env python3
"""Restart check of the shared publication ledger: PostgreSQL restarted in the middle of a
`jumelage publish --database` leaves the publication whole or absent, and a workspace server
running meanwhile reconnects by itself and serves the newest publication.

Run beside a throwaway PostgreSQL (tools/with_postgres.sh exports JUMELAGE_TEST_POSTGRES_URL and
JUMELAGE_TEST_POSTGRES_RESTART):

    tools/with_postgres.sh python3 tools/postgres_restart_check.py --jumelage PATH [--rounds N]

Copies the top-level plans of calendars/ into a temporary folder, starts `jumelage workspace` on
the database, publishes once unhindered (to time a publication), then for each round changes a
title of quebec-namur-2024-2026 (so that there is something new to publish), starts
`jumelage publish … --database`, restarts PostgreSQL (`pg_ctl restart`, fast or immediate in
turn) after a random delay in [0, 1.2 x the unhindered time], and checks:

- the command ends with 0 (published) or 1 (a bilingual error), never 3, never a crash;
- the ledger has one publication more after a 0 and none after a 1, and every publication is
  whole: its feeds' rows and bytes (SHA-256 computed by PostgreSQL), its event versions, its
  files, and its publication.json listing exactly its feeds with their hashes;
- after a 1, publishing again succeeds (a re-run converges);
- the workspace's /healthz says postgres and ok again, and its /feeds/ serve the newest
  publication's bytes, within 60 s.

Prints `N restarts: P published, A absent, all whole` and exits 1 on any violation.
Python 3.11 standard library only (psql from PostgreSQL for the queries).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLAN_FILE = "quebec-namur-2024-2026.yaml"
TITLE = "fr: Comité de suivi du protocole"
CATCH_UP_TIMEOUT = 60.0
PUBLISH_TIMEOUT = 180.0


class Violation(Exception):
    pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(url: str, sql: str) -> list[list[str]]:
    """Rows of `sql`, retried while the server restarts."""
    deadline = time.monotonic() + 60
    while True:
        done = subprocess.run(
            ["psql", url, "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
            capture_output=True, text=True)
        if done.returncode == 0:
            return [line.split("\t") for line in done.stdout.splitlines() if line]
        if time.monotonic() > deadline:
            raise Violation(f"psql failed: {done.stderr.strip()}")
        time.sleep(0.5)


def check_whole(url: str) -> list[int]:
    """Every publication of the ledger is whole; returns their ids."""
    ids = [int(row[0]) for row in psql(url, "SELECT id FROM ledger_publication ORDER BY id")]
    orphans = psql(url, """
        SELECT (SELECT COUNT(*) FROM ledger_publication_file WHERE publication_id NOT IN (SELECT id FROM ledger_publication))
             + (SELECT COUNT(*) FROM ledger_published_feed WHERE publication_id NOT IN (SELECT id FROM ledger_publication))
             + (SELECT COUNT(*) FROM ledger_event_version WHERE publication_id NOT IN (SELECT id FROM ledger_publication))
             + (SELECT COUNT(*) FROM ledger_feed_blob WHERE encode(sha256(bytes), 'hex') <> sha256)
             + (SELECT COUNT(*) FROM ledger_file_blob WHERE encode(sha256(bytes), 'hex') <> sha256)""")
    if orphans[0][0] != "0":
        raise Violation(f"{orphans[0][0]} rows belong to no publication or have bytes that do not match their SHA-256")
    for publication in ids:
        files = {path: sha for path, sha in psql(
            url, f"SELECT path, sha256 FROM ledger_publication_file WHERE publication_id = {publication}")}
        feeds = {name: sha for name, sha in psql(
            url, f"SELECT name, sha256 FROM ledger_published_feed WHERE publication_id = {publication}")}
        if "publication.json" not in files:
            raise Violation(f"publication {publication} has no publication.json")
        manifest_bytes = bytes.fromhex(psql(
            url, f"SELECT encode(bytes, 'hex') FROM ledger_file_blob WHERE sha256 = '{files['publication.json']}'")[0][0])
        manifest = json.loads(manifest_bytes)
        listed = {feed["name"]: feed["sha256"] for feed in manifest["feeds"]}
        if manifest["publication"] != publication or listed != feeds:
            raise Violation(f"publication {publication}: publication.json does not list its feeds")
        for name, sha in feeds.items():
            if files.get(name) != sha:
                raise Violation(f"publication {publication}: file {name} missing or not the feed's bytes")
        if not any(path.startswith("pages/") for path in files):
            raise Violation(f"publication {publication} has no pages")
        members = psql(url, f"""
            SELECT COUNT(*) FROM ledger_published_event e LEFT JOIN ledger_event_version v ON v.id = e.version_id
            WHERE e.publication_id = {publication} AND v.id IS NULL""")
        if members[0][0] != "0":
            raise Violation(f"publication {publication} lists event versions that are not there")
    return ids


def get(url: str, timeout: float = 10.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, OSError, TimeoutError):
        return 0, b""


def wait_for_workspace(port: int, url: str, newest: int | None) -> None:
    """/healthz says postgres and ok, and the newest publication's public feeds are served as stored."""
    deadline = time.monotonic() + CATCH_UP_TIMEOUT
    last = ""
    while time.monotonic() < deadline:
        status, body = get(f"http://127.0.0.1:{port}/healthz")
        if status == 200:
            health = json.loads(body)
            served = (health.get("publication") or {}).get("id")
            last = f"database {health['database']}, publication {served}"
            if health["database"] == {"kind": "postgres", "answers": True} and health["status"] == "ok" and served == newest:
                if newest is None or feeds_match(port, url, newest):
                    return
        else:
            last = f"/healthz answered {status}"
        time.sleep(0.5)
    raise Violation(f"the workspace did not catch up within {CATCH_UP_TIMEOUT:.0f} s ({last})")


def feeds_match(port: int, url: str, publication: int) -> bool:
    rows = psql(url, f"""
        SELECT f.name, f.sha256 FROM ledger_published_feed f
        WHERE f.publication_id = {publication} AND f.visibility = 'public' ORDER BY f.name""")
    for name, sha in rows:
        status, body = get(f"http://127.0.0.1:{port}/feeds/{name}")
        if status != 200 or hashlib.sha256(body).hexdigest() != sha:
            return False
    return bool(rows)


def publish(jumelage: str, plans: Path, url: str, day: int) -> subprocess.Popen:
    return subprocess.Popen(
        [jumelage, "publish", str(plans), "--database", url, "--now", f"2026-01-{day:02d}T12:00:00Z", "--by", "restart-check"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "LANG": "en_US.UTF-8"})


def finish(process: subprocess.Popen, what: str) -> tuple[int, str]:
    """The exit code and the output (stdout, then stderr) of a publication."""
    try:
        out, err = process.communicate(timeout=PUBLISH_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        raise Violation(f"{what} did not end within {PUBLISH_TIMEOUT:.0f} s")
    text = err.decode(errors="replace")
    if process.returncode == 0:
        return 0, out.decode(errors="replace")
    if process.returncode not in (0, 1):
        raise Violation(f"{what} exited {process.returncode}: {text.strip()}")
    if process.returncode == 1 and not text.startswith("error: "):
        raise Violation(f"{what} failed without a proper message: {text.strip()}")
    return process.returncode, text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jumelage", default=str(REPO / ".build" / "debug" / "jumelage"))
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--seed", type=int, default=None)
    arguments = parser.parse_args()
    url = os.environ.get("JUMELAGE_TEST_POSTGRES_URL")
    restart = os.environ.get("JUMELAGE_TEST_POSTGRES_RESTART")
    if not url or not restart:
        print("postgres_restart_check: run it through tools/with_postgres.sh", file=sys.stderr)
        return 64
    seed = arguments.seed if arguments.seed is not None else random.randrange(1 << 30)
    chooser = random.Random(seed)
    jumelage = os.path.abspath(arguments.jumelage)
    work = Path(tempfile.mkdtemp(prefix="jumelage-restart-check-"))
    server = None
    try:
        plans = work / "plans"
        plans.mkdir()
        for plan in sorted((REPO / "calendars").glob("*.yaml")):
            shutil.copy(plan, plans / plan.name)
        workspace = work / "workspace"
        shutil.copytree(plans, workspace)
        port = free_port()
        log = open(work / "workspace.log", "wb")
        server = subprocess.Popen(
            [jumelage, "workspace", str(workspace), "--database", url, "--port", str(port)], stdout=log, stderr=log)
        wait_for_workspace(port, url, None)

        started = time.monotonic()
        code, text = finish(publish(jumelage, plans, url, 1), "the first publication")
        if code != 0:
            raise Violation(f"the first publication failed: {text.strip()}")
        typical = time.monotonic() - started
        ids = check_whole(url)
        wait_for_workspace(port, url, ids[-1])

        published = absent = 0
        for round in range(1, arguments.rounds + 1):
            text = (plans / PLAN_FILE).read_text(encoding="utf-8")
            (plans / PLAN_FILE).write_text(text.replace(TITLE, f"{TITLE} ({round})", 1) if round == 1
                                           else text.replace(f"{TITLE} ({round - 1})", f"{TITLE} ({round})", 1), encoding="utf-8")
            before = check_whole(url)
            mode = "immediate" if round % 2 else "fast"
            delay = chooser.uniform(0, 1.2 * typical)
            process = publish(jumelage, plans, url, 1 + round)
            time.sleep(delay)
            subprocess.run([restart, mode], check=True, capture_output=True)
            code, message = finish(process, f"round {round}")
            after = check_whole(url)
            if code == 0:
                if after != before + [after[-1]] or after[-1] <= (before[-1] if before else 0):
                    raise Violation(f"round {round}: exit 0 but the ledger went from {before} to {after}: {message[:400]}")
                published += 1
            else:
                if after != before:
                    raise Violation(f"round {round}: exit 1 but the ledger went from {before} to {after}: {message.strip()}")
                absent += 1
                code, message = finish(publish(jumelage, plans, url, 1 + round), f"round {round}, again")
                again = check_whole(url)
                if code != 0 or again != before + [again[-1]]:
                    raise Violation(f"round {round}: publishing again did not converge ({code}: {message.strip()})")
            wait_for_workspace(port, url, check_whole(url)[-1])
            print(f"round {round}: restart ({mode}) after {delay:.2f} s: "
                  + ("published" if code == 0 and after != before else "absent, then published again"))
        print(f"{arguments.rounds} restarts: {published} published, {absent} absent, all whole (seed {seed})")
        return 0
    except Violation as violation:
        print(f"postgres_restart_check: {violation} (seed {seed})", file=sys.stderr)
        if server is not None:
            print((work / "workspace.log").read_text(errors="replace")[-3000:], file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
