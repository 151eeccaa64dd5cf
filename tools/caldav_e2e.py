#!/usr/bin/env python3
"""`jumelage publish --caldav` against a real Radicale (htpasswd authentication, a throwaway
storage folder, 127.0.0.1 on a free port), read back with the Python `caldav` client:

1. a first publication: every collection holds exactly its feed's events (same UIDs, count,
   summaries, start dates), one resource per UID;
2. a re-plan (one event moved, one removed): the moved event is the same resource (href, UID)
   with its new date and a higher SEQUENCE; the removed one is cancelled in place (STATUS:CANCELLED,
   as in the feed) and, once over and gone from the feed, deleted from the server;
3. a push killed with SIGKILL in the middle, then run again: converges to exactly the feeds;
4. an event changed on the server by someone else: reported as a conflict (JSON report), not
   overwritten, exit 0;
5. a wrong password: exit 1, a clear error, the publication itself kept;
6. https to a Radicale whose certificate a private authority signed: pushed with `--caldav-ca`,
   refused without;
7. `jumelage workspace --caldav`: a publication made on the publish page is pushed, and the page
   shows the push's report;
and the password never appears in any output.

    tools/caldav_e2e.py [--jumelage PATH]

Prints `N passed, M failed` and exits 1 on failure. Radicale is stopped at the end, also on failure.
"""
import argparse
import datetime
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

import caldav
import icalendar

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench"))
import workspace_load  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
USER = "coordination"
PASSWORD = "Sel-de-Namur-9f3c"
PASSWORD_VARIABLE = "JUMELAGE_TEST_CALDAV_SECRET"
WORKSPACE_USER = "espace"

checks = {"passed": 0, "failed": 0}


def check(condition, what):
    if condition:
        checks["passed"] += 1
        print(f"ok   {what}")
    else:
        checks["failed"] += 1
        print(f"FAIL {what}")
    return condition


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def plan_text(events, horizon="{from: 2025-01-01, to: 2026-12-31}"):
    """A plan of meetings with written dates: (id, title, start) in Québec's time, one hour each."""
    lines = [
        "jumelage: 1",
        "id: poussee",
        "title: {fr: Poussée CalDAV, en: CalDAV push}",
        "revision: 2025-01-10T09:00:00Z",
        f"horizon: {horizon}",
        "partners:",
        "  - id: quebec",
        "    name: Ville de Québec",
        "    country: CA",
        "    timezone: America/Toronto",
        "    holidays: [CA-QC]",
        "  - id: namur",
        "    name: Ville de Namur",
        "    country: BE",
        "    timezone: Europe/Brussels",
        "    holidays: [BE, BE-FWB, BE-WAL, BE-WAL-NAMUR]",
        "events:",
    ]
    for identifier, title, start in events:
        lines += [
            f"  - id: {identifier}",
            "    kind: meeting",
            f"    title: {title}",
            f"    start: {start}",
            "    duration: 1h",
            "    host: quebec",
        ]
    return "\n".join(lines) + "\n"


def weekdays(first, count):
    """`count` weekdays from `first`, at 10:00."""
    day = first
    found = []
    while len(found) < count:
        if day.weekday() < 5:
            found.append(day.isoformat() + "T10:00")
        day += datetime.timedelta(days=1)
    return found


def base_events(shift_weeks=0):
    starts = weekdays(datetime.date(2025, 4, 1) + datetime.timedelta(weeks=shift_weeks), 30)
    events = [(f"reunion-{index:02d}", f"Réunion de suivi {index:02d}", start) for index, start in enumerate(starts)]
    events.append(("rencontre-deplacee", "Rencontre déplacée", "2025-06-10T10:00"))
    events.append(("rencontre-retiree", "Rencontre retirée", "2025-03-12T10:00"))
    return events


class Radicale:
    def __init__(self, folder, certificate=None, key=None):
        self.folder = folder
        self.scheme = "https" if certificate else "http"
        self.port = free_port()
        users = os.path.join(folder, "users")
        with open(users, "w") as handle:
            handle.write(f"{USER}:{PASSWORD}\n{WORKSPACE_USER}:{PASSWORD}\n")
        config = os.path.join(folder, "config")
        with open(config, "w") as handle:
            handle.write(
                f"[server]\nhosts = 127.0.0.1:{self.port}\n"
                + (f"ssl = True\ncertificate = {certificate}\nkey = {key}\n" if certificate else "")
                + 
                f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\n"
                f"[storage]\nfilesystem_folder = {os.path.join(folder, 'storage')}\n"
                "[logging]\nlevel = warning\n")
        self.log = open(os.path.join(folder, "radicale.log"), "w")
        self.process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", config],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("Radicale did not start: see " + os.path.join(folder, "radicale.log"))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    @property
    def base(self):
        return f"{self.scheme}://127.0.0.1:{self.port}/{USER}/"


