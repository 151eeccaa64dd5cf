#!/usr/bin/env python3
"""Kill check of the workspace's saves: a save killed at any moment leaves the plan old or new,
and the history agrees.

Copies the top-level plans of calendars/ into a temporary folder, starts `jumelage workspace` on
it, creates the first administrator, measures a few unkilled saves of quebec-namur-2024-2026,
then for each round: reads the plan's text and revision, sends a save of a round-unique text (the
title's `en:` value changed) on a separate thread, SIGKILLs the server after a random delay in
[0, 1.5 x the typical save time], restarts it on the same folder (same ledger), signs in again
and checks:

- the file holds exactly the old text or exactly the new text;
- a save the client saw acknowledged (200) left the new text;
- the history has one new entry (old -> new revision) iff the file holds the new text, none
  otherwise; the newest entry's afterRevision is the file's SHA-256;
- the API serves the file's bytes and revision;
- no `*.jumelage-save` temporary file is left in the folder;
- the server started again.

Prints `N kills: A old, B new, history agreed H/N` and exits 1 on any violation.
Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import errno
import hashlib
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

PLAN = "quebec-namur-2024-2026"
PLAN_FILE = PLAN + ".yaml"
TEMPORARY_SUFFIX = ".jumelage-save"
ADMIN_LOGIN = "kill-check@example.org"
ADMIN_PASSWORD = "kill-check-password-2025"
WARMUP_SAVES = 4
START_TIMEOUT = 30.0
REQUEST_TIMEOUT = 30.0
TITLE_EN = re.compile(r"^(title:\n  fr: [^\n]*\n  en: )([^\n]*)$", re.MULTILINE)
REPO = Path(__file__).resolve().parent.parent


class CheckFailure(Exception):
    """The check itself could not go on (not a finding about a round)."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# MARK: HTTP


