#!/usr/bin/env python3
"""Runs `jumelage plan` on every broken input under Tests/Fixtures/bad/ and checks, for each:
the exit code, the exact user-facing message (a snapshot next to the input, `NAME.expected`,
first line `exit: N`), and that the output folder is left exactly as it was.

    tools/check_bad_inputs.py [--jumelage PATH] [--update]

--update rewrites the snapshots from the current output (review the diff before committing).
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BAD = os.path.join(ROOT, "Tests", "Fixtures", "bad")


def folder_state(path):
    state = {}
    for name in sorted(os.listdir(path)):
        with open(os.path.join(path, name), "rb") as handle:
            state[name] = hashlib.sha256(handle.read()).hexdigest()
    return state


def command_for(name, jumelage, out):
    """Plans by default; `.ics` inputs go through `busy`, whose contract is the same."""
    path = os.path.join("Tests", "Fixtures", "bad", name)
    if name.endswith(".ics"):
        return [jumelage, "busy", path, "--from", "2025-01-01", "--to", "2025-12-31"]
    return [jumelage, "plan", path, "--out", out]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jumelage", default=os.environ.get("JUMELAGE_BIN", os.path.join(ROOT, ".build", "debug", "jumelage")))
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args()

    inputs = sorted(n for n in os.listdir(BAD) if not n.endswith(".expected") and not n.startswith("."))
    env = dict(os.environ, LANG="en_US.UTF-8")
    passed = failed = 0
    for name in inputs:
        with tempfile.TemporaryDirectory() as out:
            with open(os.path.join(out, "existing-feed.ics"), "w") as handle:
                handle.write("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
            before = folder_state(out)
            try:
                result = subprocess.run(command_for(name, args.jumelage, out), cwd=ROOT, env=env,
                                        capture_output=True, text=True, timeout=30)
            except subprocess.TimeoutExpired:
                print(f"FAIL {name}: took more than 30 s")
                failed += 1
                continue
            # Exit 2 (no schedule) prints its explanation as the command's answer, on stdout.
            output = result.stdout if result.returncode == 2 else result.stderr
            actual = f"exit: {result.returncode}\n{output}"
            snapshot = os.path.join(BAD, name + ".expected")
            problems = []
            if args.update:
                with open(snapshot, "w") as handle:
                    handle.write(actual)
            elif not os.path.exists(snapshot):
                problems.append("no snapshot (run with --update)")
            else:
                with open(snapshot) as handle:
                    expected = handle.read()
                if expected != actual:
                    problems.append(f"message differs:\n--- expected\n{expected}--- actual\n{actual}")
            if result.returncode in (0, 3) or result.returncode < 0:
                problems.append(f"exit code {result.returncode}: a bad input must exit 1 (or 2 when no schedule exists)")
            if result.returncode != 2 and result.stdout.strip():
                problems.append(f"printed to stdout: {result.stdout[:200]!r}")
            if folder_state(out) != before:
                problems.append("the output folder changed")
            location = "Tests/Fixtures/bad/" + name + ":"
            if result.returncode == 2:
                first_line = next((line for line in output.splitlines() if location in line), "")
                if not first_line:
                    problems.append("the explanation names no line of the plan")
            else:
                first_line = result.stderr.splitlines()[0] if result.stderr else ""
                if not first_line.startswith(location):
                    problems.append(f"the message does not start with the file's location: {first_line!r}")
        if problems:
            failed += 1
            print(f"FAIL {name}: " + "; ".join(problems))
        else:
            passed += 1
            print(f"ok   {name}: {first_line}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
