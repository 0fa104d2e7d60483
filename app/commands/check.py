"""``svarbox check``: run the etiquette checker on a reply text.

Exit codes: 0 when there is no error-severity finding (warnings and hints are fine), 1 when
at least one error was found (an ID number, or too long for the platform), 2 for bad usage
(unknown platform or language, unreadable input).

Human output is one finding per line: ``severity code start-end message``; ``--json`` prints
a JSON list of ``{code, severity, start, end, message}``. Messages are in the UI language
(the ``user.language`` setting, else SVARBOX_LANG or the OS locale).
"""
from __future__ import annotations

import argparse
import sys

from app.errors import UsageError
from app.i18n import LANGUAGES


def register(subparsers) -> None:
    from app.connectors.textlimits import LIMITS

    p = subparsers.add_parser(
        "check", help="check a reply for ID numbers, length, tone and signature",
        description="Check a reply as the composer does. Exit code 0: no errors; "
                    "1: at least one error-severity finding; 2: bad usage.")
    p.add_argument("--platform", required=True, help="one of: " + ", ".join(LIMITS))
    p.add_argument("--text", required=True, help="the reply text; '-' reads it from stdin")
    p.add_argument("--language", default="da", help="language of the reply: " + ", ".join(LANGUAGES)
                   + " (default: da)")
    p.add_argument("--signature", help="the signature the reply must end with exactly once")
    p.add_argument("--late", action="store_true", help="the answer goes out after the deadline")
    p.add_argument("--private", action="store_true",
                   help="a direct message: do not flag e-mail addresses and phone numbers")
    p.add_argument("--own-domain", action="append", default=[], metavar="DOMAIN",
                   help="the municipality's own e-mail domain (repeatable), e.g. viborg.dk")
    p.add_argument("--own-phone", action="append", default=[], metavar="NUMBER",
                   help="the municipality's own phone number (repeatable)")
    p.add_argument("--json", action="store_true", help="print findings as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.services.content.checker import ERROR, check, to_json

    text = args.text
    if text == "-":
        try:
            text = sys.stdin.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the text from stdin: {exc}") from None
    findings = check(text, platform=args.platform, language=args.language,
                     signature=args.signature, is_late=args.late, public=not args.private,
                     own_domains=args.own_domain, own_phones=args.own_phone)
    if args.json:
        print(to_json(findings))
    else:
        for f in findings:
            print(f"{f.severity}\t{f.code}\t{f.start}-{f.end}\t{f.message}")
    return 1 if any(f.severity == ERROR for f in findings) else 0