class Client:
    """One browser: a cookie jar and the session's CSRF token."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.csrf: str | None = None

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None,
                timeout: float = REQUEST_TIMEOUT) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            all_headers = dict(headers or {})
            if self.cookies:
                all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            data = response.read()
            for value in response.headers.get_all("Set-Cookie") or []:
                pair = value.split(";", 1)[0]
                name, _, cookie = pair.partition("=")
                name = name.strip()
                if cookie == "" or re.search(r"max-age=0\b", value, re.IGNORECASE):
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = cookie
            return response.status, {k.lower(): v for k, v in response.getheaders()}, data
        finally:
            connection.close()

    def form_token(self, path: str) -> str:
        status, _, body = self.request("GET", path)
        if status != 200:
            raise CheckFailure(f"GET {path} answered {status}")
        match = re.search(rb'<input type="hidden" name="form" value="([^"]+)"', body)
        if not match:
            raise CheckFailure(f"GET {path}: no hidden `form` input")
        return match.group(1).decode()

    def post_form(self, path: str, fields: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        return self.request("POST", path, urllib.parse.urlencode(fields).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def finish_sign_in(self, what: str, status: int, body: bytes) -> None:
        if status != 303 or "jumelage_session" not in self.cookies:
            raise CheckFailure(f"{what} answered {status} (session cookie: {'jumelage_session' in self.cookies}): "
                               f"{body[:300]!r}")
        status, _, page = self.request("GET", "/espace")
        match = re.search(rb'<meta name="csrf-token" content="([^"]+)"', page)
        if status != 200 or not match:
            raise CheckFailure(f"GET /espace answered {status} without a csrf-token meta")
        self.csrf = match.group(1).decode()

    def create_admin(self, path: str) -> None:
        token = self.form_token(path)
        status, _, body = self.post_form(path, {"form": token, "name": "Kill Check", "login": ADMIN_LOGIN,
                                                "password": ADMIN_PASSWORD})
        self.finish_sign_in(f"POST {path}", status, body)

    def sign_in(self) -> None:
        token = self.form_token("/connexion")
        status, _, body = self.post_form("/connexion", {"form": token, "login": ADMIN_LOGIN, "password": ADMIN_PASSWORD})
        self.finish_sign_in("POST /connexion", status, body)

    def get_json(self, path: str):
        status, _, body = self.request("GET", path)
        if status != 200:
            raise CheckFailure(f"GET {path} answered {status}: {body[:300]!r}")
        return json.loads(body)

    def plan_yaml(self) -> dict:
        return self.get_json(f"/api/v1/plans/{PLAN}/yaml")

    def history(self) -> list[dict]:
        return self.get_json(f"/api/v1/plans/{PLAN}/history")

    def put_yaml(self, revision: str, text: str, timeout: float = REQUEST_TIMEOUT) -> tuple[int, bytes]:
        body = json.dumps({"revision": revision, "text": text}).encode()
        status, _, data = self.request("PUT", f"/api/v1/plans/{PLAN}/yaml", body,
                                       {"Content-Type": "application/json", "X-CSRF-Token": self.csrf or ""},
                                       timeout=timeout)
        return status, data


# MARK: Server


class Server:
    """`jumelage workspace FOLDER`, started and SIGKILLed by this check only."""

    def __init__(self, jumelage: str, folder: Path, log_folder: Path):
        self.jumelage = jumelage
        self.folder = folder
        self.log_folder = log_folder
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.starts = 0
        self.log_path: Path | None = None

    def start(self) -> str | None:
        """Starts the server on a fresh free port; returns the first-access path if it printed one."""
        self.starts += 1
        self.port = free_port()
        self.log_path = self.log_folder / f"server-{self.starts:03d}.log"
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            log = open(self.log_path, "wb")
            try:
                self.process = subprocess.Popen(
                    [self.jumelage, "workspace", str(self.folder), "--host", "127.0.0.1", "--port", str(self.port)],
                    stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
                break
            except OSError as error:
                # "Text file busy": the binary is being rebuilt; wait for the build to finish.
                if error.errno != errno.ETXTBSY or time.monotonic() > deadline:
                    raise CheckFailure(f"could not run {self.jumelage}: {error}") from error
                time.sleep(0.5)
            finally:
                log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise CheckFailure(f"the server exited with {self.process.returncode} on start #{self.starts}:\n"
                                   f"{self.log_tail()}")
            try:
                status, _, _ = Client(self.port).request("GET", "/connexion", timeout=2)
                if status in (200, 303):
                    break
            except OSError:
                pass
            time.sleep(0.05)
        else:
            raise CheckFailure(f"the server did not answer within {START_TIMEOUT:.0f} s on start #{self.starts}:\n"
                               f"{self.log_tail()}")
        match = re.search(r"/premier-acces/[A-Za-z0-9_\-]+", self.log_path.read_text(errors="replace"))
        return match.group(0) if match else None

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        if self.process:
            self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self, lines: int = 20) -> str:
        if not self.log_path or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


# MARK: Rounds


def with_title(text: str, tag: str) -> str:
    new, count = TITLE_EN.subn(lambda m: m.group(1) + f"Québec–Namur collaboration protocol 2024-2026 ({tag})", text, count=1)
    if count != 1:
        raise CheckFailure(f"{PLAN_FILE}: no top-level `title:` with `fr:` then `en:` lines to change")
    return new


def temporary_files(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(TEMPORARY_SUFFIX))


class Save(threading.Thread):
    """One PUT, on its own thread, so that the server can be killed while it runs."""

    def __init__(self, client: Client, revision: str, text: str):
        super().__init__(daemon=True)
        self.client, self.revision, self.text = client, revision, text
        self.status: int | None = None
        self.body = b""
        self.error: str | None = None
        self.sent_at = 0.0
        self.answered_at = 0.0

    def run(self) -> None:
        self.sent_at = time.monotonic()
        try:
            self.status, self.body = self.client.put_yaml(self.revision, self.text)
        except (OSError, http.client.HTTPException) as error:
            self.error = f"{type(error).__name__}: {error}"
        self.answered_at = time.monotonic()


def warm_up(client: Client, folder: Path, seed: int) -> float:
    """Unkilled saves: checks they work and returns the median save duration in seconds."""
    durations = []
    for index in range(WARMUP_SAVES):
        current = client.plan_yaml()
        text = with_title(current["text"], f"kill check seed {seed} warm-up {index}")
        started = time.monotonic()
        status, body = client.put_yaml(current["revision"], text)
        durations.append(time.monotonic() - started)
        if status != 200:
            raise CheckFailure(f"warm-up save {index} answered {status}: {body[:500]!r}")
        saved = json.loads(body)
        on_disk = (folder / PLAN_FILE).read_bytes()
        if on_disk != text.encode() or saved["revision"] != sha256_hex(on_disk):
            raise CheckFailure(f"warm-up save {index}: the file or the answered revision is not the saved text's")
    return statistics.median(durations)


def run(arguments: argparse.Namespace) -> int:
    rng = random.Random(arguments.seed)
    calendars = REPO / "calendars"
    if not (calendars / PLAN_FILE).exists():
        calendars = Path("/work/main/calendars")
    work = Path(tempfile.mkdtemp(prefix="jumelage-kill-"))
    folder, logs = work / "plans", work / "logs"
    folder.mkdir()
    logs.mkdir()
    for plan in sorted(calendars.glob("*.yaml")):
        shutil.copy2(plan, folder / plan.name)
    server = Server(arguments.jumelage, folder, logs)
    violations: list[str] = []
    outcomes = {"old": 0, "new": 0}
    agreed = 0
    acknowledged = 0
    started = time.monotonic()
    try:
        first_access = server.start()
        if not first_access:
            raise CheckFailure(f"the first start printed no /premier-acces/ link:\n{server.log_tail()}")
        client = Client(server.port)
        client.create_admin(first_access)
        typical = warm_up(client, folder, arguments.seed)
        print(f"typical save: {typical * 1000:.1f} ms (median of {WARMUP_SAVES}); "
              f"kill delays drawn in [0, {typical * 1500:.1f}] ms", flush=True)

        for round_index in range(1, arguments.rounds + 1):
            problems: list[str] = []
            current = client.plan_yaml()
            old_bytes = (folder / PLAN_FILE).read_bytes()
            old_revision = sha256_hex(old_bytes)
            if current["revision"] != old_revision or current["text"].encode() != old_bytes:
                problems.append(f"before the save, the API served revision {current['revision'][:12]} but the file is "
                                f"{old_revision[:12]}")
            before = client.history()
            known_ids = {entry["id"] for entry in before}
            new_text = with_title(current["text"], f"kill check seed {arguments.seed} round {round_index}")
            new_bytes = new_text.encode()
            new_revision = sha256_hex(new_bytes)
            delay = rng.uniform(0, 1.5 * typical)

            save = Save(client, current["revision"], new_text)
            save.start()
            time.sleep(delay)
            server.kill()
            save.join(REQUEST_TIMEOUT)
            left_before_restart = temporary_files(folder)

            try:
                server.start()
            except CheckFailure as failure:
                violations.append(f"round {round_index} (kill after {delay * 1000:.1f} ms): the server did not start "
                                  f"again: {failure}")
                break
            client = Client(server.port)
            client.sign_in()

            on_disk = (folder / PLAN_FILE).read_bytes()
            disk_revision = sha256_hex(on_disk)
            if on_disk == new_bytes:
                outcome = "new"
            elif on_disk == old_bytes:
                outcome = "old"
            else:
                outcome = None
                problems.append(f"the file is neither the old nor the new text ({len(on_disk)} bytes, sha256 "
                                f"{disk_revision}; old {old_revision}, new {new_revision})")
            if outcome:
                outcomes[outcome] += 1
            if save.status == 200:
                acknowledged += 1
                if outcome != "new":
                    problems.append(f"the save was acknowledged (200 {save.body[:200]!r}) but the file holds "
                                    f"the {outcome or 'neither'} text")
            elif save.status is not None:
                problems.append(f"the save answered {save.status} before the kill: {save.body[:300]!r}")

            after = client.history()
            added = [entry for entry in after if entry["id"] not in known_ids]
            with_new = [entry for entry in after if entry["afterRevision"] == new_revision]
            history_problems: list[str] = []
            if outcome == "new":
                if len(added) != 1:
                    history_problems.append(f"the file holds the new text but {len(added)} history entries were added")
                if len(with_new) != 1:
                    history_problems.append(f"{len(with_new)} history entries end at the new revision (expected 1)")
                elif with_new[0]["beforeRevision"] != old_revision:
                    history_problems.append(f"the new entry starts at {with_new[0]['beforeRevision'][:12]}, not at the "
                                            f"old revision {old_revision[:12]}")
            elif outcome == "old":
                if added:
                    history_problems.append(f"the file holds the old text but {len(added)} history entries were added: "
                                            + ", ".join(f"#{e['id']} {e['beforeRevision'][:12]}->"
                                                        f"{e['afterRevision'][:12]}" for e in added))
                if with_new:
                    history_problems.append("a history entry ends at the new revision although the file holds the old")
            if not after:
                history_problems.append("the history is empty")
            elif after[0]["afterRevision"] != disk_revision:
                history_problems.append(f"the newest history entry (#{after[0]['id']}) ends at "
                                        f"{after[0]['afterRevision'][:12]}, the file is {disk_revision[:12]}")
            if not history_problems and outcome:
                agreed += 1
            problems += history_problems

            served = client.plan_yaml()
            if served["revision"] != disk_revision or served["text"].encode() != on_disk:
                problems.append(f"after the restart the API serves revision {served['revision'][:12]}, the file is "
                                f"{disk_revision[:12]}")
            left = temporary_files(folder)
            if left:
                problems.append(f"temporary files left after the restart: {left}")

            detail = (f"kill after {delay * 1000:.1f} ms, client saw "
                      f"{save.status if save.status is not None else (save.error or 'no answer')}, "
                      f"temporary files before restart: {len(left_before_restart)}")
            if arguments.verbose:
                print(f"round {round_index:3d}: {outcome or 'BROKEN':3s} ({detail})", flush=True)
            for problem in problems:
                violations.append(f"round {round_index} ({detail}): {problem}")

        # After all the kills, an ordinary save still works and is recorded.
        if server.process and server.process.poll() is None:
            current = client.plan_yaml()
            final_text = with_title(current["text"], f"kill check seed {arguments.seed} final")
            status, body = client.put_yaml(current["revision"], final_text)
            final_bytes = (folder / PLAN_FILE).read_bytes()
            history = client.history()
            if status != 200 or final_bytes != final_text.encode() or not history \
                    or history[0]["afterRevision"] != sha256_hex(final_bytes):
                violations.append(f"final unkilled save: answered {status} {body[:300]!r}; file is the saved text: "
                                  f"{final_bytes == final_text.encode()}; newest history entry ends at the file: "
                                  f"{bool(history) and history[0]['afterRevision'] == sha256_hex(final_bytes)}")
    except (CheckFailure, OSError, http.client.HTTPException, ValueError, KeyError) as failure:
        violations.append(f"check aborted: {type(failure).__name__}: {failure}")
    finally:
        server.stop()

    rounds = outcomes["old"] + outcomes["new"]
    print(f"{arguments.rounds} kills: {outcomes['old']} old, {outcomes['new']} new, "
          f"history agreed {agreed}/{arguments.rounds} "
          f"({acknowledged} saves acknowledged before the kill; {time.monotonic() - started:.1f} s; seed {arguments.seed})")
    if violations:
        print(f"{len(violations)} violation(s):", file=sys.stderr)
        for violation in violations:
            print(f"  - {violation}", file=sys.stderr)
        print(f"folder kept for inspection: {work}", file=sys.stderr)
        return 1
    if rounds != arguments.rounds:
        print(f"only {rounds} of {arguments.rounds} rounds ran", file=sys.stderr)
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jumelage", default="/work/main/.build/debug/jumelage", help="the jumelage binary")
    parser.add_argument("--rounds", type=int, default=30, help="how many saves to kill (default 30)")
    parser.add_argument("--seed", type=int, default=20251201, help="seed of the kill delays")
    parser.add_argument("--verbose", "-v", action="store_true", help="print each round")
    arguments = parser.parse_args()
    if arguments.rounds < 1:
        parser.error("--rounds must be at least 1")
    if not os.access(arguments.jumelage, os.X_OK):
        parser.error(f"{arguments.jumelage} is not an executable")
    return run(arguments)


if __name__ == "__main__":
    sys.exit(main())