class World:
    def __init__(self, binary, folder, radicale):
        self.binary = binary
        self.folder = folder
        self.radicale = radicale
        self.plans = os.path.join(folder, "plans")
        os.makedirs(self.plans)
        self.out = os.path.join(folder, "out")
        self.ledger = os.path.join(folder, "ledger.sqlite")
        self.outputs = []

    def write_plan(self, events):
        with open(os.path.join(self.plans, "poussee.yaml"), "w", encoding="utf-8") as handle:
            handle.write(plan_text(events))

    def command(self, now, extra=()):
        return [self.binary, "publish", self.plans, "--out", self.out, "--ledger", self.ledger, "--now", now, "--by", "e2e",
                "--calendars", os.path.join(ROOT, "calendars"), "--caldav", f"http://{USER}@127.0.0.1:{self.radicale.port}/{USER}/",
                "--caldav-password-env", PASSWORD_VARIABLE, *extra]

    def environment(self, password=PASSWORD):
        environment = dict(os.environ, LANG="en_US.UTF-8")
        environment[PASSWORD_VARIABLE] = password
        return environment

    def publish(self, now, extra=(), password=PASSWORD):
        result = subprocess.run(self.command(now, extra), capture_output=True, text=True, timeout=300,
                                env=self.environment(password))
        self.outputs += [result.stdout, result.stderr]
        return result

    def feeds(self):
        with open(os.path.join(self.out, "publication.json")) as handle:
            manifest = json.load(handle)
        return sorted(feed["name"] for feed in manifest["feeds"])

    def client(self):
        return caldav.DAVClient(url=self.radicale.base, username=USER, password=PASSWORD)

    def collection(self, feed):
        return caldav.Calendar(client=self.client(), url=self.radicale.base + feed[:-len(".ics")] + "/")


def feed_events(path):
    """UID → (summary, start, sequence, status) of a feed file's master events."""
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    events = {}
    for component in calendar.walk("VEVENT"):
        if component.get("recurrence-id") is None:
            events[str(component["uid"])] = describe(component)
    return events


def describe(component):
    return (str(component["summary"]), component["dtstart"].dt.isoformat(), int(component.get("sequence", 0)),
            str(component.get("status", "")))


def server_events(world, feed):
    """UID → (description, href) of a collection's resources, and the number of resources."""
    events = {}
    resources = world.collection(feed).events()
    for resource in resources:
        component = resource.icalendar_component
        events[str(component["uid"])] = (describe(component), str(resource.url))
    return events, len(resources)


def matches_feeds(world, label):
    """Every collection holds exactly its feed's events, one resource each."""
    everything = True
    for feed in world.feeds():
        expected = feed_events(os.path.join(world.out, feed))
        found, count = server_events(world, feed)
        same = {uid: value[0] for uid, value in found.items()} == expected and count == len(expected)
        everything &= check(same, f"{label}: {feed} on the server is exactly the feed ({len(expected)} events, {count} resources)")
    return everything


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jumelage", default=os.path.join(ROOT, ".build", "debug", "jumelage"))
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.jumelage)

    with tempfile.TemporaryDirectory(prefix="jumelage-caldav-") as folder:
        radicale = Radicale(folder)
        try:
            run(World(binary, folder, radicale))
        finally:
            radicale.stop()
    print(f"{checks['passed']} passed, {checks['failed']} failed")
    return 1 if checks["failed"] else 0


