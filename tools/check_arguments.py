#!/usr/bin/env python3
"""The command line's contract on bad arguments: every case under Tests/Fixtures/arguments/
(`NAME.args`, one argument per line) runs from an empty folder outside the checkout (so the
calendars must come from the binary) and must give exactly the exit code, the English
message and the start of the output of its snapshot `NAME.expected`; in French (the default LANG) it must give the same exit
code and a different, non-empty message. Then a property test runs random argument vectors made
of the commands, their options and troublesome values: none may crash, hang or exit 3.

    tools/check_arguments.py [--jumelage PATH] [--update] [--examples N]

Placeholders in `.args` files name things the script makes in a temporary folder: {EMPTY} an
empty folder, {NONPLANS} a folder of YAML files that are not plans, {LOOP} a folder holding a
symlink loop, {LOOPFILE} the looping link itself, {MISSING} a path that does not exist,
{UNREADABLE} / {UNREADABLEDIR} a file / folder nobody may read (skipped as root, who reads
everything), {FILE} a regular file, {OUT} a fresh output folder, {PLAN} the Québec–Namur plan,
{MOBILITYPLAN} the Terrebonne–Namur plan, (and `plan.yaml`, a minimal plan in the folder
commands run from), {UNKNOWNJURISDICTION} a plan naming an unknown
jurisdiction, {NATIONALDAY} a Namur meeting whose only allowed day is Belgium's national day,
{MISSINGCALENDAR} a university programme naming an academic calendar no file defines
(Tests/Fixtures/bad/mobility-missing-calendar.yaml: every command that reads plans refuses it
with the same one message).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "Tests", "Fixtures", "arguments")
TIMEOUT = 60

NATIONAL_DAY = os.path.join(ROOT, "Tests", "Fixtures", "good", "namur-national-day.yaml")


def make_world(base):
    """The files the placeholders name."""
    world = {}
    def path(name):
        return os.path.join(base, name)
    os.makedirs(path("empty"))
    world["EMPTY"] = path("empty")
    os.makedirs(path("nonplans"))
    for name, text in [("liste.yaml", "- a\n- b\n"), ("vide.yaml", ""), ("texte.yaml", "bonjour\n"),
                       ("notes.yaml", "titre: pas un plan\n")]:
        with open(os.path.join(path("nonplans"), name), "w", encoding="utf-8") as handle:
            handle.write(text)
    world["NONPLANS"] = path("nonplans")
    os.makedirs(path("loop"))
    os.symlink(os.path.join(path("loop"), "boucle.yaml"), os.path.join(path("loop"), "boucle.yaml"))
    world["LOOP"] = path("loop")
    world["LOOPFILE"] = os.path.join(path("loop"), "boucle.yaml")
    world["MISSING"] = path("nowhere/nothing")
    with open(path("file.txt"), "w") as handle:
        handle.write("not a plan, not JSON, not a folder\n")
    world["FILE"] = path("file.txt")
    with open(path("secret.yaml"), "w") as handle:
        handle.write("jumelage: 1\n")
    os.chmod(path("secret.yaml"), 0)
    world["UNREADABLE"] = path("secret.yaml")
    os.makedirs(path("secretdir"))
    os.chmod(path("secretdir"), 0)
    world["UNREADABLEDIR"] = path("secretdir")
    world["OUT"] = path("out")
    world["PLAN"] = os.path.join(ROOT, "calendars", "quebec-namur-2024-2026.yaml")
    world["MOBILITYPLAN"] = os.path.join(ROOT, "calendars", "terrebonne-namur-2024-2026.yaml")
    with open(NATIONAL_DAY, encoding="utf-8") as handle:
        plan = handle.read()
    world["MISSINGCALENDAR"] = os.path.join(ROOT, "Tests", "Fixtures", "bad", "mobility-missing-calendar.yaml")
    for key, jurisdiction, name in [("UNKNOWNJURISDICTION", "BE-WALL", "inconnue.yaml"),
                                    ("NATIONALDAY", "BE-WAL-NAMUR", "fete-nationale.yaml")]:
        with open(path(name), "w", encoding="utf-8") as handle:
            handle.write(plan.replace("[BE-WAL-NAMUR]", f"[{jurisdiction}]"))
        world[key] = path(name)
    return world


def make_cwd(base):
    """The folder commands run from: outside the checkout, holding `plan.yaml` (a minimal plan)
    so that relative names without a slash (`plan.yaml`, `--out o`) are tried too."""
    cwd = os.path.join(base, "cwd")
    os.makedirs(cwd)
    shutil.copy(os.path.join(ROOT, "Tests", "Fixtures", "good", "minimal.yaml"), os.path.join(cwd, "plan.yaml"))
    return cwd


def expand(arguments, world, base):
    def one(text):
        return re.sub(r"\{([A-Z]+)\}", lambda m: world[m.group(1)], text)
    return [one(argument) for argument in arguments]


def shown(text, base):
    """Output with the temporary folder and the checkout written as placeholders."""
    return text.replace(base, "$TMP").replace(ROOT, "$ROOT")


def run(jumelage, arguments, cwd, language):
    env = dict(os.environ, LANG=language)
    return subprocess.run([jumelage] + arguments, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT, stdin=subprocess.DEVNULL)


def check_corpus(jumelage, update):
    passed = failed = 0
    names = sorted(name[:-5] for name in os.listdir(CASES) if name.endswith(".args"))
    for name in names:
        base = tempfile.mkdtemp(prefix="jumelage-args-")
        try:
            world = make_world(base)
            cwd = make_cwd(base)
            with open(os.path.join(CASES, name + ".args"), encoding="utf-8") as handle:
                # One argument per line; an empty line is an empty argument (`--ledger ''`).
                raw = handle.read().split("\n")[:-1]
            if os.geteuid() == 0 and any("UNREADABLE" in line for line in raw):
                print(f"skip {name}: root reads every file")
                continue
            arguments = expand(raw, world, base)
            english = run(jumelage, arguments, cwd, "en_US.UTF-8")
            french = run(jumelage, arguments, cwd, "fr_FR.UTF-8")
            message = shown(english.stderr, base)
            lines = [f"exit: {english.returncode}"] + message.rstrip("\n").split("\n")
            output = shown(english.stdout, base).rstrip("\n").split("\n")
            if english.stdout.strip():
                lines += [f"stdout ({len(output)} lines, the first {min(len(output), 12)}):"] + output[:12]
            actual = "\n".join(lines) + "\n"
            snapshot = os.path.join(CASES, name + ".expected")
            problems = []
            if update:
                with open(snapshot, "w", encoding="utf-8") as handle:
                    handle.write(actual)
            elif not os.path.exists(snapshot):
                problems.append("no snapshot (run with --update and review it)")
            else:
                with open(snapshot, encoding="utf-8") as handle:
                    expected = handle.read()
                if expected != actual:
                    problems.append(f"expected:\n{expected}actual:\n{actual}")
            if english.returncode == 3 or english.returncode < 0:
                problems.append(f"exit {english.returncode}: a crash or an internal error")
            if french.returncode != english.returncode:
                problems.append(f"French run exits {french.returncode}, English {english.returncode}")
            if english.returncode not in (0, 2) and (not english.stderr.strip() or french.stderr == english.stderr):
                if not raw or raw[0] not in ("frobnicate",) and "--frobnicate" not in raw and raw != ["plan"]:
                    problems.append("the message is empty or not translated")
            if "internal error" in english.stderr or "erreur interne" in french.stderr:
                problems.append("reported as an internal error")
            if problems:
                failed += 1
                print(f"FAIL {name}: " + "; ".join(problems))
            else:
                passed += 1
                first = lines[1] if len(lines) > 1 else ""
                print(f"ok   {name} (exit {english.returncode}): {first[:110]}")
        finally:
            subprocess.run(["chmod", "-R", "u+rwx", base], check=False)
            shutil.rmtree(base, ignore_errors=True)
    return passed, failed


def check_property(jumelage, examples):
    """Random argument vectors: no crash, no hang, no exit 3."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    base = tempfile.mkdtemp(prefix="jumelage-argv-")
    world = make_world(base)
    cwd = make_cwd(base)
    commands = ["plan", "check", "publish", "holidays", "overlap", "busy", "academic", "windows", "registry", "pages",
                "generate", "tokens", "occurrences", "tokens list", "tokens create", "tokens revoke", "outbox", "poll"]
    options = ["--out", "--format", "--lang", "--explain", "--previous", "--calendars", "--effort", "--time-limit",
               "--first-schedule", "--region", "--year", "--to-year", "--category", "--zones", "--from", "--to",
               "--hours", "--institution", "--ledger", "--today", "--base-url", "--feeds-path", "--twinnings",
               "--years", "--keep-past", "--by", "--now", "--feeds", "--id", "--label", "--limit", "--strict", "--help",
               "--smtp", "--smtp-ca", "--smtp-password-env", "--smtp-retry-for",
               "--event", "--count"]
    values = ([world[key] for key in ["EMPTY", "NONPLANS", "LOOP", "LOOPFILE", "MISSING", "FILE", "PLAN",
                                       "UNKNOWNJURISDICTION", "NATIONALDAY", "MISSINGCALENDAR"]]
              + [os.path.join(ROOT, "calendars"), os.path.join(base, "out"), "json", "text", "fr", "en", "de",
                 "BE", "CA-QC", "all", "2025", "2025/2026", "-1", "0", "99999999999999999999", "2025-02-30",
                 "2025-01-01", "Europe/Brussels,America/Toronto", "09:00-17:00", "unamur", "comite-suivi", "",
                 "é", "\u202e", "--", "-", "=", "a" * 300, "../../etc/passwd", "%00", "plan.yaml", "o", "out/sub",
                 "plan.yaml/x", ".",
                 # --smtp addresses that must be refused before anything is sent (a valid one would retry for a minute).
                 "smtp://", "smtp://h:0", "smtps://u:secret@h:99999", "http://mail.example", "smtp://h/x", "smtp://@h"])
    junk = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=12)
    value = st.one_of(st.sampled_from(values), junk)
    # Mostly well-formed shapes (a path, then options with values) so that runs get past parsing.
    pair = st.one_of(st.tuples(st.sampled_from(options), value).map(list), st.tuples(st.sampled_from(options)).map(list),
                     st.tuples(value).map(list))
    random_vector = st.tuples(st.sampled_from(commands), st.lists(value, max_size=2),
                              st.lists(pair, max_size=4).map(lambda pairs: [item for pair in pairs for item in pair]))
    # Commands in their documented shape, with values drawn from the troublesome ones: these
    # get past the argument parser and into the code that reads files and writes folders.
    paths = st.sampled_from([world[key] for key in ["EMPTY", "NONPLANS", "LOOP", "LOOPFILE", "MISSING", "FILE", "PLAN",
                                                    "UNKNOWNJURISDICTION", "NATIONALDAY"]]
                            + ["plan.yaml", ".", "o", "plan.yaml/x", os.path.join(ROOT, "calendars")])
    folders = st.sampled_from(["o", "out/sub", ".", "plan.yaml", "plan.yaml/x", world["FILE"], world["EMPTY"],
                               world["MISSING"], os.path.join(base, "out")])
    optional = lambda *options: st.lists(st.sampled_from(list(options)), max_size=2, unique=True)
    def shaped(command, required, extra):
        return st.tuples(st.just(command.split()), required, extra).map(
            lambda parts: (parts[0][0], [], parts[0][1:] + [item for group in parts[1:] for item in group]))
    def with_folder(option):
        return st.tuples(st.just(option), folders).map(list)
    planning = st.lists(st.one_of(with_folder("--out"), with_folder("--calendars"), with_folder("--previous"),
                                  st.tuples(st.just("--format"), st.sampled_from(["json", "text"])).map(list),
                                  st.tuples(st.just("--explain"), st.sampled_from(["reunion", "visite", "x"])).map(list),
                                  st.tuples(st.just("--lang"), st.sampled_from(["fr", "en"])).map(list)),
                        max_size=3).map(lambda groups: [item for group in groups for item in group])
    templated = st.one_of(
        *[shaped(command, st.lists(paths, min_size=1, max_size=2), planning)
          for command in ["plan", "check", "windows"]],
        shaped("publish", st.tuples(paths, st.just("--out"), folders, st.just("--now"),
                                    st.just("2025-06-01T10:00:00Z")).map(list), planning),
        # A CalDAV push to nowhere (port 1 refuses), to malformed addresses, with or without a password.
        shaped("publish", st.tuples(paths, st.just("--out"), folders, st.just("--caldav"),
                                    st.sampled_from(["http://u:p@127.0.0.1:1/dav/", "http://u@127.0.0.1:1/", "https://u:p@",
                                                     "http://u:p@[::1/", "caldav://x/", "http://u:p@example.org/", "",
                                                     "https://u:p@host:99999/", "https://u:p@host/a/../b/"])).map(list),
               st.lists(st.sampled_from([["--caldav-allow-insecure"], ["--caldav-overwrite"], ["--caldav-ca", "/nowhere.pem"],
                                         ["--caldav-password-env", ""]]), max_size=2)
               .map(lambda groups: [item for group in groups for item in group])),
        shaped("pages", st.tuples(paths, st.just("--out"), folders, st.just("--today"),
                                  st.just("2025-06-01")).map(list), planning),
        shaped("holidays", st.tuples(st.just("--region"), st.sampled_from(["BE", "all", "CA-QC,FR", "XX"]),
                                     st.just("--year"), st.sampled_from(["2025", "1582", "9999"])).map(list),
               st.lists(with_folder("--out"), max_size=1).map(lambda groups: [item for group in groups for item in group])),
        shaped("academic", st.tuples(st.just("--institution"), st.sampled_from(["unamur", "uqtr", "x"]),
                                     st.just("--year"), st.sampled_from(["2025/2026", "2030/2031"])).map(list),
               st.lists(with_folder("--calendars"), max_size=1).map(lambda groups: [item for group in groups for item in group])),
        shaped("busy", st.tuples(paths, st.just("--from"), st.just("2025-01-01"), st.just("--to"),
                                 st.just("2025-12-31")).map(list), st.just([])),
        shaped("tokens list", st.tuples(st.just("--ledger"), folders).map(list), st.just([])),
        shaped("outbox", st.tuples(st.just("--ledger"), folders).map(list),
               st.sampled_from([[], ["--format", "json"], ["--smtp", "smtp://127.0.0.1:1", "--smtp-retry-for", "0"]])),
        shaped("poll", st.tuples(paths, st.just("--event"), st.sampled_from(["mission-quebec-25e", "comite-suivi/1", "jumelage-25", "x", ""]),
                                 st.just("--count"), st.sampled_from(["3", "5", "0", "-1", "x"])).map(list), planning),
    )
    vector = st.one_of(random_vector, templated)
    failures = []
    exits = {}

    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(vector)
    def no_crash(case):
        command, positional, rest = case
        arguments = command.split() + list(positional) + list(rest)
        try:
            result = run(jumelage, arguments, cwd, "en_US.UTF-8")
        except subprocess.TimeoutExpired:
            failures.append((arguments, "no answer within %d s" % TIMEOUT))
            return
        exits[result.returncode] = exits.get(result.returncode, 0) + 1
        if result.returncode < 0 or result.returncode == 3 or "internal error" in result.stderr:
            failures.append((arguments, f"exit {result.returncode}: {result.stderr[:300]}"))
        elif result.returncode not in (0, 1, 2, 64):
            failures.append((arguments, f"undocumented exit {result.returncode}"))

    try:
        no_crash()
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", base], check=False)
        shutil.rmtree(base, ignore_errors=True)
    for arguments, problem in failures:
        print(f"FAIL argv {arguments!r}: {problem}")
    spread = ", ".join(f"exit {code}: {count}" for code, count in sorted(exits.items()))
    print(f"property: {examples} random argument vectors ({spread}), {len(failures)} crashed, hung or exited 3")
    return examples - len(failures), len(failures)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jumelage", default=os.environ.get("JUMELAGE_BIN", os.path.join(ROOT, ".build", "debug", "jumelage")))
    parser.add_argument("--update", action="store_true", help="rewrite the snapshots from the current output")
    parser.add_argument("--examples", type=int, default=400, help="random argument vectors to try (0: none)")
    args = parser.parse_args()
    jumelage = os.path.abspath(args.jumelage)
    passed, failed = check_corpus(jumelage, args.update)
    if args.examples > 0:
        more_passed, more_failed = check_property(jumelage, args.examples)
        passed += more_passed
        failed += more_failed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
