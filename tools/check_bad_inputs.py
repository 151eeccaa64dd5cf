#!/usr/bin/env python3
"""Runs `jumelage plan` on every broken input under Tests/Fixtures/bad/ and checks, for each:
the exit code, the exact user-facing message (a snapshot next to the input, `NAME.expected`,
first line `exit: N`), that the output folder is left exactly as it was, and that it takes
less than --max-seconds (5 s by default; every input takes well under 1 s in a debug build).

    tools/check_bad_inputs.py [--jumelage PATH] [--update] [--max-seconds S]

A bad input exits 1 (or 2 when no schedule exists). An `.ics` import may instead be read with
warnings: it then exits 0, only when its snapshot says `exit: 0` (a new snapshot never does
unless written by --update from an actual exit 0), every warning names `FILE:LINE:`, and the
snapshot's second line counts the busy entries printed (`stdout: N lines`), so that a change
in what is kept shows.

Inputs too large to commit are generated at run time into Tests/Fixtures/bad/generated/ (see
GENERATED; the folder is ignored by git and removed afterwards); their snapshots are committed
next to the others as `NAME.expected`.

--update rewrites the snapshots from the current output (review the diff before committing).
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BAD = os.path.join(ROOT, "Tests", "Fixtures", "bad")
GENERATED_DIR = os.path.join(BAD, "generated")

PLAN_HEAD = """jumelage: 1
id: minimal
title: {fr: Plan minimal, en: Minimal plan}
revision: 2025-01-10
horizon: {from: 2025-01-01, to: 2025-12-31}
partners:
  - id: quebec
    name: Ville de Qu\u00e9bec
    country: CA
    timezone: America/Toronto
events:
  - id: visite
    title: Visite
    date: 2025-05-06
