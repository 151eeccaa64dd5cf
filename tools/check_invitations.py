#!/usr/bin/env python3
"""Checks invitation emails (iTIP over iMIP, RFC 5546 and RFC 6047) with independent parsers.

Usage: check_invitations.py FOLDER

Every FOLDER/*.eml is parsed with Python's `email` package (policy=default) and its calendar
with `icalendar`. When FOLDER/NAME.expect.json exists next to NAME.eml, its keys (method, uid,
sequence, status — null for none —, organizer, attendees, to, subject, cn) must match too.
Prints one line per failure and `N passed, M failed`; exits 1 when a message fails or there
is none.
"""

import email
import email.policy
import email.utils
import json
import pathlib
import sys

import icalendar


def mailto(value):
    text = str(value)
    return text[7:].lower() if text.lower().startswith("mailto:") else None


def check(path):
    problems = []

    def expect(condition, what):
        if not condition:
            problems.append(what)

    raw = path.read_bytes()
    expect(b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "line ends are not all CRLF")
    expect(all(len(line) <= 998 for line in raw.split(b"\r\n")), "a line is longer than 998 octets")
    expect(all(byte < 0x80 for byte in raw), "the message is not 7-bit")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        expect(message[header] is not None, f"no {header} header")
    if message["Date"] is not None:
        expect(email.utils.parsedate_to_datetime(str(message["Date"])) is not None, "Date does not parse")
    expect(message.get_content_type() == "multipart/mixed", f"top type {message.get_content_type()}")
    parts = list(message.iter_parts()) if message.is_multipart() else []
    expect(len(parts) == 2, f"{len(parts)} parts in multipart/mixed, not 2")
    if len(parts) != 2:
        return problems, None
    alternative, attachment = parts
    expect(alternative.get_content_type() == "multipart/alternative", "first part is not multipart/alternative")
    inner = list(alternative.iter_parts()) if alternative.is_multipart() else []
    types = [part.get_content_type() for part in inner]
    expect(types == ["text/plain", "text/html", "text/calendar"], f"alternative parts {types}")
    if types != ["text/plain", "text/html", "text/calendar"]:
        return problems, None
    plain, html, calendar_part = inner
    for part in inner:
        expect(part.get_content_charset() == "utf-8", f"{part.get_content_type()} charset {part.get_content_charset()}")
    html_text = html.get_content()
    expect(html_text.lstrip().lower().startswith("<!doctype html>"), "the HTML part is not an HTML document")
    expect(attachment.get_content_type() == "application/ics", f"attachment type {attachment.get_content_type()}")
    expect(attachment.get_content_disposition() == "attachment", "the .ics is not an attachment")
    expect((attachment.get_filename() or "").endswith(".ics"), "the attachment's name does not end in .ics")

    method_parameter = calendar_part.get_param("method")
    calendar_bytes = calendar_part.get_payload(decode=True)
    expect(calendar_bytes == attachment.get_payload(decode=True), "the attachment differs from the text/calendar part")
    expect(b"\r\n" in calendar_bytes and b"\n" not in calendar_bytes.replace(b"\r\n", b""), "calendar lines are not CRLF")
    calendar = icalendar.Calendar.from_ical(calendar_bytes.decode("utf-8"))
    method = str(calendar.get("METHOD", ""))
    expect(method in ("REQUEST", "CANCEL"), f"METHOD {method!r}")
    expect(method_parameter == method, f"method parameter {method_parameter!r}, METHOD {method!r}")
    events = list(calendar.walk("VEVENT"))
    expect(len(events) == 1, f"{len(events)} VEVENTs")
    if len(events) != 1:
        return problems, None
    event = events[0]
    for name in ("UID", "SEQUENCE", "DTSTAMP", "DTSTART", "ORGANIZER"):
        expect(event.get(name) is not None, f"no {name}")
    organizer = event.get("ORGANIZER")
    from_address = message["From"].addresses[0].addr_spec.lower() if message["From"] is not None else None
    expect(organizer is not None and mailto(organizer) == from_address, f"ORGANIZER {organizer} is not From {from_address}")
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    expect(len(attendees) >= 1, "no ATTENDEE")
    to_address = message["To"].addresses[0].addr_spec.lower() if message["To"] is not None else None
    expect(to_address in [mailto(a) for a in attendees], f"To {to_address} is not an ATTENDEE")
    status = str(event["STATUS"]) if "STATUS" in event else None
    if method == "REQUEST":
        for attendee in attendees:
            expect(attendee.params.get("PARTSTAT") == "NEEDS-ACTION", f"{attendee} PARTSTAT {attendee.params.get('PARTSTAT')}")
            expect(attendee.params.get("RSVP") == "TRUE", f"{attendee} RSVP {attendee.params.get('RSVP')}")
            expect(attendee.params.get("ROLE") == "REQ-PARTICIPANT", f"{attendee} ROLE {attendee.params.get('ROLE')}")
        expect(status in (None, "CONFIRMED", "TENTATIVE"), f"REQUEST with STATUS {status}")
    else:
        # RFC 5546 §3.2.5: STATUS:CANCELLED cancels the event; none when one attendee is uninvited.
        expect(status == "CANCELLED" or (status is None and len(attendees) == 1), f"CANCEL with STATUS {status}")
        for attendee in attendees:
            expect(attendee.params.get("RSVP") != "TRUE", f"{attendee} asks for a reply to a CANCEL")

    found = {
        "method": method,
        "uid": str(event.get("UID")),
        "sequence": int(event.get("SEQUENCE", -1)),
        "status": status,
        "organizer": mailto(organizer) if organizer is not None else None,
        "attendees": [mailto(a) for a in attendees],
        "cn": [a.params.get("CN") for a in attendees],
        "to": to_address,
        "subject": str(message["Subject"]),
    }
    expected_path = path.with_suffix(".expect.json")
    if expected_path.exists():
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        for key, value in expected.items():
            expect(found.get(key) == value, f"{key}: expected {value!r}, found {found.get(key)!r}")
    return problems, found


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    folder = pathlib.Path(sys.argv[1])
    passed = failed = 0
    for path in sorted(folder.glob("*.eml")):
        try:
            problems, _ = check(path)
        except Exception as error:  # a parser refusing the message is a failure, not a crash
            problems = [f"{type(error).__name__}: {error}"]
        if problems:
            failed += 1
            for problem in problems:
                print(f"{path.name}: {problem}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
