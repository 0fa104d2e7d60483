"""``svarbox deadline`` run as a real subprocess: stdout, stderr and exit codes.

Expected due moments are the worked examples of the deadlines.md design page (worked out by hand).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def svarbox(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "deadline", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=60)


# The worked examples table: policy, received, expected stdout, extra options.
WORKED_EXAMPLES = [
    ("hours:24", "2026-03-10T09:15:00+01:00", "2026-03-11T09:15:00+01:00", []),
    ("hours:24", "2026-03-13T10:00:00+01:00", "2026-03-16T16:00:00+01:00", []),
    ("hours:24", "2026-03-15T09:00:00+01:00", "2026-03-16T16:00:00+01:00", []),
    ("hours:72", "2026-03-15T09:00:00+01:00", "2026-03-18T09:00:00+01:00", []),
    ("hours:24", "2026-04-01T11:00:00+02:00", "2026-04-07T16:00:00+02:00", []),
    ("workdays:2", "2026-03-09T14:00:00+01:00", "2026-03-11T16:00:00+01:00", []),
    ("workdays:2", "2026-03-14T12:00:00+01:00", "2026-03-17T16:00:00+01:00", []),
    ("workdays:2", "2026-12-22T10:00:00+01:00", "2026-12-28T16:00:00+01:00", ["--country", "SE"]),
    ("business_hours:4", "2026-03-09T14:00:00+01:00", "2026-03-10T10:00:00+01:00", []),
    ("business_hours:4", "2026-03-13T18:30:00+01:00", "2026-03-16T12:00:00+01:00", []),
]


@pytest.mark.parametrize("policy, received, expected, extra", WORKED_EXAMPLES)
def test_worked_examples(policy, received, expected, extra):
    result = svarbox("--policy", policy, "--received", received, *extra)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected + "\n", "")


@pytest.mark.parametrize("args, expected", [
    # The contract's own command line.
    (["--policy", "workdays:2", "--received", "2026-03-14T12:00:00+01:00"], "2026-03-17T16:00:00+01:00"),
    # Explicit defaults change nothing.
    (["--policy", "workdays:2", "--received", "2026-03-14T12:00:00+01:00", "--country", "DK",
      "--timezone", "Europe/Copenhagen", "--categories", "public,optional", "--hours", "08:00-16:00"],
     "2026-03-17T16:00:00+01:00"),
    # --closed: Monday 16 March closed, so Tue and Wed are the two days.
    (["--policy", "workdays:2", "--received", "2026-03-14T12:00:00+01:00", "--closed", "2026-03-16"],
     "2026-03-18T16:00:00+01:00"),
    (["--policy", "workdays:2", "--received", "2026-03-14T12:00:00+01:00",
      "--closed", "2026-03-16,2026-03-17"], "2026-03-19T16:00:00+01:00"),
    # --hours: Monday to Friday 09:00-15:00 (2 h Monday, 2 h Tuesday from 09:00).
    (["--policy", "business_hours:4", "--received", "2026-03-09T13:00:00+01:00", "--hours", "09:00-15:00"],
     "2026-03-10T11:00:00+01:00"),
    # Christmas Eve is a DK country rule: without the rules it is a working day.
    (["--policy", "workdays:1", "--received", "2026-12-23T10:00:00+01:00", "--no-country-rules"],
     "2026-12-24T16:00:00+01:00"),
    # 5 June (Constitution Day) is a half day in DK: due at 12:00 (issue 14.6).
    (["--policy", "workdays:1", "--received", "2026-06-04T10:00:00+02:00"], "2026-06-05T12:00:00+02:00"),
    (["--policy", "workdays:1", "--received", "2026-12-23T10:00:00+01:00"], "2026-12-28T16:00:00+01:00"),
    # SE Midsummer Eve closed via de_facto.
    (["--policy", "hours:24", "--received", "2026-06-18T10:00:00+02:00", "--country", "SE"],
     "2026-06-22T16:00:00+02:00"),
    # Output in the calendar's zone even when received is given in UTC or another zone.
    (["--policy", "hours:24", "--received", "2026-03-10T08:15:00Z"], "2026-03-11T09:15:00+01:00"),
    (["--policy", "hours:24", "--received", "2026-03-10T09:15:00+01:00", "--timezone", "Europe/Helsinki"],
     "2026-03-11T10:15:00+02:00"),
    # A naive received time is read in the calendar's zone.
    (["--policy", "hours:24", "--received", "2026-03-10T09:15:00"], "2026-03-11T09:15:00+01:00"),
    (["--policy", "hours:24", "--received", "2026-03-10T09:15", "--country", "FI"], "2026-03-11T09:15:00+02:00"),
    # DST: 72 real hours over the spring-forward night.
    (["--policy", "hours:72", "--received", "2026-03-27T10:00:00+01:00"], "2026-03-30T11:00:00+02:00"),
    # Fractional hours.
    (["--policy", "hours:1.5", "--received", "2026-03-10T09:15:00+01:00"], "2026-03-10T10:45:00+01:00"),
    # Subdivision accepted (Norway, Oslo = 03).
    (["--policy", "workdays:1", "--received", "2026-05-13T10:00:00+02:00", "--country", "NO",
      "--subdivision", "03"], "2026-05-15T16:00:00+02:00"),
])
def test_options(args, expected):
    result = svarbox(*args)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected + "\n", "")


GOOD = ["--policy", "workdays:2", "--received", "2026-03-14T12:00:00+01:00"]


def replace(option: str, value: str) -> list[str]:
    args = list(GOOD)
    args[args.index(option) + 1] = value
    return args


@pytest.mark.parametrize("args", [
    replace("--policy", "hours:"),
    replace("--policy", "hours:-1"),
    replace("--policy", "days:2"),
    replace("--policy", "workdays:1.5"),
    replace("--policy", "workdays:0"),
    replace("--policy", "soon"),
    replace("--received", "2026-03-14"),          # a date without a time
    replace("--received", "yesterday"),
    replace("--received", "2026-02-30T12:00:00+01:00"),
    replace("--received", "14/03/2026 12:00"),
    GOOD + ["--country", "XX"],
    GOOD + ["--country", "US"],                   # several zones: --timezone needed
    GOOD + ["--timezone", "Mars/Olympus"],
    GOOD + ["--timezone", "Europe"],
    GOOD + ["--subdivision", "NOPE"],
    GOOD + ["--country", "NO", "--subdivision", "99"],
    GOOD + ["--categories", "bogus"],
    GOOD + ["--categories", "public,de_facto"],   # de_facto exists for SE, not DK
    GOOD + ["--categories", ""],
    GOOD + ["--hours", "8-16"],
    GOOD + ["--hours", "16:00-08:00"],
    GOOD + ["--hours", "08:00-24:00"],
    GOOD + ["--closed", "2026-13-01"],
    GOOD + ["--closed", "16.03.2026"],
])
def test_errors_print_one_line_and_exit_2(args):
    result = svarbox(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("svarbox: ") and len(lines[0]) > len("svarbox: ")
    assert "Traceback" not in result.stderr


def test_unknown_country_message_names_the_code():
    result = svarbox(*GOOD, "--country", "XX")
    assert "XX" in result.stderr


def test_missing_required_option_is_an_argparse_error():
    result = svarbox("--policy", "workdays:2")
    assert result.returncode == 2 and result.stdout == ""
    assert "--received" in result.stderr