"""


def write_padded(path, head, filler, size, tail=b""):
    """`head`, then whole copies of `filler` until the file has about `size` bytes, then `tail`."""
    with open(path, "wb") as handle:
        handle.write(head)
        block = filler * (1_048_576 // len(filler))
        written = len(head)
        while written < size:
            handle.write(block)
            written += len(block)
        handle.write(tail)


def many_nodes(path):
    """300,000 scalars in one flow list (2.4 MB, under the 5 MB cap): over the node budget without any alias."""
    with open(path, "w") as handle:
        handle.write(PLAN_HEAD + "    participants: [" + ", ".join(["quebec"] * 300_000) + "]\n")


def deep_ics(path):
    """100,000 nested components: libical and the reader must not recurse that deep."""
    with open(path, "w", newline="") as handle:
        handle.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//EN\r\n")
        handle.write("BEGIN:X-NEST\r\n" * 100_000 + "END:X-NEST\r\n" * 100_000 + "END:VCALENDAR\r\n")


ICS_EVENT = (b"BEGIN:VEVENT\r\nUID:ok-1\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:20250505T130000Z\r\n"
             b"DTEND:20250505T140000Z\r\nSUMMARY:Bon\r\nEND:VEVENT\r\n")

# name -> writer(path): inputs too large to commit.
GENERATED = {
    # 50 MB: a valid plan followed by comment lines; the loader reads 5 MB and stops.
    "huge-50mb.yaml": lambda path: write_padded(path, PLAN_HEAD.encode(), b"# " + b"x" * 77 + b"\n", 50 * 1_048_576),
    "many-nodes.yaml": many_nodes,
    # 30 MB: a calendar whose DESCRIPTION is folded over 30 MB of lines.
    "ics-huge-30mb.ics": lambda path: write_padded(
        path, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//EN\r\n" + ICS_EVENT + b"X-PADDING:x\r\n",
        b" " + b"x" * 72 + b"\r\n", 30 * 1_048_576, tail=b"END:VCALENDAR\r\n"),
    "ics-deep-nesting-100000.ics": deep_ics,
}


def generate_inputs():
    os.makedirs(GENERATED_DIR, exist_ok=True)
    for name, write in GENERATED.items():
        write(os.path.join(GENERATED_DIR, name))


def folder_state(path):
    state = {}
    for name in sorted(os.listdir(path)):
        with open(os.path.join(path, name), "rb") as handle:
            state[name] = hashlib.sha256(handle.read()).hexdigest()
    return state


def relative_path(name):
    folder = ["Tests", "Fixtures", "bad"] + (["generated"] if name in GENERATED else [])
    return "/".join(folder + [name])


def command_for(name, jumelage, out):
    """Plans by default; `.ics` inputs go through `busy`, whose contract is the same."""
    path = relative_path(name)
    if name.endswith(".ics"):
        return [jumelage, "busy", path, "--from", "2025-01-01", "--to", "2025-12-31"]
    return [jumelage, "plan", path, "--out", out]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jumelage", default=os.environ.get("JUMELAGE_BIN", os.path.join(ROOT, ".build", "debug", "jumelage")))
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--max-seconds", type=float, default=5.0, help="slowest accepted run of one input")
    args = parser.parse_args()

    committed = [n for n in os.listdir(BAD)
                 if not n.endswith(".expected") and not n.startswith(".") and os.path.isfile(os.path.join(BAD, n))]
    inputs = sorted(committed + list(GENERATED))
    generate_inputs()
    try:
        return check(inputs, args)
    finally:
        shutil.rmtree(GENERATED_DIR, ignore_errors=True)


def check(inputs, args):
    env = dict(os.environ, LANG="en_US.UTF-8")
    passed = failed = 0
    slowest = (0.0, "")
    for name in inputs:
        with tempfile.TemporaryDirectory() as out:
            with open(os.path.join(out, "existing-feed.ics"), "w") as handle:
                handle.write("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
            before = folder_state(out)
            started = time.monotonic()
            try:
                result = subprocess.run(command_for(name, args.jumelage, out), cwd=ROOT, env=env,
                                        capture_output=True, text=True, errors="replace", timeout=30)
            except subprocess.TimeoutExpired:
                print(f"FAIL {name}: took more than 30 s")
                failed += 1
                continue
            elapsed = time.monotonic() - started
            slowest = max(slowest, (elapsed, name))
            # Exit 2 (no schedule) prints its explanation as the command's answer, on stdout.
            output = result.stdout if result.returncode == 2 else result.stderr
            actual = f"exit: {result.returncode}\n"
            if result.returncode == 0:
                actual += f"stdout: {len(result.stdout.splitlines())} lines\n"
            actual += output
            snapshot = os.path.join(BAD, name + ".expected")
            problems = []
            expected = None
            if os.path.exists(snapshot):
                with open(snapshot) as handle:
                    expected = handle.read()
            if args.update:
                with open(snapshot, "w") as handle:
                    handle.write(actual)
            elif expected is None:
                problems.append("no snapshot (run with --update)")
            elif expected != actual:
                problems.append(f"message differs:\n--- expected\n{expected}--- actual\n{actual}")
            location = relative_path(name) + ":"
            # An .ics read with warnings: exit 0 only when the snapshot (reviewed) says so.
            read_with_warnings = (result.returncode == 0 and name.endswith(".ics")
                                  and (args.update or (expected or "").startswith("exit: 0\n")))
            if result.returncode < 0 or result.returncode == 3 or (result.returncode == 0 and not read_with_warnings):
                problems.append(f"exit code {result.returncode}: a bad input must exit 1 (or 2 when no schedule exists,"
                                " or 0 for an .ics read with warnings whose snapshot says exit: 0)")
            if result.returncode not in (0, 2) and result.stdout.strip():
                problems.append(f"printed to stdout: {result.stdout[:200]!r}")
            if folder_state(out) != before:
                problems.append("the output folder changed")
            if elapsed > args.max_seconds:
                problems.append(f"took {elapsed:.1f} s (more than {args.max_seconds:g} s)")
            if result.returncode == 2:
                first_line = next((line for line in output.splitlines() if location in line), "")
                if not first_line:
                    problems.append("the explanation names no line of the plan")
            else:
                lines = result.stderr.splitlines()
                first_line = lines[0] if lines else ""
                if result.returncode == 0 and not lines:
                    problems.append("exit 0 without any warning: this is not a bad input")
                located = re.compile(re.escape(location) + r"\d+:\d+: ")
                unlocated = [line for line in lines if not located.match(line) and not line.startswith("  ")]
                if result.returncode == 0 and unlocated:
                    problems.append(f"a warning does not start with FILE:LINE:COLUMN: {unlocated[0]!r}")
                elif not located.match(first_line):
                    problems.append(f"the message does not start with the file's location FILE:LINE:COLUMN: {first_line!r}")
        if problems:
            failed += 1
            print(f"FAIL {name}: " + "; ".join(problems))
        else:
            passed += 1
            print(f"ok   {name} ({elapsed:.2f} s): {first_line[:160]}")
    print(f"{passed} passed, {failed} failed; slowest: {slowest[1]} ({slowest[0]:.2f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