def run(world):
    # 1. First publication.
    world.write_plan(base_events())
    first = world.publish("2025-01-15T10:00:00Z")
    check(first.returncode == 0, f"first publish with --caldav exits 0 (got {first.returncode}: {first.stderr.strip()[:300]})")
    check("CalDAV" in first.stdout and " created" in first.stdout, "the push report is printed")
    matches_feeds(world, "first push")
    coordinators = next(feed for feed in world.feeds() if feed.endswith("-coordinators.ics"))
    before, _ = server_events(world, coordinators)
    moved_uid = next(uid for uid, value in before.items() if value[0][0] == "Rencontre déplacée")
    removed_uid = next(uid for uid, value in before.items() if value[0][0] == "Rencontre retirée")

    # 2. Re-plan: one event moved, one removed.
    world.write_plan([event for event in base_events() if event[0] != "rencontre-retiree"
                      and event[0] != "rencontre-deplacee"] + [("rencontre-deplacee", "Rencontre déplacée", "2025-06-17T10:00")])
    second = world.publish("2025-01-20T10:00:00Z")
    check(second.returncode == 0, f"re-plan publish exits 0 (got {second.returncode}: {second.stderr.strip()[:300]})")
    matches_feeds(world, "after the re-plan")
    after, _ = server_events(world, coordinators)
    check(moved_uid in after and after[moved_uid][1] == before[moved_uid][1],
          "the moved event is the same resource (same href, same UID)")
    check(moved_uid in after and after[moved_uid][0][1].startswith("2025-06-17")
          and after[moved_uid][0][2] > before[moved_uid][0][2],
          f"the moved event has its new date and a higher SEQUENCE ({after.get(moved_uid)})")
    check(removed_uid in after and after[removed_uid][0][3] == "CANCELLED" and after[removed_uid][1] == before[removed_uid][1],
          "the removed event is cancelled in place while the feed still lists it")
    check(len(after) == len(before), "nothing duplicated")

    # Once over, the cancelled event leaves the feed: deleted from the server.
    third = world.publish("2025-04-01T10:00:00Z")
    check(third.returncode == 0, f"publish once the removed event is over exits 0 (got {third.returncode})")
    gone, _ = server_events(world, coordinators)
    check(removed_uid not in gone, "the removed event, gone from the feed, is deleted from the server")
    check(" 1 deleted" in third.stdout, "the report counts the deletion")
    matches_feeds(world, "after the deletion")

    # 3. A push killed in the middle, then run again.
    interrupted = False
    for attempt in range(1, 6):
        world.write_plan(base_events(shift_weeks=attempt))
        process = subprocess.Popen(world.command(f"2025-04-0{1 + attempt}T10:00:00Z"), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=world.environment())
        storage = os.path.join(world.folder, "storage", "collection-root", USER)
        started = time.time()
        killed = False
        while process.poll() is None and time.time() - started < 120:
            if pending_rows(world.ledger) > 0 or recently_changed(storage, started) >= 3:
                process.send_signal(signal.SIGKILL)
                killed = True
                break
            time.sleep(0.005)
        stdout, stderr = process.communicate()
        world.outputs += [stdout.decode(), stderr.decode()]
        if killed and process.returncode == -signal.SIGKILL:
            interrupted = True
            break
    check(interrupted, f"a push was killed with SIGKILL in the middle (attempt {attempt})")
    resumed = world.publish(f"2025-04-0{1 + attempt}T11:00:00Z")
    check(resumed.returncode == 0, f"the next publish exits 0 (got {resumed.returncode}: {resumed.stderr.strip()[:300]})")
    check(" conflict" not in resumed.stdout, "the resumed push finds no conflict in its own interrupted writes")
    matches_feeds(world, "after the interrupted push, resumed")
    check(pending_rows(world.ledger) == 0, "no write left pending in the state")
    again = world.publish(f"2025-04-0{1 + attempt}T12:00:00Z")
    check(" 0 created, 0 updated, 0 deleted" in again.stdout and again.returncode == 0,
          "a publication with nothing new pushes nothing")

    # 4. Someone else changes an event on the server.
    target = sorted(world.collection(coordinators).events(), key=lambda resource: str(resource.url))[0]
    href = str(target.url)
    changed_summary = "Modifié à la main dans Nextcloud"
    component = target.icalendar_component
    component["summary"] = changed_summary
    target.save()
    world.write_plan(base_events(shift_weeks=attempt + 2))
    conflicted = world.publish(f"2025-04-0{1 + attempt}T13:00:00Z", extra=("--format", "json"))
    check(conflicted.returncode == 0, f"a publish that meets a conflict exits 0 (got {conflicted.returncode})")
    report = json.loads(conflicted.stdout)
    conflicts = [conflict for feed in report["caldav"]["feeds"] for conflict in feed["conflicts"]]
    path = href.split(f"127.0.0.1:{world.radicale.port}", 1)[1]
    check([(conflict["href"], conflict["reason"]) for conflict in conflicts] == [(path, "changedOnServer")],
          f"the JSON report names the changed resource as a conflict ({conflicts})")
    check("publishedAt" in report and "feeds" in report, "the JSON report is the manifest with a caldav key")
    kept = [resource for resource in world.collection(coordinators).events() if str(resource.url) == href]
    check(len(kept) == 1 and str(kept[0].icalendar_component["summary"]) == changed_summary,
          "the changed resource is not overwritten")
    check("warning" in conflicted.stderr and "--caldav-overwrite" in conflicted.stderr, "a warning on standard error")

    # 5. A wrong password: clear error, exit 1, publication kept.
    manifest_before = world.feeds()
    wrong = world.publish(f"2025-04-0{1 + attempt}T14:00:00Z", password="not-the-password")
    check(wrong.returncode == 1, f"a wrong password exits 1 (got {wrong.returncode})")
    check("401" in wrong.stderr and "--caldav-password-env" in wrong.stderr,
          f"the error names the refusal and the fix ({wrong.stderr.strip()[:300]})")
    with open(os.path.join(world.out, "publication.json")) as handle:
        published_at = json.load(handle)["publishedAt"]
    check(published_at.startswith(f"2025-04-0{1 + attempt}T14:00:00"), "the publication itself is kept")
    check(world.feeds() == manifest_before, "the feeds are all still published")
    in_url = subprocess.run(
        [world.binary, "publish", world.plans, "--out", world.out, "--ledger", world.ledger, "--now", f"2025-04-0{1 + attempt}T15:00:00Z",
         "--calendars", os.path.join(ROOT, "calendars"), "--caldav", f"http://{USER}:Mot-De-Passe-Faux-42@127.0.0.1:{world.radicale.port}/{USER}/"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, LANG="fr_FR.UTF-8"))
    check(in_url.returncode == 1 and "401" in in_url.stderr and "Mot-De-Passe-Faux-42" not in in_url.stdout + in_url.stderr,
          "a wrong password in the URL: exit 1, in French, the password never shown")
    missing = subprocess.run([world.binary, "publish", world.plans, "--out", world.out, "--ledger", world.ledger, "--caldav",
                              f"http://{USER}@127.0.0.1:{world.radicale.port}/{USER}/", "--caldav-password-env", "JUMELAGE_NOT_SET"],
                             capture_output=True, text=True, timeout=120, env=dict(os.environ, LANG="en_US.UTF-8"))
    world.outputs += [missing.stdout, missing.stderr]
    check(missing.returncode == 1 and "JUMELAGE_NOT_SET" in missing.stderr, "no password at all: exit 1, the variable named")

    check_tls(world)
    check_workspace(world)
    check(all(PASSWORD not in output for output in world.outputs), "the password appears in no output")


