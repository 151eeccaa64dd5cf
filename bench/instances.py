#!/usr/bin/env python3
"""Several `jumelage workspace` instances on one PostgreSQL (bench/instances.sh; run under
tools/with_postgres.sh, which sets JUMELAGE_TEST_POSTGRES_URL):

  feeds     wrk through nginx (the load balancer) to one instance, then to two, on the same
            500-event feed (GET, 200): requests/s and p99, and the ratio two/one. Twice: the
            instances free to use every core, then each pinned to a core of its own (taskset),
            which is how instances on separate machines would add up.
  network   a generated network of N twinnings (jumelage generate) imported into a fresh
            database: start-up, 10 edits of one plan through the API (each answered re-planned:
            p50, max), the resident memory of each of two instances (VmHWM), and how long an edit
            on one instance takes to show on the other (LISTEN/NOTIFY).

Prints one JSON object. Standard library, nginx, wrk and psql; servers on 127.0.0.1 only,
stopped whatever happens.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workspace_load import Client, free_port, measure_edits, percentile, retitle  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEED = "bench-public.ics"


class Instance:
    def __init__(self, jumelage, folder, database, out, cpu=None, expect_link=False):
        self.port = free_port()
        self.log = open(os.path.join(os.path.dirname(folder), f"instance-{self.port}.log"), "w")
        command = [jumelage, "workspace", folder, "--host", "127.0.0.1", "--port", str(self.port), "--database", database,
                   "--log-level", "warning"]
        if out:
            command += ["--out", out]
        if cpu is not None:
            command = ["taskset", "-c", str(cpu)] + command
        started = time.monotonic()
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=self.log, text=True)
        # The address line, then (on a database without accounts) the first administrator's link.
        self.first_access = None
        for line in self.process.stdout:
            if "/premier-acces/" in line:
                self.first_access = line.strip().split(" ")[-1]
            if self.first_access or (line.startswith("Jumelage workspace:") and not expect_link):
                break
        if not self.answers():
            raise RuntimeError(f"instance did not start (see {self.log.name})")
        self.startup = time.monotonic() - started

    def answers(self):
        import http.client
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
            connection.request("GET", "/healthz")
            return connection.getresponse().status in (200, 503)
        except OSError:
            return False

    def memory(self):
        fields = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    fields[key] = int(value.split()[0]) // 1024
        return fields

    def cpu_seconds(self):
        """User and system CPU time the instance has used so far."""
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def nginx(work, upstreams):
    port = free_port()
    folder = tempfile.mkdtemp(dir=work, prefix="nginx-")
    user = "user root;" if os.getuid() == 0 else ""
    servers = "\n".join(f"        server 127.0.0.1:{p};" for p in upstreams)
    with open(os.path.join(folder, "nginx.conf"), "w") as conf:
        conf.write(f"""{user}
