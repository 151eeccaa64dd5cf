#!/usr/bin/env python3
"""Failover check: two `jumelage workspace` instances on one PostgreSQL, behind nginx as load
balancer on loopback, one SIGKILLed under load.

Needs `JUMELAGE_TEST_POSTGRES_URL` (run it under tools/with_postgres.sh), nginx and wrk. Starts
instance A on a copy of the plans of calendars/ (it imports them into the empty database and
prints the first-access link), then instance B on the same database, and nginx with both as
upstreams (`proxy_next_upstream error timeout http_502`: a GET that fails on one goes to the
other). Through nginx, it creates the administrator, then for `--seconds`:

- wrk reads the plans list of the API (a signed-in, session-checked GET) with `--connections`;
- a writer saves the Québec–Namur plan again and again through the API, each save adding a line
  with a unique marker, and remembers the saves it saw accepted (200);
- two coordinators press publish (`POST /api/v1/publish`) again and again, one on instance A
  directly (a press is in flight when A dies, most runs), the other through nginx;
- after a third of the time, instance A is SIGKILLed.

Then it checks, on B directly: every accepted save's marker is in the plan's text and in its
history (no accepted write lost); wrk saw no error (every GET failed over); every publication in
the database is whole (its feeds, files, `publication.json` and event versions, as
`postgres_restart_check.py` checks them: nothing half-done by the killed instance) and every
publication a press saw answered is there; after A is started again on the same database, A
serves the same text, and A and B serve the newest publication's feeds byte for byte. Last, the
README's backup: `pg_dump --format=custom` of the live database, `pg_restore` into a new one, and an
instance on it serves the same text, history and feeds. Prints the
counts and exits 1 on a violation. Python 3.11 standard library only (plus nginx, wrk and psql).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from postgres_restart_check import Violation, check_whole, psql, wait_for_workspace  # noqa: E402
from workspace_kill_check import CheckFailure, Client, free_port, sha256_hex  # noqa: E402

PLAN = "quebec-namur-2024-2026"
REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT = 60.0


class Instance:
    """`jumelage workspace FOLDER --database URL`, started and killed by this check only."""

    def __init__(self, name: str, jumelage: str, folder: Path, database: str, logs: Path):
        self.name, self.jumelage, self.folder, self.database = name, jumelage, folder, database
        self.log_path = logs / f"{name}.log"
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def start(self) -> str | None:
        log = open(self.log_path, "ab")
        try:
            self.process = subprocess.Popen(
                [self.jumelage, "workspace", str(self.folder), "--host", "127.0.0.1", "--port", str(self.port),
                 "--database", self.database, "--log-level", "warning"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        finally:
            log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise CheckFailure(f"instance {self.name} exited with {self.process.returncode}:\n{self.tail()}")
            try:
                status, _, _ = Client(self.port).request("GET", "/connexion", timeout=2)
                if status in (200, 303):
                    match = re.search(r"/premier-acces/[A-Za-z0-9_\-]+", self.log_path.read_text(errors="replace"))
                    return match.group(0) if match else None
            except OSError:
                pass
            time.sleep(0.1)
        raise CheckFailure(f"instance {self.name} did not answer within {START_TIMEOUT:.0f} s:\n{self.tail()}")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def tail(self, lines: int = 20) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def start_nginx(work: Path, upstreams: list[int]) -> tuple[subprocess.Popen, int]:
    port = free_port()
    folder = work / "nginx"
    folder.mkdir()
    user = "user root;" if os.getuid() == 0 else ""
    servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=30s;" for p in upstreams)
    (folder / "nginx.conf").write_text(f"""{user}
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    upstream jumelage {{
{servers}
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://jumelage;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_next_upstream error timeout http_502;
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
        }}
    }}
}}
""")
    process = subprocess.Popen(["nginx", "-e", str(folder / "error.log"), "-p", str(folder), "-c", str(folder / "nginx.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            Client(port).request("GET", "/connexion", timeout=2)
            return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise CheckFailure(f"nginx did not start: {(folder / 'error.log').read_text(errors='replace')}")


class Writer(threading.Thread):
    """Saves the plan again and again through nginx, each save adding a unique marker line."""

    def __init__(self, client: Client, until: float):
        super().__init__(daemon=True)
        self.client, self.until = client, until
        self.accepted: list[str] = []
        # The revision (SHA-256 of the text) each accepted save made.
        self.revisions: list[str] = []
        self.refused: dict[str, int] = {}

    def count(self, what: str) -> None:
        self.refused[what] = self.refused.get(what, 0) + 1

    def run(self) -> None:
        number = 0
        while time.monotonic() < self.until:
            try:
                current = self.client.plan_yaml()
            except (OSError, CheckFailure):
                self.count("read failed")
                time.sleep(0.05)
                continue
            number += 1
            marker = f"# failover-check save {number}"
            text = current["text"] + marker + "\n"
            try:
                status, _ = self.client.put_yaml(current["revision"], text, timeout=30)
            except OSError:
                self.count("connection failed")
                continue
            if status == 200:
                self.accepted.append(marker)
                self.revisions.append(sha256_hex(text.encode()))
            else:
                self.count(f"HTTP {status}")


def restore_backup(database: str, work: Path) -> str:
    """`pg_dump --format=custom` of the live database, restored with `pg_restore` into a new one; its URL."""
    dump = work / "backup.dump"
    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", database], check=True, capture_output=True)
    psql(database, "CREATE DATABASE failover_restored")
    restored = database.rsplit("/", 1)[0] + "/failover_restored"
    subprocess.run(["pg_restore", "--no-owner", f"--dbname={restored}", str(dump)], check=True, capture_output=True)
    return restored


class Publisher(threading.Thread):
    """Presses publish again and again through `client`, remembering what each press answered."""

    def __init__(self, client: Client, until: float):
        super().__init__(daemon=True)
        self.client, self.until = client, until
        self.published: set[int] = set()
        self.answers: dict[str, int] = {}

    def run(self) -> None:
        while time.monotonic() < self.until:
            try:
                status, _, body = self.client.request(
                    "POST", "/api/v1/publish", b"{}", {"Content-Type": "application/json", "X-CSRF-Token": self.client.csrf or ""},
                    timeout=60)
            except (http.client.RemoteDisconnected, ConnectionResetError):
                # The instance died while publishing: what it had begun must be whole or absent.
                self.answers["cut while publishing"] = self.answers.get("cut while publishing", 0) + 1
                continue
            except OSError:
                self.answers["refused"] = self.answers.get("refused", 0) + 1
                time.sleep(0.2)
                continue
            self.answers[f"HTTP {status}"] = self.answers.get(f"HTTP {status}", 0) + 1
            if status == 200 and (publication := json.loads(body).get("id")):
                self.published.add(publication)
            time.sleep(0.1)


def wrk(port: int, cookie: str, seconds: int, connections: int) -> dict[str, int | float]:
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-H", f"Cookie: {cookie}", f"http://127.0.0.1:{port}/api/v1/plans"],
        capture_output=True, text=True, check=True).stdout
    result: dict[str, int | float] = {"requests": 0, "non2xx": 0, "socket errors": 0, "rps": 0.0}
    if match := re.search(r"(\d+) requests in", output):
        result["requests"] = int(match.group(1))
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        result["non2xx"] = int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        result["socket errors"] = sum(int(g) for g in match.groups())
    if match := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result["rps"] = float(match.group(1))
    return result


def run(arguments: argparse.Namespace) -> int:
    database = os.environ.get("JUMELAGE_TEST_POSTGRES_URL", "")
    if not database:
        print("failover_check: JUMELAGE_TEST_POSTGRES_URL is not set (run under tools/with_postgres.sh)", file=sys.stderr)
        return 1
    for tool in ("nginx", "wrk"):
        if not shutil.which(tool):
            print(f"failover_check: {tool} is missing (apt-get install nginx wrk)", file=sys.stderr)
            return 1
    work = Path(tempfile.mkdtemp(prefix="jumelage-failover-"))
    logs = work / "logs"
    logs.mkdir()
    instances = []
    for name in ("a", "b"):
        folder = work / name
        folder.mkdir()
        for plan in sorted((REPO / "calendars").glob("*.yaml")):
            shutil.copy2(plan, folder / plan.name)
        instances.append(Instance(name, arguments.jumelage, folder, database, logs))
    a, b = instances
    nginx = None
    violations: list[str] = []
    try:
        first_access = a.start()
        if not first_access:
            raise CheckFailure(f"instance a printed no first-access link:\n{a.tail()}")
        b.start()
        nginx, port = start_nginx(work, [a.port, b.port])
        client = Client(port)
        client.create_admin(first_access)
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())

        until = time.monotonic() + arguments.seconds
        writer = Writer(client, until)
        writer.start()
        on_a = Client(a.port)
        on_a.cookies, on_a.csrf = dict(client.cookies), client.csrf
        publishers = [Publisher(on_a, until), Publisher(client, until)]
        for publisher in publishers:
            publisher.start()
        killer = threading.Timer(arguments.seconds / 3, a.kill)
        killer.start()
        load = wrk(port, cookie, arguments.seconds, arguments.connections)
        writer.join()
        killer.join()
        for publisher in publishers:
            publisher.join()
        if a.process and a.process.poll() is None:
            violations.append("instance a was not killed")

        direct = Client(b.port)
        direct.cookies = dict(client.cookies)
        text = direct.plan_yaml()["text"]
        recorded = {entry["afterRevision"] for entry in direct.history()}
        lost = [marker for marker in writer.accepted if marker not in text]
        if lost:
            violations.append(f"{len(lost)} accepted saves are not in the plan: {lost[:3]}")
        unrecorded = [revision for revision in writer.revisions if revision not in recorded]
        if unrecorded:
            violations.append(f"{len(unrecorded)} accepted saves are not in the history")
        if not writer.accepted:
            violations.append("no save was accepted: the check measured nothing")
        if load["non2xx"] or load["socket errors"]:
            violations.append(f"wrk saw {load['non2xx']} non-2xx answers and {load['socket errors']} socket errors")
        if load["requests"] == 0:
            violations.append("wrk made no request")

        publications = check_whole(database)
        pressed = set().union(*(publisher.published for publisher in publishers))
        missing = sorted(pressed - set(publications))
        if missing:
            violations.append(f"publications answered to a press are not in the database: {missing}")
        if not publications:
            violations.append("no publication was made: the check measured nothing")

        a.start()
        again = Client(a.port)
        again.cookies = dict(client.cookies)
        if again.plan_yaml()["text"] != text:
            violations.append("instance a, started again, serves another text than b")
        newest = publications[-1] if publications else None
        for instance in (b, a):
            wait_for_workspace(instance.port, database, newest)

        # The README's backup: pg_dump of the live database, restored into a new one, serves the same.
        restored = restore_backup(database, work)
        c_folder = work / "c"
        c_folder.mkdir()
        c = Instance("c", arguments.jumelage, c_folder, restored, logs)
        instances.append(c)
        c.start()
        from_backup = Client(c.port)
        from_backup.cookies = dict(client.cookies)
        if from_backup.plan_yaml()["text"] != text:
            violations.append("the restored backup serves another text")
        if len(from_backup.history()) != len(direct.history()):
            violations.append("the restored backup has another history")
        wait_for_workspace(c.port, restored, newest)

        print(f"failover: {load['requests']} GETs through nginx ({load['rps']:.0f}/s), {load['non2xx']} non-2xx, "
              f"{load['socket errors']} socket errors; instance a killed after {arguments.seconds / 3:.1f} s; "
              f"{len(writer.accepted)} saves accepted, {len(lost)} lost; saves not accepted: {writer.refused or 'none'}; "
              f"{len(writer.revisions) - len(unrecorded)} of them in the history")
        print(f"failover: publish pressed on a ({publishers[0].answers}) and through nginx ({publishers[1].answers}); "
              f"{len(publications)} publications in the database, all whole; a and b serve publication {newest}; "
              f"a backup (pg_dump, pg_restore) restored into a new database serves the same text, history and feeds")
    except (CheckFailure, Violation) as failure:
        violations.append(str(failure))
    finally:
        for instance in instances:
            instance.stop()
        if nginx:
            nginx.terminate()
            nginx.wait(timeout=10)
        if violations and arguments.keep:
            print(f"failover_check: logs kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    for violation in violations:
        print(f"VIOLATION: {violation}", file=sys.stderr)
    return 1 if violations else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jumelage", default=str(REPO / ".build" / "debug" / "jumelage"))
    parser.add_argument("--seconds", type=int, default=12)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--keep", action="store_true", help="keep the logs of a failed run")
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
