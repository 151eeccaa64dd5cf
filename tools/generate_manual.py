#!/usr/bin/env python3
"""Writes the man page of `jumelage` (mdoc, section 1) from what swift-argument-parser knows of
the commands (`jumelage --experimental-dump-help`): the same source as `--help`, so the page never
drifts from the program. (swift-argument-parser's own `generate-manual` plugin rebuilds the whole
package in release mode first, several minutes; this reads the dump of the binary at hand.)

    tools/generate_manual.py JUMELAGE_BINARY OUTPUT.1 [--date YYYY-MM-DD]
"""
import argparse
import json
import subprocess
import sys


def escape(text):
    """Text safe in an mdoc line: no leading dot or quote, backslashes doubled."""
    text = (text or "").replace("\\", "\\e")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def flag(argument):
    names = argument.get("names") or []
    longs = [n["name"] for n in names if n["kind"] == "long"]
    shorts = [n["name"] for n in names if n["kind"] == "short"]
    return longs, shorts


def options(arguments, out):
    shown = [a for a in arguments if a.get("shouldDisplay", True)]
    if not shown:
        return
    out.append(".Bl -tag -width 6n")
    for argument in shown:
        longs, shorts = flag(argument)
        value = argument.get("valueName", "")
        if argument["kind"] == "positional":
            out.append(f".It Ar {value}" + (" ..." if argument.get("isRepeating") else ""))
        else:
            parts = [f"Fl {s}" for s in shorts] + [f"Fl -{l}" for l in longs]
            head = " , ".join(parts)
            if argument["kind"] == "option":
                head += f" Ar {value}"
            out.append(f".It {head}")
        text = argument.get("abstract", "")
        if argument.get("defaultValue"):
            text += f" (default: {argument['defaultValue']})"
        if argument.get("allValues"):
            text += " (values: " + ", ".join(argument["allValues"]) + ")"
        out.append(escape(text))
    out.append(".El")


def command_section(command, path, out):
    name = " ".join(path)
    out.append(f".Ss {name}")
    out.append(escape(command.get("abstract", "")))
    if command.get("discussion"):
        out.append(".Pp")
        out.append(escape(command["discussion"]))
    options(command.get("arguments", []), out)
    for sub in command.get("subcommands", []):
        if sub.get("shouldDisplay", True):
            command_section(sub, path + [sub["commandName"]], out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("output")
    parser.add_argument("--date", default="2026-12-01")
    args = parser.parse_args()
    dump = json.loads(subprocess.run([args.binary, "--experimental-dump-help"], check=True,
                                     capture_output=True, text=True).stdout)
    root = dump["command"]
    name = root["commandName"]
    year, month, day = args.date.split("-")
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    out = [f".Dd {months[int(month) - 1]} {int(day)}, {year}", f".Dt {name.upper()} 1", ".Os",
           ".Sh NAME", f".Nm {name}", f".Nd {escape(root.get('abstract', ''))}",
           ".Sh SYNOPSIS", f".Nm", ".Ar subcommand", ".Op Ar options", ".Sh DESCRIPTION",
           escape(root.get("discussion", "")), ".Sh COMMANDS"]
    for sub in root.get("subcommands", []):
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            command_section(sub, [name, sub["commandName"]], out)
    out += [".Sh ENVIRONMENT", ".Bl -tag -width 6n", ".It Ev LANG",
            "Messages in English when it starts with en, in French otherwise.", ".El",
            ".Sh EXIT STATUS", "0 success; 1 input error; 2 no schedule satisfies the hard constraints;",
            "3 internal error (a bug); 64 usage error."]
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