def check_tls(world):
    """https with a certificate of a private authority: --caldav-ca trusts it; without, refused."""
    folder = os.path.join(world.folder, "tls")
    os.makedirs(folder)
    authority, authority_key = os.path.join(folder, "ca.pem"), os.path.join(folder, "ca-key.pem")
    certificate, key = os.path.join(folder, "server.pem"), os.path.join(folder, "server-key.pem")
    request = os.path.join(folder, "server.csr")
    extensions = os.path.join(folder, "server.ext")
    with open(extensions, "w") as handle:
        handle.write("subjectAltName=IP:127.0.0.1\n")
    for command in [
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Jumelage test CA",
         "-keyout", authority_key, "-out", authority],
        ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", request],
        ["openssl", "x509", "-req", "-in", request, "-CA", authority, "-CAkey", authority_key, "-CAcreateserial", "-days", "2",
         "-extfile", extensions, "-out", certificate],
    ]:
        subprocess.run(command, check=True, capture_output=True, timeout=60)
    secure = Radicale(folder, certificate=certificate, key=key)
    try:
        address = f"https://{USER}@127.0.0.1:{secure.port}/{USER}/"

        def publish(*extra):
            command = [world.binary, "publish", world.plans, "--out", os.path.join(folder, "out"), "--ledger",
                       os.path.join(folder, "ledger.sqlite"), "--now", "2025-01-15T10:00:00Z", "--calendars",
                       os.path.join(ROOT, "calendars"), "--caldav", address, "--caldav-password-env", PASSWORD_VARIABLE, *extra]
            result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=world.environment())
            world.outputs.extend([result.stdout, result.stderr])
            return result

        refused = publish()
        check(refused.returncode == 1 and "TLS connection refused" in refused.stderr and "--caldav-ca" in refused.stderr,
              f"https with an unknown authority is refused, exit 1 ({refused.stderr.strip()[:200]})")
        trusted = publish("--caldav-ca", authority)
        expected = feed_events(os.path.join(folder, "out", "poussee-coordinators.ics"))
        check(trusted.returncode == 0 and f"poussee-coordinators.ics: {len(expected)} created" in trusted.stdout,
              f"https with --caldav-ca trusting the private authority pushes (exit {trusted.returncode})")
        resources = caldav.Calendar(
            client=caldav.DAVClient(url=secure.base, username=USER, password=PASSWORD, ssl_verify_cert=authority),
            url=secure.base + "poussee-coordinators/").events()
        check(sorted(str(resource.icalendar_component["uid"]) for resource in resources) == sorted(expected),
              f"https: the collection holds exactly the feed's {len(expected)} events")
    finally:
        secure.stop()