worker_processes auto;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    upstream jumelage {{
{servers}
        keepalive 64;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://jumelage;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering on;
        }}
    }}
}}
""")
    process = subprocess.Popen(["nginx", "-e", f"{folder}/error.log", "-p", folder, "-c", f"{folder}/nginx.conf"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    time.sleep(0.5)
    return process, port


def wrk(port, duration, connections):
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", f"http://127.0.0.1:{port}/feeds/{FEED}"],
                            capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE).group(1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    sockets = re.search(r"Socket errors: (.*)", output)
    return {"rps": rps, "requests": requests, "p99": p99, "errors": (int(errors.group(1)) if errors else 0), "socket_errors": sockets.group(1) if sockets else ""}


def machine_busy_seconds():
    """CPU time the whole machine has spent busy so far (every core, from /proc/stat)."""
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + values[4]
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def measured_wrk(instances, port, duration, connections):
    """wrk, with the CPU the instances used for it: what a request costs them, and their share
    of the machine (the rest goes to wrk, nginx and the system)."""
    before = [instance.cpu_seconds() for instance in instances]
    busy = machine_busy_seconds()
    result = wrk(port, duration, connections)
    used = sum(instance.cpu_seconds() for instance in instances) - sum(before)
    result["instance_cpu_ms_per_1000"] = used * 1000 / max(1, result["requests"]) * 1000
    result["instance_share_of_machine"] = used / (duration * os.cpu_count())
    result["machine_busy_share"] = (machine_busy_seconds() - busy) / (duration * os.cpu_count())
    return result


def bench_plan(path):
    lines = ["jumelage: 1", "id: bench", "title: {fr: Banc d'essai, en: Benchmark}", "language: fr", "revision: 2026-11-01T09:00:00Z",
             "horizon: {from: 2026-01-01, to: 2028-12-31}", "partners:",
             "  - {id: quebec, name: Ville de Québec, country: CA, timezone: America/Toronto}",
             "  - {id: namur, name: Ville de Namur, country: BE, timezone: Europe/Brussels}", "events:"]
    import datetime
    start = datetime.date(2027, 1, 1)
    for index in range(500):
        day = start + datetime.timedelta(days=index)
        lines += [f"  - id: rencontre-{index:03d}", f'    title: {{fr: "Rencontre {index} du jumelage", en: "Twinning meeting {index}"}}',
                  f"    start: {day.isoformat()}T10:00", "    duration: 2h", f"    host: {'quebec' if index % 2 else 'namur'}",
                  "    audiences: [public]"]
    with open(path, "w") as handle:
        handle.write("\n".join(lines) + "\n")


def fresh_database(url, name):
    parts = urllib.parse.urlsplit(url)
    subprocess.run(["psql", "-h", parts.hostname, "-p", str(parts.port), "-U", parts.username, "-d", parts.path.lstrip("/"), "-q",
                    "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def measure_feeds(jumelage, work, database, duration, connections):
    folder = os.path.join(work, "feeds-plans")
    out = os.path.join(work, "publication")
    os.makedirs(folder)
    bench_plan(os.path.join(folder, "bench.yaml"))
    subprocess.run([jumelage, "publish", folder, "--out", out, "--now", "2026-12-01T00:00:00Z", "--by", "bench"], check=True,
                   capture_output=True)
    results = {}
    for label, cpus in (("free", (None, None)), ("pinned", (0, 1))):
        name = f"feeds_{label}"
        url = fresh_database(database, name)
        first = Instance(jumelage, folder, url, out, cpus[0], expect_link=True)
        second = None
        processes = []
        try:
            balancer, port = nginx(work, [first.port])
            processes.append(balancer)
            wrk(port, 2, 4)
            one = measured_wrk([first], port, duration, connections)
            second = Instance(jumelage, folder, url, out, cpus[1])
            balancer2, port2 = nginx(work, [first.port, second.port])
            processes.append(balancer2)
            wrk(port2, 2, 4)
            two = measured_wrk([first, second], port2, duration, connections)
            results[label] = {"one": one, "two": two, "ratio": two["rps"] / one["rps"]}
        finally:
            for process in processes:
                process.terminate()
                process.wait(10)
            first.stop()
            if second:
                second.stop()
    return results


def measure_network(jumelage, work, database, twinnings):
    folder = os.path.join(work, "network")
    subprocess.run([jumelage, "generate", "--twinnings", str(twinnings), "--out", folder], check=True, capture_output=True)
    url = fresh_database(database, "network")
    first = Instance(jumelage, folder, url, None, expect_link=True)
    second = None
    try:
        client = Client(first.port)
        client.create_administrator(first.first_access)
        _, body, _ = client.request("GET", "/api/v1/plans")
        plans = sorted(plan["id"] for plan in json.loads(body))
        plan = plans[len(plans) // 2]
        edits = measure_edits(client, plan, 10)
        second = Instance(jumelage, folder, url, None)
        other = Client(second.port)
        other.sign_in()
        # An edit on the first instance, then how long until the second serves it.
        current = client.get_text(plan)
        text = retitle(current["text"], "propagation")
        sent = time.monotonic()
        status, _, _ = client.put_text(plan, current["revision"], text)
        assert status == 200, status
        while other.get_text(plan)["text"] != text:
            if time.monotonic() - sent > 30:
                raise RuntimeError("the second instance did not see the edit within 30 s")
            time.sleep(0.01)
        propagation = time.monotonic() - sent
        return {"twinnings": twinnings, "plans": len(plans), "startup_s": first.startup, "second_startup_s": second.startup,
                **edits, "memory_mb": [first.memory(), second.memory()], "propagation_ms": propagation * 1000}
    finally:
        first.stop()
        if second:
            second.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jumelage", default=os.path.join(ROOT, ".build/release/jumelage"))
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--twinnings", type=int, default=2000)
    parser.add_argument("--skip-feeds", action="store_true")
    arguments = parser.parse_args()
    database = os.environ.get("JUMELAGE_TEST_POSTGRES_URL")
    if not database:
        sys.exit("instances.py: JUMELAGE_TEST_POSTGRES_URL is not set (run under tools/with_postgres.sh)")
    work = tempfile.mkdtemp(prefix="jumelage-bench-instances-")
    report = {"cores": os.cpu_count()}
    try:
        if not arguments.skip_feeds:
            report["feeds"] = measure_feeds(arguments.jumelage, work, database, arguments.duration, arguments.connections)
        report["network"] = measure_network(arguments.jumelage, work, database, arguments.twinnings)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
