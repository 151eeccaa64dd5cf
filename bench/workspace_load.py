#!/usr/bin/env python3
"""Measures the coordinators' workspace (`jumelage workspace`) on loopback, for bench/workspace.sh:

  pages   server time of each workspace page on the real plans (sequential, keep-alive): p50, p95
  edits   an edit through the API (PUT of the plan's text), answered re-planned: p50, p95, max
  load    N simulated coordinators at once (asyncio, one keep-alive connection and one session
          each), browsing pages and editing their own copy of a plan's title, with think time:
          requests/s, p50/p95/p99 latency, errors (5xx, refused connections, wrong status)
  big     a generated network (jumelage generate --twinnings N): start-up, one edit re-planned
          (p50, max) and the server's resident memory (VmRSS, VmHWM)

Prints one JSON object on standard output. Standard library only; the server listens on
127.0.0.1 on a free port and is stopped whatever happens.
"""
import argparse
import asyncio
import hashlib
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "benchmark passphrase"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, q):
    ordered = sorted(values)
    if not ordered:
        return None
    index = min(len(ordered) - 1, max(0, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


class Server:
    def __init__(self, jumelage, folder):
        self.port = free_port()
        self.folder = folder
        self.log = open(os.path.join(folder, "..", f"server-{self.port}.log"), "w")
        started = time.monotonic()
        self.process = subprocess.Popen(
            [jumelage, "workspace", folder, "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"],
            stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.first_access = None
        # A new workspace prints its address, then the first administrator's one-time link.
        for line in self.process.stdout:
            if "/premier-acces/" in line:
                self.first_access = line.strip().split(" ")[-1]
                break
        if self.first_access is None:
            raise RuntimeError(f"the workspace did not start (see {self.log.name})")
        self.startup = time.monotonic() - started

    def rss(self):
        fields = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    fields[key] = int(value.split()[0]) // 1024
        return fields

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


class Client:
    """One keep-alive connection with a session."""

    def __init__(self, port):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies = {}
        self.csrf = None

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.perf_counter()
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        elapsed = time.perf_counter() - started
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return response.status, data.decode("utf-8", "replace"), elapsed

    def form(self, path, fields):
        return self.request("POST", path, urllib.parse.urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"})

    def create_administrator(self, link):
        path = urllib.parse.urlparse(link).path
        _, page, _ = self.request("GET", path)
        token = re.search(r'name="form" value="([^"]+)"', page).group(1)
        status, _, _ = self.form(path, {"form": token, "name": "Banc", "login": "banc@example.org", "password": PASSWORD})
        assert status == 303, status
        self.load_csrf()

    def sign_in(self, login="banc@example.org"):
        _, page, _ = self.request("GET", "/connexion")
        token = re.search(r'name="form" value="([^"]+)"', page).group(1)
        status, _, _ = self.form("/connexion", {"form": token, "login": login, "password": PASSWORD})
        assert status == 303, status
        self.load_csrf()

    def load_csrf(self):
        _, page, _ = self.request("GET", "/espace")
        self.csrf = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)

    def put_text(self, plan, revision, text):
        body = json.dumps({"revision": revision, "text": text})
        return self.request("PUT", f"/api/v1/plans/{plan}/yaml", body, {"Content-Type": "application/json", "X-CSRF-Token": self.csrf})

    def get_text(self, plan):
        status, body, _ = self.request("GET", f"/api/v1/plans/{plan}/yaml")
        assert status == 200, (status, body[:300])
        return json.loads(body)


def real_workspace(base):
    folder = os.path.join(base, "plans")
    os.makedirs(folder)
    for name in sorted(os.listdir(os.path.join(ROOT, "calendars"))):
        if name.endswith(".yaml"):
            shutil.copy(os.path.join(ROOT, "calendars", name), folder)
    return folder


def pages_of(client):
    status, body, _ = client.request("GET", "/api/v1/plans")
    plans = [plan["id"] for plan in json.loads(body)]
    pages = ["/espace", "/espace/calendrier?mois=2026-06", "/espace/publication"]
    for plan in plans:
        pages += [f"/espace/plans/{plan}", f"/espace/plans/{plan}/historique", f"/espace/plans/{plan}/elements"]
        _, detail, _ = client.request("GET", f"/api/v1/plans/{plan}")
        events = [event["activity"] for event in json.loads(detail)["events"] if event["kind"] != "celebration"][:2]
        pages += [f"/espace/plans/{plan}/evenements/{event}" for event in events]
    return pages, plans


def measure_pages(client, pages, rounds):
    times = {page: [] for page in pages}
    for _ in range(rounds):
        for page in pages:
            status, _, elapsed = client.request("GET", page)
            assert status == 200, (page, status)
            times[page].append(elapsed)
    everything = [t for values in times.values() for t in values]
    slowest = max(pages, key=lambda page: percentile(times[page], 95))
    return {"requests": len(everything), "p50_ms": percentile(everything, 50) * 1000, "p95_ms": percentile(everything, 95) * 1000,
            "slowest_page": slowest, "slowest_p95_ms": percentile(times[slowest], 95) * 1000}


def retitle(text, marker):
    """The plan with its last line a comment naming the edit: a change that always loads."""
    lines = text.rstrip("\n").split("\n")
    if lines[-1].startswith("# bench edit "):
        lines.pop()
    return "\n".join(lines) + f"\n# bench edit {marker}\n"


def measure_edits(client, plan, count):
    times, replanned = [], 0
    for index in range(count):
        current = client.get_text(plan)
        status, body, elapsed = client.put_text(plan, current["revision"], retitle(current["text"], f"e{index}"))
        assert status == 200, (status, body[:400])
        times.append(elapsed)
    return {"edits": count, "p50_ms": percentile(times, 50) * 1000, "p95_ms": percentile(times, 95) * 1000, "max_ms": max(times) * 1000}


async def coordinator(port, number, pages, plans, duration, results, cookies):
    """One coordinator: a keep-alive connection, pages with think time, an edit every 10 actions."""
    import random
    rng = random.Random(number)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    cookie = f"jumelage_session={cookies['jumelage_session']}"

    async def call(method, path, body=b"", headers=()):
        head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Cookie: {cookie}", f"Content-Length: {len(body)}"] + list(headers)
        started = time.perf_counter()
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await writer.drain()
        status_line = await reader.readline()
        status = int(status_line.split()[1])
        length, chunked = 0, False
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
            if name.lower() == "transfer-encoding" and "chunked" in value:
                chunked = True
        data = b""
        if chunked:
            while True:
                size = int((await reader.readline()).strip(), 16)
                chunk = await reader.readexactly(size + 2)
                if size == 0:
                    break
                data += chunk[:-2]
        else:
            data = await reader.readexactly(length)
        return status, data, time.perf_counter() - started

    end = time.monotonic() + duration
    own_plan = plans[number % len(plans)]
    actions = 0
    try:
        while time.monotonic() < end:
            await asyncio.sleep(rng.uniform(0.1, 0.5))
            actions += 1
            if actions % 10 == 0:
                status, data, elapsed = await call("GET", f"/api/v1/plans/{own_plan}/yaml")
                results.append(("read", status, elapsed))
                current = json.loads(data)
                body = json.dumps({"revision": current["revision"], "text": retitle(current["text"], f"c{number}-{actions}")}).encode()
                status, _, elapsed = await call("PUT", f"/api/v1/plans/{own_plan}/yaml", body,
                                                ("Content-Type: application/json", f"X-CSRF-Token: {cookies['__csrf']}"))
                results.append(("edit", status, elapsed))
            else:
                page = rng.choice(pages)
                status, _, elapsed = await call("GET", page)
                results.append(("page", status, elapsed))
    except (ConnectionError, asyncio.IncompleteReadError) as error:
        results.append(("error", 0, 0.0))
    finally:
        writer.close()


async def run_load(port, sessions, pages, plans, duration):
    results = []
    started = time.monotonic()
    await asyncio.gather(*[coordinator(port, index, pages, plans, duration, results, sessions[index]) for index in range(len(sessions))])
    elapsed = time.monotonic() - started
    return results, elapsed


def measure_load(port, coordinators, pages, plans, duration):
    sessions = []
    for _ in range(coordinators):
        client = Client(port)
        client.sign_in()
        sessions.append({"jumelage_session": client.cookies["jumelage_session"], "__csrf": client.csrf})
        client.connection.close()
    results, elapsed = asyncio.run(run_load(port, sessions, pages, plans, duration))
    latencies = [r[2] for r in results if r[0] != "error"]
    # An edit may meet another coordinator's save of the same plan: 409 is the right answer then.
    errors = [r for r in results if r[0] == "error" or r[1] >= 500 or (r[0] == "page" and r[1] != 200)
              or (r[0] == "edit" and r[1] not in (200, 409)) or (r[0] == "read" and r[1] != 200)]
    edits = [r for r in results if r[0] == "edit"]
    return {"coordinators": coordinators, "seconds": round(elapsed, 1), "requests": len(results),
            "requests_per_s": len(results) / elapsed, "p50_ms": percentile(latencies, 50) * 1000,
            "p95_ms": percentile(latencies, 95) * 1000, "p99_ms": percentile(latencies, 99) * 1000,
            "edits": len(edits), "edit_conflicts": sum(1 for r in edits if r[1] == 409),
            "edit_p99_ms": (percentile([r[2] for r in edits], 99) or 0) * 1000, "errors": len(errors)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jumelage", default=os.path.join(ROOT, ".build/release/jumelage"))
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--coordinators", type=int, default=50)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--twinnings", type=int, default=200)
    arguments = parser.parse_args()
    base = tempfile.mkdtemp(prefix="jumelage-bench-workspace-")
    report = {}
    try:
        folder = real_workspace(base)
        server = Server(arguments.jumelage, folder)
        try:
            client = Client(server.port)
            client.create_administrator(server.first_access)
            pages, plans = pages_of(client)
            client.request("GET", "/espace")  # warm-up
            report["pages"] = measure_pages(client, pages, arguments.rounds)
            report["pages"]["distinct_pages"] = len(pages)
            report["edits"] = measure_edits(client, "quebec-namur-2024-2026", arguments.edits)
            report["load"] = measure_load(server.port, arguments.coordinators, pages, plans, arguments.duration)
            report["real_memory_mb"] = server.rss()
        finally:
            server.stop()
        big = os.path.join(base, "network")
        subprocess.run([arguments.jumelage, "generate", "--twinnings", str(arguments.twinnings), "--out", big], check=True,
                       capture_output=True)
        server = Server(arguments.jumelage, big)
        try:
            client = Client(server.port)
            client.create_administrator(server.first_access)
            _, body, _ = client.request("GET", "/api/v1/plans")
            plans = sorted(plan["id"] for plan in json.loads(body))
            edits = measure_edits(client, plans[len(plans) // 2], 10)
            report["network"] = {"twinnings": arguments.twinnings, "plans": len(plans), "startup_s": server.startup, **edits,
                                 "memory_mb": server.rss()}
        finally:
            server.stop()
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(json.dumps(report, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