def check_workspace(world):
    """A publication from the workspace's publish page is pushed; the page shows the report."""
    folder = os.path.join(world.folder, "workspace")
    os.makedirs(folder)
    with open(os.path.join(folder, "poussee.yaml"), "w", encoding="utf-8") as handle:
        # The workspace publishes at the clock's time: events well ahead of it.
        year = datetime.date.today().year + 1
        starts = weekdays(datetime.date(year, 4, 1), 12)
        handle.write(plan_text([(f"reunion-{index:02d}", f"Réunion {index:02d}", start) for index, start in enumerate(starts)],
                               horizon=f"{{from: {year}-01-01, to: {year}-12-31}}"))
    port = free_port()
    log = open(os.path.join(world.folder, "workspace.log"), "w")
    base = f"http://127.0.0.1:{world.radicale.port}/{WORKSPACE_USER}/"
    server = subprocess.Popen(
        [world.binary, "workspace", folder, "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
         "--calendars", os.path.join(ROOT, "calendars"), "--caldav", f"http://{WORKSPACE_USER}@127.0.0.1:{world.radicale.port}/{WORKSPACE_USER}/",
         "--caldav-password-env", PASSWORD_VARIABLE],
        stdout=subprocess.PIPE, stderr=log, text=True, env=world.environment())
    try:
        first_access = None
        for line in server.stdout:
            world.outputs.append(line)
            if "/premier-acces/" in line:
                first_access = line.strip().split(" ")[-1]
                break
        if not check(first_access is not None, "the workspace starts with --caldav"):
            return
        client = workspace_load.Client(port)
        client.create_administrator(first_access)
        status, page, _ = client.form("/espace/publication", {"csrf": client.csrf})
        world.outputs.append(page)
        check(status == 200 and 'id="publie"' in page, f"the workspace publishes (status {status})")
        check('id="caldav"' in page and "Dernière poussée CalDAV" in page and " créés" in page,
              "the publish page shows the CalDAV push report")
        feeds_folder = os.path.join(folder, "publication")
        client_dav = caldav.DAVClient(url=base, username=WORKSPACE_USER, password=PASSWORD)
        for feed in sorted(name for name in os.listdir(feeds_folder) if name.endswith(".ics")):
            expected = feed_events(os.path.join(feeds_folder, feed))
            resources = caldav.Calendar(client=client_dav, url=base + feed[:-len(".ics")] + "/").events()
            found = {str(resource.icalendar_component["uid"]): describe(resource.icalendar_component) for resource in resources}
            check(found == expected and len(resources) == len(expected) and (len(expected) > 0 or "-partner-namur" in feed
                                                                               or "-public" in feed),
                  f"workspace: {feed} on the server is exactly the feed ({len(expected)} events)")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def pending_rows(ledger):
    try:
        connection = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True, timeout=1)
        try:
            return connection.execute("SELECT COUNT(*) FROM caldavResource WHERE pending = 1").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def recently_changed(storage, since):
    count = 0
    for folder, _, files in os.walk(storage):
        for name in files:
            if name.endswith(".ics"):
                try:
                    if os.path.getmtime(os.path.join(folder, name)) > since:
                        count += 1
                except OSError:
                    pass
    return count


if __name__ == "__main__":
    sys.exit(main())
